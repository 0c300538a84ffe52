// The popular vote's rules as pure functions (lib/votacion/reglas.ts), the rules form's schema (Chile's
// time), the attempt limits' configuration and the keyed IP hash.
import { describe, expect, it } from "vitest";
import { claveVotoIp, INTENTOS_VOTO_CUENTA, INTENTOS_VOTO_IP, limiteVotoCuenta, limiteVotoIp } from "@/lib/votacion/limites";
import { hashIp } from "@/lib/votacion/ip-hash";
import {
  ambitosDelVoto,
  conteosVisibles,
  cupoDeVotos,
  esCupoAgotado,
  estadoVentana,
  mensajeCupoAgotado,
  mensajeVentana,
  MENSAJES_VOTO,
  textoCupo,
  ventanaDentroDeEtapa,
} from "@/lib/votacion/reglas";
import { configurarVotacionSchema, verificarRutSchema } from "@/lib/votacion/schema";

const inicio = new Date("2019-06-10T13:00:00.000Z");
const fin = new Date("2019-06-20T22:00:00.000Z");
const ventana = { votacionInicio: inicio, votacionFin: fin };
const porDesafio = { votoAmbito: "desafio", votosPorDesafio: 1, votosPorConvocatoria: 3 };

describe("ventana de votación [inicio, fin)", () => {
  it("antes, en su primer instante, en su último milisegundo y en su cierre", () => {
    expect(estadoVentana(ventana, new Date(inicio.getTime() - 1))).toBe("ANTES");
    expect(estadoVentana(ventana, inicio)).toBe("ABIERTA");
    expect(estadoVentana(ventana, new Date(fin.getTime() - 1))).toBe("ABIERTA");
    expect(estadoVentana(ventana, fin)).toBe("CERRADA");
    expect(estadoVentana({ votacionInicio: null, votacionFin: fin }, inicio)).toBe("SIN_FECHAS");
  });

  it("el rechazo dice la fecha en hora de Chile continental", () => {
    expect(mensajeVentana(ventana, new Date(inicio.getTime() - 1))).toBe("La votación popular aún no comienza: abre el 10-06-2019 09:00 (hora de Chile continental).");
    expect(mensajeVentana(ventana, fin)).toBe("La votación popular ya terminó: cerró el 20-06-2019 18:00 (hora de Chile continental).");
    expect(mensajeVentana({ votacionInicio: null, votacionFin: null })).toBe(MENSAJES_VOTO.sinFechas);
    expect(mensajeVentana(ventana, inicio)).toBeNull();
  });

  it("una ventana fuera de las fechas planificadas de la etapa se advierte", () => {
    expect(ventanaDentroDeEtapa(inicio, fin, { inicio: new Date("2019-06-01T04:00:00Z"), fin: new Date("2019-08-01T03:59:59Z") })).toBe(true);
    expect(ventanaDentroDeEtapa(inicio, fin, { inicio: new Date("2019-06-15T04:00:00Z"), fin: new Date("2019-08-01T03:59:59Z") })).toBe(false);
    expect(ventanaDentroDeEtapa(inicio, fin, null)).toBe(true);
  });
});

describe("ámbitos: los cupos de un votante", () => {
  it("por desafío: el id del desafío, y cupos numerados si hay más de un voto", () => {
    expect(ambitosDelVoto(porDesafio, "d1")).toEqual(["d1"]);
    expect(ambitosDelVoto({ ...porDesafio, votosPorDesafio: 3 }, "d1")).toEqual(["d1", "d1:2", "d1:3"]);
  });

  it("por convocatoria: conv:1..N, los mismos para todo desafío", () => {
    const r = { ...porDesafio, votoAmbito: "convocatoria", votosPorConvocatoria: 3 };
    expect(ambitosDelVoto(r, "d1")).toEqual(["conv:1", "conv:2", "conv:3"]);
    expect(ambitosDelVoto(r, "d2")).toEqual(ambitosDelVoto(r, "d1"));
  });

  it("un ámbito desconocido se lee como por desafío; nunca menos de un voto", () => {
    expect(ambitosDelVoto({ ...porDesafio, votoAmbito: "otro" }, "d1")).toEqual(["d1"]);
    expect(cupoDeVotos({ ...porDesafio, votosPorDesafio: 0 })).toBe(1);
  });

  it("el mensaje de cupo agotado, y su reconocimiento", () => {
    expect(mensajeCupoAgotado(porDesafio)).toBe("Ya votó en este desafío.");
    expect(mensajeCupoAgotado({ ...porDesafio, votosPorDesafio: 2 })).toBe("Ya usó sus 2 votos en este desafío.");
    expect(mensajeCupoAgotado({ ...porDesafio, votoAmbito: "convocatoria" })).toBe("Ya usó sus 3 votos en esta convocatoria.");
    expect(mensajeCupoAgotado({ ...porDesafio, votoAmbito: "convocatoria", votosPorConvocatoria: 1 })).toBe("Ya votó en esta convocatoria.");
    for (const m of ["Ya votó en este desafío.", "Ya usó sus 2 votos en este desafío.", "Ya usó sus 3 votos en esta convocatoria.", "Ya votó en esta convocatoria."]) expect(esCupoAgotado(m)).toBe(true);
    expect(esCupoAgotado(MENSAJES_VOTO.yaVotoPerfil)).toBe(false);
    expect(textoCupo(porDesafio)).toBe("Un voto por desafío");
    expect(textoCupo({ ...porDesafio, votoAmbito: "convocatoria" })).toBe("3 votos en toda la convocatoria, cada uno por un proyecto distinto");
  });
});

describe("conteos ocultos", () => {
  it("con ocultarConteos, visibles solo desde el cierre; sin él, siempre", () => {
    const oculta = { ...ventana, ocultarConteos: true };
    expect(conteosVisibles(oculta, new Date(inicio.getTime() - 1))).toBe(false);
    expect(conteosVisibles(oculta, inicio)).toBe(false);
    expect(conteosVisibles(oculta, fin)).toBe(true);
    expect(conteosVisibles({ ocultarConteos: true, votacionInicio: null, votacionFin: null })).toBe(false);
    expect(conteosVisibles({ ...ventana, ocultarConteos: false }, inicio)).toBe(true);
  });
});

describe("formulario de reglas (hora de Chile)", () => {
  const base = { inicioFecha: "2019-06-10", inicioHora: "09:00", finFecha: "2019-06-20", finHora: "18:00", votoAmbito: "desafio", votosPorDesafio: "1", votosPorConvocatoria: "3" };

  it("las fechas y horas se leen en America/Santiago (invierno, UTC−4)", () => {
    const r = configurarVotacionSchema.parse({ ...base, ocultarConteos: "on" });
    expect(r).toEqual({ votacionInicio: inicio, votacionFin: fin, votoAmbito: "desafio", votosPorDesafio: 1, votosPorConvocatoria: 3, ocultarConteos: true });
    expect(configurarVotacionSchema.parse(base).ocultarConteos).toBe(false);
  });

  it("en horario de verano (UTC−3)", () => {
    const r = configurarVotacionSchema.parse({ ...base, inicioFecha: "2019-12-02", finFecha: "2019-12-10" });
    expect(r.votacionInicio.toISOString()).toBe("2019-12-02T12:00:00.000Z");
  });

  it("un cierre que no es posterior a la apertura, una hora mal escrita o cantidades fuera de rango: rechazos en español", () => {
    const cierre = configurarVotacionSchema.safeParse({ ...base, finFecha: "2019-06-10", finHora: "09:00" });
    expect(cierre.success).toBe(false);
    expect(cierre.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["finFecha", "El cierre de la votación debe ser posterior a su apertura."]]);
    const mal = configurarVotacionSchema.safeParse({ ...base, inicioHora: "25:00", votosPorDesafio: "0", votosPorConvocatoria: "31", votoAmbito: "x" });
    expect(mal.error?.issues.map((i) => i.message).sort()).toEqual(
      ["Hora de apertura: ingrese una hora válida (HH:MM).", "Los votos por convocatoria admite como máximo 30.", "Los votos por desafío debe ser al menos 1.", "Seleccione el ámbito de los votos."].sort(),
    );
  });

  it("verificación de RUT: el RUT se normaliza y el motivo es obligatorio", () => {
    expect(verificarRutSchema.parse({ email: " Ana@Prueba.cl ", rut: "9.068.826-k", motivo: "Cédula revisada" })).toEqual({ email: "ana@prueba.cl", rut: "9068826-K", motivo: "Cédula revisada" });
    expect(verificarRutSchema.safeParse({ email: "ana@prueba.cl", rut: "9.068.826-1", motivo: " " }).error?.issues.map((i) => i.message)).toEqual([
      "El RUT no es válido: revise el dígito verificador.",
      "El motivo es obligatorio.",
    ]);
  });
});

describe("límites de intentos y hash de la IP", () => {
  it("por omisión, y configurables por el entorno (un valor inválido deja el de omisión)", () => {
    expect(limiteVotoCuenta({}).intentos).toBe(INTENTOS_VOTO_CUENTA);
    expect(limiteVotoIp({}).intentos).toBe(INTENTOS_VOTO_IP);
    expect(limiteVotoIp({ VOTOS_LIMITE_IP: "100000" }).intentos).toBe(100000);
    expect(limiteVotoCuenta({ VOTOS_LIMITE_CUENTA: "-3" }).intentos).toBe(INTENTOS_VOTO_CUENTA);
    expect(limiteVotoCuenta({ VOTOS_LIMITE_CUENTA: "abc" }).intentos).toBe(INTENTOS_VOTO_CUENTA);
    expect(claveVotoIp(null)).toBe("voto:ip:desconocida");
  });

  it("el hash de la IP es con clave: estable para la misma clave, otro con otra, nunca la IP", () => {
    const a = hashIp("200.1.2.3", { AUTH_SECRET: "secreto-uno" });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIp("200.1.2.3", { AUTH_SECRET: "secreto-uno" })).toBe(a);
    expect(hashIp("200.1.2.4", { AUTH_SECRET: "secreto-uno" })).not.toBe(a);
    expect(hashIp("200.1.2.3", { AUTH_SECRET: "secreto-dos" })).not.toBe(a);
    expect(a).not.toContain("200.1.2.3");
    expect(hashIp(null, { AUTH_SECRET: "secreto-uno" })).toBeNull();
    expect(() => hashIp("200.1.2.3", {})).toThrow(/AUTH_SECRET/);
  });
});

describe("código QR del afiche", () => {
  it("una ruta SVG con el margen de 4 módulos y los patrones de posición en sus tres esquinas", async () => {
    const { qrComoRuta } = await import("@/lib/votacion/qr");
    const url = "https://fondoidea.fosis.gob.cl/perfiles/huertos-comunitarios-de-lota";
    const { lado, d } = qrComoRuta(url);
    const size = lado - 8;
    expect((size - 17) % 4).toBe(0); // a QR symbol is 21, 25, 29… modules wide
    const oscuro = (fila: number, col: number) => d.includes(`M${col + 4} ${fila + 4}h1v1h-1z`);
    // The 7×7 finder patterns: dark corners, a light ring inside them, a dark 3×3 centre.
    for (const [f, c] of [[0, 0], [0, size - 7], [size - 7, 0]]) {
      expect([oscuro(f, c), oscuro(f + 6, c + 6), oscuro(f + 1, c + 1), oscuro(f + 3, c + 3)]).toEqual([true, true, false, true]);
    }
    expect(qrComoRuta(url)).toEqual({ lado, d });
    expect(qrComoRuta(`${url}-2`).d).not.toBe(d);
  });
});

// Checked by tsc (npm test's typecheck stage): with `auditoria: "fila"` the body returns no audit entry;
// without it, the body must return one. The definitions are never run.
describe('pipeline: el tipo de la opción auditoria "fila"', () => {
  it("un cuerpo «fila» no devuelve auditoría; uno de la cadena, sí", async () => {
    const { defineAction } = await import("@/lib/actions/pipeline");
    const { z } = await import("zod");
    const fila = defineAction({ name: "voto.emitir", schema: z.object({}), auditoria: "fila", run: async () => ({ data: 1 }) });
    // @ts-expect-error: a chained action's body must say what to audit.
    const sinAuditoria = defineAction({ name: "voto.emitir", schema: z.object({}), run: async () => ({ data: 1 }) });
    // @ts-expect-error: auditoria takes "cadena" or "fila" only.
    const otra = defineAction({ name: "voto.emitir", schema: z.object({}), auditoria: "nada", run: async () => ({ data: 1 }) });
    expect([fila.auditoria, sinAuditoria.name, otra.name]).toEqual(["fila", "voto.emitir", "voto.emitir"]);
  });
});
