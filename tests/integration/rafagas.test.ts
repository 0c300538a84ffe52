// The suspicious-burst report over stored votes (lib/votacion/rafagas.ts) on SQLite and PostgreSQL: new
// accounts, and old accounts newly verified by staff (the real action, whose audit entry dates the
// verification), voting for one perfil within minutes are listed with their votes; old accounts are not;
// the report names voters only by pseudonym and the IP only by a hash prefix.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { emitirVoto } from "@/lib/votacion/actions/emitir";
import { hashIp } from "@/lib/votacion/ip-hash";
import { informeRafagas, parametrosDeBusqueda } from "@/lib/votacion/rafagas";
import { seudonimoVotante } from "@/lib/votacion/seudonimo";
import { verificarRut } from "@/lib/usuarios/actions/verificar-rut";
import { comoExito } from "../support/resultado";
import { db, fijarEtapa, prepararDemo, sesion, type Escenario } from "../support/escenario";
import { rutValido } from "../support/rut";
import { perfiles, votantes, votosDirectos, type Votante } from "../support/votos-integridad";

let e: Escenario;
let nuevo: { id: string; desafioId: string };
let viejo: { id: string; desafioId: string };
let verificado: { id: string; desafioId: string };
let cuentasNuevas: Votante[];
let cuentasViejas: Votante[];
let recienVerificadas: { id: string; email: string; nombre: string; rut: string }[];
const HACE_30_DIAS = new Date(Date.now() - 30 * 86_400_000);

beforeAll(async () => {
  e = await prepararDemo();
  [nuevo, viejo, verificado] = await perfiles(e.convocatoriaId, [e.desafios[0].id, e.desafios[1].id, e.desafios[2].id]);
  const t = Date.now() - 30 * 60_000;

  // 22 accounts created an hour before voting, all for `nuevo` within 5½ minutes, from 3 connections.
  cuentasNuevas = await votantes(22, { creadaEn: new Date(t - 3_600_000) });
  await votosDirectos(
    e.convocatoriaId,
    cuentasNuevas.map((v, i) => ({ votanteId: v.id, postulacionId: nuevo.id, ambito: nuevo.desafioId, createdAt: new Date(t + i * 15_000), ipHash: hashIp(`198.51.100.${i % 3}`) })),
  );
  // 25 accounts a month old, all for `viejo` within 5 minutes: campaigning among long-standing voters.
  cuentasViejas = await votantes(25, { creadaEn: HACE_30_DIAS });
  await votosDirectos(
    e.convocatoriaId,
    cuentasViejas.map((v, i) => ({ votanteId: v.id, postulacionId: viejo.id, ambito: viejo.desafioId, createdAt: new Date(t + i * 12_000), ipHash: hashIp("192.0.2.9") })),
  );

  // 20 month-old accounts with a typed RUT only, verified by staff just now, then voting through the real action.
  await db.user.createMany({
    data: Array.from({ length: 20 }, (_, i) => ({
      email: `recien.verificada${i}.${Date.now()}@correo-privado.cl`,
      nombre: `Persona Recienverificada ${i}`,
      rut: rutValido(23_500_000 + i + Math.floor(Math.random() * 400_000)),
      createdAt: HACE_30_DIAS,
    })),
  });
  recienVerificadas = await db.user.findMany({ where: { email: { startsWith: "recien.verificada" } }, select: { id: true, email: true, nombre: true, rut: true } }) as typeof recienVerificadas;
  for (const u of recienVerificadas) {
    comoExito(await executeAction(verificarRut, { email: u.email, rut: u.rut, motivo: "Cédula revisada en la oficina regional." }, { user: e.admin, db }));
  }
  await fijarEtapa("SELECCION_CONTRATACION");
  await db.convocatoria.update({ where: { id: e.convocatoriaId }, data: { votacionInicio: new Date(Date.now() - 3_600_000), votacionFin: new Date(Date.now() + 3_600_000) } });
  for (const [i, u] of recienVerificadas.entries()) {
    const user = { ...sesion({ id: u.id, nombre: u.nombre, email: u.email, roles: ["AFILIADO"] }), rutVerificado: true };
    comoExito(await executeAction(emitirVoto, { postulacionId: verificado.id }, { user, db, ip: `203.0.113.${i}` }));
  }
});

describe("informeRafagas", () => {
  it("lista la ráfaga de cuentas nuevas y la de cuentas recién verificadas, no la de cuentas antiguas", async () => {
    const r = await informeRafagas(db, e.convocatoriaId);
    expect(r.parametros).toEqual({ ventanaMinutos: 10, horasCuentaNueva: 24, umbral: 20 });
    expect(r.votosRevisados).toBe(22 + 25 + 20);
    expect(r.rafagas.map((x) => [x.postulacionId, x.votos.length])).toEqual([
      [nuevo.id, 22],
      [verificado.id, 20],
    ]);
    const [deNuevas, deVerificadas] = r.rafagas;
    expect(deNuevas.votos.every((v) => v.motivo === "creada" && v.minutosDesdeCuenta >= 60 && v.minutosDesdeCuenta < 66)).toBe(true);
    expect(deNuevas.ipsDistintas).toBe(3);
    expect(deNuevas.votos[0].ipPrefijo).toBe(hashIp("198.51.100.0")!.slice(0, 8));
    expect(deNuevas.votos.map((v) => v.votante)).toEqual(cuentasNuevas.map((c) => seudonimoVotante(e.convocatoriaId, c.id)));
    expect(deNuevas.folio).not.toBeNull();
    // Dated by the staff verification's audit entry: minutes old, although the accounts are a month old.
    expect(deVerificadas.votos.every((v) => v.motivo === "verificada" && v.minutosDesdeCuenta < 10)).toBe(true);
    expect(deVerificadas.ipsDistintas).toBe(20);
  });

  it("el informe no contiene RUT, correo, nombre ni id de cuenta de ningún votante", async () => {
    const texto = JSON.stringify(await informeRafagas(db, e.convocatoriaId));
    for (const v of [...cuentasNuevas, ...recienVerificadas]) {
      for (const dato of [v.rut, v.email, v.nombre, v.id]) expect(texto).not.toContain(dato);
    }
    expect(texto).not.toContain("198.51.100.");
  });

  it("con otros parámetros: umbral 23 no ve ninguna; 25 cuentas de hasta 31 días sí ven la de cuentas antiguas", async () => {
    expect((await informeRafagas(db, e.convocatoriaId, { ventanaMinutos: 10, horasCuentaNueva: 24, umbral: 23 })).rafagas).toEqual([]);
    const amplio = await informeRafagas(db, e.convocatoriaId, { ventanaMinutos: 10, horasCuentaNueva: 31 * 24, umbral: 25 });
    expect(amplio.rafagas.map((x) => x.postulacionId)).toEqual([viejo.id]);
    // A 2-minute window never holds 20 of the new accounts' votes (one every 15 s: 9 at most).
    expect((await informeRafagas(db, e.convocatoriaId, { ventanaMinutos: 2, horasCuentaNueva: 24, umbral: 10 })).rafagas.map((x) => x.postulacionId)).toEqual([verificado.id]);
  });

  it("los parámetros de la página: por omisión, los dados, o por omisión si son inválidos", () => {
    expect(parametrosDeBusqueda({})).toEqual({ ventanaMinutos: 10, horasCuentaNueva: 24, umbral: 20 });
    expect(parametrosDeBusqueda({ ventana: "5", horas: "48", umbral: "30" })).toEqual({ ventanaMinutos: 5, horasCuentaNueva: 48, umbral: 30 });
    expect(parametrosDeBusqueda({ ventana: "0", horas: "48", umbral: "30" })).toEqual({ ventanaMinutos: 10, horasCuentaNueva: 24, umbral: 20 });
    expect(parametrosDeBusqueda({ umbral: "abc" })).toEqual({ ventanaMinutos: 10, horasCuentaNueva: 24, umbral: 20 });
  });
});

describe("la sección de la página", () => {
  it("muestra cada ráfaga con sus votos (seudónimo, hora, prefijo del hash de la IP) y ningún dato personal", async () => {
    const { createElement } = await import("react");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { Rafagas } = await import("@/components/votacion/integridad/rafagas");
    const informe = await informeRafagas(db, e.convocatoriaId);
    const html = renderToStaticMarkup(createElement(Rafagas, { informe, ruta: "/admin/votacion/integridad" }));
    expect(html).toContain("67 votos revisados: 2 ráfagas.");
    expect(html).toContain(seudonimoVotante(e.convocatoriaId, cuentasNuevas[0].id));
    expect(html).toContain(`${hashIp("198.51.100.0")!.slice(0, 8)}…`);
    expect(html).toContain("Identidad recién verificada");
    expect(html).toMatch(/name="umbral"[^>]*value="20"/);
    for (const v of [...cuentasNuevas, ...recienVerificadas]) for (const dato of [v.rut, v.email, v.nombre]) expect(html).not.toContain(dato);
  });
});
