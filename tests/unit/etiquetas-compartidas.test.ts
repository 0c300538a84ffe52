// The pure part of sharing expired cache tags between instances (lib/cache/etiquetas-compartidas.mjs): the
// throttle, the query's lower bound, what an updateTags call stores, and which rows another instance
// replays with which updateTags calls. The PostgreSQL side: tests/integration/cache-compartida.test.ts.
import { describe, expect, it } from "vitest";
import {
  desdeDeConsulta,
  filasPorAplicar,
  INTERVALO_CONSULTA_MS,
  plazoDeExpiracion,
  SOLAPE_MS,
  tocaConsultar,
  type FilaEtiqueta,
} from "@/lib/cache/etiquetas-compartidas.mjs";

const fila = (etiqueta: string, instancia: string, actualizadaMs: number, restanteMs: number | null = -5): FilaEtiqueta => ({ etiqueta, instancia, actualizadaMs, restanteMs });
const estadoDe = (aplicadas: [string, number][] = [], cursorMs = 0) => ({ instancia: "yo", aplicadas: new Map(aplicadas), cursorMs });

describe("cuándo consultar", () => {
  it("una consulta por segundo como máximo: la primera siempre, las siguientes desde un segundo después de la anterior", () => {
    expect(INTERVALO_CONSULTA_MS).toBe(1000);
    expect(tocaConsultar(-Infinity, 0)).toBe(true);
    expect(tocaConsultar(10_000, 10_000)).toBe(false);
    expect(tocaConsultar(10_000, 10_999)).toBe(false);
    expect(tocaConsultar(10_000, 11_000)).toBe(true);
    expect(tocaConsultar(10_000, 10_400, 300)).toBe(true);
  });

  it("cada consulta vuelve a leer los últimos SOLAPE_MS antes de la fila más nueva ya vista", () => {
    expect(desdeDeConsulta(50_000)).toBe(50_000 - SOLAPE_MS);
    expect(desdeDeConsulta(50_000, 0)).toBe(50_000);
  });
});

describe("qué guarda updateTags", () => {
  it("sin duraciones (updateTag): expira ahora; con expire: en esos segundos; sin expire: solo queda vencida", () => {
    expect(plazoDeExpiracion(undefined)).toBe(0);
    expect(plazoDeExpiracion({ expire: 0 })).toBe(0);
    expect(plazoDeExpiracion({ expire: 300 })).toBe(300);
    expect(plazoDeExpiracion({ expire: -3 })).toBe(0);
    expect(plazoDeExpiracion({})).toBeNull();
    expect(plazoDeExpiracion({ expire: Infinity })).toBeNull();
  });
});

describe("qué filas aplica una instancia", () => {
  it("las de otras instancias, con la llamada que las reproduce; las propias no, pero sí avanzan el cursor", () => {
    const r = filasPorAplicar([fila("desafios", "otra", 1000), fila("talleres", "yo", 1500), fila("convocatoria", "tercera", 1200)], estadoDe());
    expect(r.llamadas).toEqual([{ etiquetas: ["desafios", "convocatoria"] }]);
    expect([...r.aplicadas]).toEqual([
      ["desafios", 1000],
      ["convocatoria", 1200],
    ]);
    expect(r.cursorMs).toBe(1500);
  });

  it("una fila ya aplicada, vuelta a leer en el solape, no se aplica otra vez; una más nueva de la misma etiqueta sí", () => {
    const estado = estadoDe([["desafios", 1000]], 1000);
    expect(filasPorAplicar([fila("desafios", "otra", 1000)], estado).llamadas).toEqual([]);
    expect(filasPorAplicar([fila("desafios", "otra", 900)], estado).llamadas).toEqual([]);
    const nueva = filasPorAplicar([fila("desafios", "otra", 1001)], estado);
    expect(nueva.llamadas).toEqual([{ etiquetas: ["desafios"] }]);
    expect(nueva.aplicadas.get("desafios")).toBe(1001);
  });

  it("no modifica el estado que recibe", () => {
    const estado = estadoDe([["desafios", 1000]], 1000);
    filasPorAplicar([fila("desafios", "otra", 2000), fila("lineas", "otra", 2500)], estado);
    expect([...estado.aplicadas]).toEqual([["desafios", 1000]]);
    expect(estado.cursorMs).toBe(1000);
  });

  it("el cursor nunca retrocede", () => {
    expect(filasPorAplicar([fila("desafios", "otra", 500)], estadoDe([], 9000)).cursorMs).toBe(9000);
    expect(filasPorAplicar([], estadoDe([], 9000)).cursorMs).toBe(9000);
  });

  it("reproduce la expiración que pidió quien escribió: ya vencida, con plazo restante (en segundos, hacia arriba) o solo vencida", () => {
    const r = filasPorAplicar(
      [
        fila("inmediata", "otra", 10, 0),
        fila("pasada", "otra", 11, -2500),
        fila("cinco-min", "otra", 12, 299_200),
        fila("otra-cinco-min", "tercera", 13, 299_900),
        fila("un-dia", "otra", 14, 86_400_000),
        fila("vencida", "otra", 15, null),
      ],
      estadoDe(),
    );
    expect(r.llamadas).toEqual([
      { etiquetas: ["inmediata", "pasada"] },
      { etiquetas: ["cinco-min", "otra-cinco-min"], duraciones: { expire: 300 } },
      { etiquetas: ["un-dia"], duraciones: { expire: 86_400 } },
      { etiquetas: ["vencida"], duraciones: {} },
    ]);
  });

  it("sin filas nuevas no hay llamadas", () => {
    expect(filasPorAplicar([], estadoDe()).llamadas).toEqual([]);
    expect(filasPorAplicar([fila("desafios", "yo", 5)], estadoDe()).llamadas).toEqual([]);
  });
});
