import { describe, expect, it } from "vitest";
import { escalaMetrica, filtrarAprendizajes, leerNumero, leerResultadosMetricas, nombreSiguiente, unAnioDespues, type ItemAprendizaje } from "@/lib/domain/aprendizajes";
import { aFechaInput, instanteEnSantiago } from "@/lib/domain/formato";

describe("leerNumero", () => {
  it("lee números como se escriben en Chile", () => {
    expect(leerNumero(12.5)).toBe(12.5);
    expect(leerNumero("12,5")).toBe(12.5);
    expect(leerNumero("1.200")).toBe(1200);
    expect(leerNumero("1.200,75")).toBe(1200.75);
    expect(leerNumero("35 %")).toBe(35);
    expect(leerNumero("-3")).toBe(-3);
    expect(leerNumero("")).toBeNull();
    expect(leerNumero("muchos")).toBeNull();
    expect(leerNumero(Number.NaN)).toBeNull();
    expect(leerNumero(null)).toBeNull();
  });
});

describe("leerResultadosMetricas", () => {
  const base = [
    { id: "m1", indicador: "Hogares atendidos", unidad: "hogares", valor: 10, fuente: "CASEN" },
    { id: "m2", indicador: "Tiempo de espera", unidad: "días", valor: 30, fuente: "Registro" },
  ];
  it("une el informe a las métricas del desafío, en su orden, y agrega las que el informe suma", () => {
    const json = JSON.stringify([
      { metricaLineaBaseId: "m2", meta: "15", resultado: "18,5", comentario: "Bajó." },
      { metricaLineaBaseId: "m1", lineaBase: 12, meta: 40, resultado: 44 },
      { indicador: "Satisfacción", unidad: "%", meta: 80, resultado: 90 },
      { sinNada: true },
    ]);
    const r = leerResultadosMetricas(json, base);
    expect(r.map((m) => [m.indicador, m.lineaBase, m.meta, m.resultado])).toEqual([
      ["Hogares atendidos", 12, 40, 44],
      ["Tiempo de espera", 30, 15, 18.5],
      ["Satisfacción", null, 80, 90],
    ]);
    expect(r[1]).toMatchObject({ unidad: "días", comentario: "Bajó.", fuente: "Registro" });
  });
  it("un JSON ilegible deja las líneas base del desafío", () => {
    expect(leerResultadosMetricas("{no es json", base).map((m) => [m.lineaBase, m.meta, m.resultado])).toEqual([
      [10, null, null],
      [30, null, null],
    ]);
    expect(leerResultadosMetricas('{"a":1}', [])).toEqual([]);
  });
});

describe("escalaMetrica", () => {
  it("ubica los tres valores en un eje desde 0 con holgura, y cuánto del cambio esperado se logró", () => {
    const e = escalaMetrica({ lineaBase: 10, meta: 40, resultado: 34 });
    expect(e.min).toBe(0);
    expect(e.max).toBe(44);
    expect(e.meta! > e.resultado! && e.resultado! > e.lineaBase!).toBe(true);
    expect(e.logro).toBe(80);
  });
  it("una meta a la baja: bajar es avanzar", () => {
    expect(escalaMetrica({ lineaBase: 30, meta: 15, resultado: 18 }).logro).toBe(80);
    expect(escalaMetrica({ lineaBase: 30, meta: 15, resultado: 35 }).logro).toBeLessThan(0);
  });
  it("sin datos o sin cambio esperado no dice el logro", () => {
    expect(escalaMetrica({ lineaBase: 10, meta: null, resultado: 12 }).logro).toBeNull();
    expect(escalaMetrica({ lineaBase: 10, meta: 10, resultado: 12 }).logro).toBeNull();
    const vacia = escalaMetrica({ lineaBase: null, meta: null, resultado: null });
    expect([vacia.min, vacia.max, vacia.resultado]).toEqual([0, 1, null]);
    const negativa = escalaMetrica({ lineaBase: -5, meta: 5, resultado: 0 });
    expect(negativa.min).toBe(-5);
    expect(negativa.lineaBase).toBe(0);
  });
});

describe("filtrarAprendizajes", () => {
  const items: ItemAprendizaje[] = [
    { id: "a", anio: 2019, desafioId: "d1", grupoId: "g1", regiones: ["05", "13"], recomendacion: "ESCALAR" },
    { id: "b", anio: 2020, desafioId: "d2", grupoId: "g1", regiones: [], recomendacion: "AJUSTAR" },
    { id: "c", anio: 2020, desafioId: "d3", grupoId: "g2", regiones: ["08"], recomendacion: null },
  ];
  const ids = (f: Parameters<typeof filtrarAprendizajes>[1]) => filtrarAprendizajes(items, f).map((x) => x.id);
  it("combina los filtros; un valor vacío o desconocido no filtra", () => {
    expect(ids({})).toEqual(["a", "b", "c"]);
    expect(ids({ anio: "2020" })).toEqual(["b", "c"]);
    expect(ids({ anio: "2020", grupo: "g1" })).toEqual(["b"]);
    expect(ids({ region: "13" })).toEqual(["a"]);
    expect(ids({ desafio: "d3" })).toEqual(["c"]);
    expect(ids({ recomendacion: "ESCALAR" })).toEqual(["a"]);
    expect(ids({ recomendacion: "otra", anio: "x" })).toEqual(["a", "b", "c"]);
  });
});

describe("historia", () => {
  it("el calendario se corre un año en la hora de Chile, también al cruzar el horario de verano", () => {
    for (const [fecha, hora] of [
      ["2019-04-01", "00:00:00"],
      ["2019-09-30", "23:59:59"],
      ["2019-12-31", "23:59:59"],
      ["2019-04-06", "00:00:00"], // summer time (UTC−3) in 2019, winter (UTC−4) on that date in 2020
    ] as const) {
      const d = unAnioDespues(instanteEnSantiago(fecha, hora));
      expect(aFechaInput(d)).toBe(fecha.replace(/^\d{4}/, (y) => String(Number(y) + 1)));
      expect(d.getTime() - instanteEnSantiago(aFechaInput(d), hora).getTime()).toBe(0);
    }
    expect(aFechaInput(unAnioDespues(instanteEnSantiago("2020-02-29")))).toBe("2021-02-28");
    // Midnight skipped by summer time (6 Sept 2020 starts at 01:00): the same day next year.
    expect(aFechaInput(unAnioDespues(instanteEnSantiago("2020-09-06")))).toBe("2021-09-06");
  });
  it("el nombre lleva el año siguiente", () => {
    expect(nombreSiguiente("Fondo IDEA 2019", 2019)).toBe("Fondo IDEA 2020");
    expect(nombreSiguiente("Fondo IDEA", 2019)).toBe("Fondo IDEA 2020");
  });
});
