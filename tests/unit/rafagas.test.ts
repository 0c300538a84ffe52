// Suspicious bursts (lib/domain/rafagas.ts): many votes for one perfil within W minutes from accounts
// created or verified within H hours before voting.
import { describe, expect, it } from "vitest";
import { detectarRafagas, motivoCuentaNueva, PARAMETROS_RAFAGA_POR_OMISION, validarParametros, type VotoParaRafaga } from "@/lib/domain/rafagas";

const T0 = new Date("2019-06-20T15:00:00.000Z").getTime();
const min = (m: number) => new Date(T0 + m * 60_000);
const hora = 60;

let n = 0;
/** A vote at minute `m` for `perfil`, from an account created `edadCuenta` minutes before it. */
function V(m: number, perfil = "P1", edadCuenta = 30, extra: Partial<VotoParaRafaga> = {}): VotoParaRafaga {
  n += 1;
  return {
    id: `v${String(n).padStart(4, "0")}`,
    votante: `VT-${n}`,
    postulacionId: perfil,
    createdAt: min(m),
    ipHash: `ip${n % 3}`.padEnd(64, "0"),
    cuentaCreadaEn: min(m - edadCuenta),
    cuentaVerificadaEn: null,
    ...extra,
  };
}

const P = { ventanaMinutos: 10, horasCuentaNueva: 24, umbral: 5 };

describe("cuenta nueva", () => {
  it("creada o verificada dentro de H horas antes del voto; no después del voto", () => {
    expect(motivoCuentaNueva(V(0, "P", 24 * hora), 24)).toEqual({ motivo: "creada", minutos: 24 * hora }); // exactly H: counts
    expect(motivoCuentaNueva(V(0, "P", 24 * hora + 1), 24)).toBeNull();
    const vieja = 30 * 24 * hora;
    expect(motivoCuentaNueva(V(0, "P", vieja, { cuentaVerificadaEn: min(-90) }), 24)).toEqual({ motivo: "verificada", minutos: 90 });
    expect(motivoCuentaNueva(V(0, "P", 120, { cuentaVerificadaEn: min(-5) }), 24)).toEqual({ motivo: "creada y verificada", minutos: 5 });
    // Verified after voting (impossible in the product, but data may say so): not "newly verified" for this vote.
    expect(motivoCuentaNueva(V(0, "P", vieja, { cuentaVerificadaEn: min(10) }), 24)).toBeNull();
  });
});

describe("detectarRafagas", () => {
  it("5 votos de cuentas nuevas en 10 minutos para un perfil: una ráfaga con esos 5 votos", () => {
    const votos = [0, 2, 4, 6, 10].map((m) => V(m));
    const r = detectarRafagas(votos, P);
    expect(r).toHaveLength(1);
    expect(r[0].postulacionId).toBe("P1");
    expect(r[0].votos.map((v) => v.id)).toEqual(votos.map((v) => v.id));
    expect(r[0].desde).toEqual(min(0));
    expect(r[0].hasta).toEqual(min(10)); // both ends of the window included
    expect(r[0].maximoEnVentana).toBe(5);
    expect(r[0].votos[0]).toMatchObject({ votante: votos[0].votante, ipPrefijo: votos[0].ipHash!.slice(0, 8), motivo: "creada", minutosDesdeCuenta: 30 });
    expect(r[0].ipsDistintas).toBe(3);
  });

  it("4 votos (bajo el umbral), o 5 votos repartidos en 11 minutos: nada", () => {
    expect(detectarRafagas([0, 1, 2, 3].map((m) => V(m)), P)).toEqual([]);
    expect(detectarRafagas([0, 3, 6, 9, 11].map((m) => V(m)), P)).toEqual([]);
  });

  it("las cuentas antiguas no cuentan: 5 votos con 2 de cuentas de hace 3 días no forman ráfaga", () => {
    const votos = [V(0), V(1), V(2), V(3, "P1", 3 * 24 * hora), V(4, "P1", 3 * 24 * hora)];
    expect(detectarRafagas(votos, P)).toEqual([]);
    // …but newly verified old accounts do.
    const verificadas = [V(0), V(1), V(2), V(3, "P1", 3 * 24 * hora, { cuentaVerificadaEn: min(2) }), V(4, "P1", 3 * 24 * hora, { cuentaVerificadaEn: min(1) })];
    const r = detectarRafagas(verificadas, P);
    expect(r).toHaveLength(1);
    expect(r[0].votos.map((v) => v.motivo)).toEqual(["creada", "creada", "creada", "verificada", "verificada"]);
  });

  it("es por perfil: 3 votos para P1 y 3 para P2 en el mismo minuto no forman ráfaga", () => {
    expect(detectarRafagas([V(0, "P1"), V(0, "P1"), V(0, "P1"), V(0, "P2"), V(0, "P2"), V(0, "P2")], P)).toEqual([]);
  });

  it("ventanas que se solapan se unen; separadas por más de W, son dos ráfagas", () => {
    // Minutes 0..14, one vote each: every 10-minute window holds ≥ 5 → one burst of 15.
    const seguidos = Array.from({ length: 15 }, (_, i) => V(i));
    const r1 = detectarRafagas(seguidos, P);
    expect(r1).toHaveLength(1);
    expect(r1[0].votos).toHaveLength(15);
    expect(r1[0].maximoEnVentana).toBe(11); // minutes m..m+10
    // Two groups 60 minutes apart, with a stray vote between them.
    const a = [0, 1, 2, 3, 4, 5].map((m) => V(m, "P9"));
    const suelto = V(30, "P9");
    const b = [60, 61, 62, 63, 64].map((m) => V(m, "P9"));
    const r2 = detectarRafagas([...b, suelto, ...a], P); // input order does not matter
    expect(r2).toHaveLength(2);
    expect(r2[0].votos.map((v) => v.id)).toEqual(a.map((v) => v.id)); // larger first
    expect(r2[1].votos.map((v) => v.id)).toEqual(b.map((v) => v.id));
    expect(r2.flatMap((x) => x.votos.map((v) => v.id))).not.toContain(suelto.id);
  });

  it("un voto de cuenta antigua dentro de la ventana no aparece en la lista", () => {
    const vieja = V(2, "P1", 10 * 24 * hora);
    const r = detectarRafagas([V(0), V(1), vieja, V(3), V(4), V(5)], P);
    expect(r).toHaveLength(1);
    expect(r[0].votos.map((v) => v.id)).not.toContain(vieja.id);
    expect(r[0].votos).toHaveLength(5);
  });

  it("IP desconocida: prefijo null y no se cuenta entre las IP distintas", () => {
    const r = detectarRafagas([0, 1, 2, 3, 4].map((m) => V(m, "P1", 30, { ipHash: null })), P);
    expect(r[0].votos.every((v) => v.ipPrefijo === null)).toBe(true);
    expect(r[0].ipsDistintas).toBe(0);
  });

  it("valores por omisión W = 10, H = 24, umbral 20; parámetros inválidos se rechazan", () => {
    expect(PARAMETROS_RAFAGA_POR_OMISION).toEqual({ ventanaMinutos: 10, horasCuentaNueva: 24, umbral: 20 });
    expect(detectarRafagas(Array.from({ length: 19 }, (_, i) => V(i * 0.5)))).toEqual([]);
    expect(detectarRafagas(Array.from({ length: 20 }, (_, i) => V(i * 0.5)))).toHaveLength(1);
    expect(() => validarParametros({ ...P, umbral: 1 })).toThrow(/umbral/);
    expect(() => validarParametros({ ...P, ventanaMinutos: 0 })).toThrow(/ventana/);
    expect(() => validarParametros({ ...P, horasCuentaNueva: 1.5 })).toThrow(/horas/);
  });
});
