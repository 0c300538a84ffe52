// The portfolio optimiser (issue 12, item 2): hand-computed portfolios and prices, every reason for "no
// portfolio" in Spanish, malformed input, and properties on random small instances against a brute force
// that enumerates every subset: same feasibility, same optimum, a selection that keeps every rule, the same
// prices, and a greedy that never beats it. The reduction path (heuristic, LP bound, fixing, branch and
// bound) is forced on the small instances too, and compared with HiGHS alone on medium ones.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cargarSolver, escalaPuntajes, optimizarCartera, optimizarCarteraCon, SinTiempo, type ResultadoCartera, type Solver } from "@/lib/domain/cartera";
import { carteraVoraz } from "@/lib/domain/cartera-voraz";

// Exact solves and brute force on random instances: seconds each on a loaded 2-core CI machine, not the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

let highs: Solver;
beforeAll(async () => {
  highs = await cargarSolver();
});

type Cand = { id: string | number; region: string; desafio: string | number; monto: number; puntaje: number };
type Entrada = { presupuesto: number; maxPorDesafio?: number; incluir?: (string | number)[]; excluir?: (string | number)[]; banda?: { min: number; max: number }; candidatos: Cand[] };

const MM = 1_000_000;
const c = (id: string, region: string, desafio: string, montoMM: number, puntaje: number): Cand => ({ id, region, desafio, monto: montoMM * MM, puntaje });

function factible(r: ResultadoCartera) {
  if (!r.factible) throw new Error(`se esperaba una cartera: ${r.motivo}`);
  return r;
}
function motivo(r: ResultadoCartera): string {
  if (r.factible) throw new Error(`se esperaba "sin cartera", vino ${JSON.stringify(r.seleccion)}`);
  return r.motivo;
}

// a (01, d1, 25 MM, 6.5), b (01, d1, 20 MM, 5), c (02, d2, 30 MM, 4), d (02, d2, 21 MM, 3), e (03, d2, 35 MM, 7):
// e is outside the 20–30 MM band, so only 01 and 02 must be covered.
const BASE = [c("a", "01", "d1", 25, 6.5), c("b", "01", "d1", 20, 5), c("c", "02", "d2", 30, 4), c("d", "02", "d2", 21, 3), c("e", "03", "d2", 35, 7)];

describe("optimizarCartera: casos calculados a mano", () => {
  it("60 MM: una de 01 y una de 02; a + c (55 MM, 10,5) gana a a + d (9,5) y b + c (9); sin cobertura a + b valdría 11,5", async () => {
    const r = factible(await optimizarCartera({ presupuesto: 60 * MM, candidatos: BASE }));
    expect(r.seleccion).toEqual(["a", "c"]);
    expect(r.puntajeTotal).toBe(10.5);
    expect(r.montoTotal).toBe(55 * MM);
    expect(r.regionesCubiertas).toEqual(["01", "02"]);
    expect(r.regionesElegibles).toEqual(["01", "02"]);
    expect(r.escala).toEqual({ factor: 10, exacta: true });
    expect(r.precios).toEqual({ coberturaRegional: 1 });
  });

  it("80 MM: a + b + c (75 MM, 15,5); con máximo 1 por desafío solo a + c (10,5): el máximo cuesta 5", () => {
    const sin = factible(optimizarCarteraCon(highs, { presupuesto: 80 * MM, candidatos: BASE }));
    expect(sin.seleccion).toEqual(["a", "b", "c"]);
    expect(sin.puntajeTotal).toBe(15.5);
    const con = factible(optimizarCarteraCon(highs, { presupuesto: 80 * MM, maxPorDesafio: 1, candidatos: BASE }));
    expect(con.seleccion).toEqual(["a", "c"]);
    expect(con.precios).toEqual({ coberturaRegional: 0, maxPorDesafio: 5 });
  });

  it("fijaciones: incluir d obliga a + d (9,5), excluir a deja b + c (9); cada una con su precio", () => {
    const incluida = factible(optimizarCarteraCon(highs, { presupuesto: 60 * MM, incluir: ["d"], candidatos: BASE }));
    expect(incluida.seleccion).toEqual(["a", "d"]);
    expect(incluida.precios).toEqual({ coberturaRegional: 0, fijaciones: 1 });
    const excluida = factible(optimizarCarteraCon(highs, { presupuesto: 60 * MM, excluir: ["a"], candidatos: BASE }));
    expect(excluida.seleccion).toEqual(["b", "c"]);
    expect(excluida.puntajeTotal).toBe(9);
    expect(excluida.precios?.fijaciones).toBeCloseTo(1.5, 12);
  });

  it("el precio de excluir cuenta el puntaje del excluido aunque tenga más decimales que los elegibles (caso hallado por la propiedad)", () => {
    const r = factible(
      optimizarCarteraCon(highs, {
        presupuesto: 20 * MM,
        excluir: ["y"],
        candidatos: [
          { id: "x", region: "03", desafio: "d1", monto: 20 * MM, puntaje: 6 },
          { id: "y", region: "03", desafio: "d1", monto: 20 * MM, puntaje: 6.1 },
        ],
      }),
    );
    expect(r.seleccion).toEqual(["x"]);
    expect(r.precios?.fijaciones).toBeCloseTo(0.1, 9);
  });

  it("la banda decide quién es elegible: con 20–40 MM entra e y con ella la región 03", () => {
    const r = factible(optimizarCarteraCon(highs, { presupuesto: 80 * MM, banda: { min: 20 * MM, max: 40 * MM }, candidatos: BASE }));
    expect(r.regionesElegibles).toEqual(["01", "02", "03"]);
    // 01 + 02 + e (35): b + d + e = 76 MM, 15; a + d + e = 81 MM no cabe; b + c + e = 85 no cabe.
    expect(r.seleccion).toEqual(["b", "d", "e"]);
    expect(r.puntajeTotal).toBe(15);
  });

  it("sin candidatos: cartera vacía; ids numéricos se devuelven como números", () => {
    const vacia = factible(optimizarCarteraCon(highs, { presupuesto: 650 * MM, candidatos: [] }));
    expect(vacia).toMatchObject({ seleccion: [], puntajeTotal: 0, montoTotal: 0, regionesCubiertas: [] });
    const numeros = factible(
      optimizarCarteraCon(highs, { presupuesto: 50 * MM, incluir: [2], candidatos: [{ ...BASE[0], id: 1 }, { ...BASE[1], id: 2 }, { ...BASE[3], id: 3 }] }),
    );
    expect(numeros.seleccion).toEqual([2, 3]);
  });

  it("puntajes con más de 6 decimales: escala 10⁶, total sumado de los originales", () => {
    const r = factible(optimizarCarteraCon(highs, { presupuesto: 60 * MM, candidatos: [c("x", "01", "d", 25, 16 / 3), c("y", "02", "d", 25, 14 / 3)] }));
    expect(r.escala).toEqual({ factor: 1_000_000, exacta: false });
    expect(r.puntajeTotal).toBe(16 / 3 + 14 / 3);
  });
});

describe("escalaPuntajes", () => {
  it("la menor potencia de diez que hace enteros los puntajes, hasta 10⁶ y con costos ≤ 10⁹", () => {
    expect(escalaPuntajes([5, 6, 7])).toEqual({ factor: 1, exacta: true });
    expect(escalaPuntajes([5.3, 6, 0.1 + 0.2])).toEqual({ factor: 10, exacta: true });
    expect(escalaPuntajes([5.25, 4.125])).toEqual({ factor: 1000, exacta: true });
    expect(escalaPuntajes([1 / 3])).toEqual({ factor: 1_000_000, exacta: false });
    expect(escalaPuntajes([123_456.5, 2.25])).toEqual({ factor: 100, exacta: true });
    expect(escalaPuntajes([999_999.123456])).toEqual({ factor: 1000, exacta: false });
  });
});

describe("sin cartera posible: el motivo en castellano", () => {
  it("fijaciones imposibles: desconocida, excluida o fuera de banda", () => {
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 60 * MM, incluir: ["zz"], candidatos: BASE }))).toBe(
      "No hay cartera posible: «zz» está en incluir pero no es uno de los candidatos.",
    );
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 60 * MM, incluir: ["a"], excluir: ["a"], candidatos: BASE }))).toBe(
      "No hay cartera posible: «a» está a la vez en incluir y en excluir.",
    );
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 60 * MM, incluir: ["e"], candidatos: BASE }))).toBe(
      "No hay cartera posible: «e» está en incluir pero su monto ($35 MM) está fuera de la banda de $20 MM a $30 MM.",
    );
  });

  it("más fijados de un desafío que el máximo", () => {
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 100 * MM, maxPorDesafio: 1, incluir: ["a", "b"], candidatos: BASE }))).toBe(
      "No hay cartera posible: se fijaron 2 perfiles del desafío «d1» («a» y «b»), y el máximo por desafío es 1.",
    );
  });

  it("fijados que superan el presupuesto", () => {
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 40 * MM, incluir: ["a", "b"], candidatos: BASE }))).toBe(
      "No hay cartera posible: los perfiles fijados suman $45 MM y el presupuesto es $40 MM (faltan $5 MM).",
    );
  });

  it("el ejemplo del issue: el presupuesto no alcanza para cubrir las 16 regiones, faltan $12 MM", () => {
    const regiones = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16"];
    const candidatos = regiones.flatMap((r) => [c(`${r}a`, r, "d", 25, 6), c(`${r}b`, r, "d", 28, 7)]);
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 388 * MM, candidatos }))).toBe(
      "El presupuesto no alcanza para cubrir las 16 regiones: faltan $12 MM (cubrirlas cuesta al menos $400 MM y el presupuesto es $388 MM).",
    );
    // Pesos that are not whole tens of thousands are written out.
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 399_999_999, candidatos }))).toContain("faltan $1 (");
    expect(factible(optimizarCarteraCon(highs, { presupuesto: 400 * MM, candidatos })).seleccion).toHaveLength(16);
  });

  it("con perfiles fijados, la cobertura se calcula sobre ellos", () => {
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 55 * MM, incluir: ["a", "b"], candidatos: BASE }))).toBe(
      "El presupuesto no alcanza para cubrir las 2 regiones con perfiles elegibles: faltan $11 MM (cubrirlas con los perfiles fijados cuesta al menos $66 MM y el presupuesto es $55 MM).",
    );
  });

  it("una región cuyos perfiles son todos de desafíos que las fijaciones ya llenaron", () => {
    const candidatos = [c("a", "01", "d1", 20, 5), c("b", "01", "d1", 20, 5), c("x", "11", "d1", 20, 5)];
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 100 * MM, maxPorDesafio: 2, incluir: ["a", "b"], candidatos }))).toBe(
      "No hay cartera posible: la región de Aysén del General Carlos Ibáñez del Campo solo tiene perfiles elegibles del desafío «d1», y ese desafío ya completó su máximo de 2 con los perfiles fijados.",
    );
  });

  it("el máximo por desafío impide cubrir las regiones, sea cual sea el presupuesto", () => {
    const candidatos = [c("a", "01", "d1", 20, 5), c("x", "13", "d1", 20, 5)];
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 100 * MM, maxPorDesafio: 1, candidatos }))).toBe(
      "No hay cartera posible: con un máximo de 1 por desafío no se pueden cubrir a la vez las 2 regiones con perfiles elegibles, cualquiera sea el presupuesto. Suba el máximo por desafío.",
    );
  });

  it("con el máximo por desafío la cobertura más barata cuesta más: lo dice el costo mínimo (un MILP de costos)", () => {
    // Without the limit a + x (40 MM) would cover both; with one per desafío, b + x (50 MM).
    const candidatos = [c("a", "01", "d1", 20, 5), c("b", "01", "d2", 30, 5), c("x", "02", "d1", 20, 5)];
    expect(motivo(optimizarCarteraCon(highs, { presupuesto: 45 * MM, maxPorDesafio: 1, candidatos }))).toBe(
      "El presupuesto no alcanza para cubrir las 2 regiones con perfiles elegibles: faltan $5 MM (cubrirlas con un máximo de 1 por desafío cuesta al menos $50 MM y el presupuesto es $45 MM).",
    );
  });

  it("entrada mal formada: factible false con los problemas, nunca una excepción", () => {
    const casos: [unknown, string][] = [
      [null, "La entrada debe ser un objeto con presupuesto y candidatos"],
      ["texto", "La entrada debe ser un objeto"],
      [{ candidatos: [] }, "presupuesto: El presupuesto debe ser un número"],
      [{ presupuesto: -1, candidatos: [] }, "presupuesto: El presupuesto debe ser cero o más"],
      [{ presupuesto: 1.5, candidatos: [] }, "El presupuesto debe ser un número entero de pesos"],
      [{ presupuesto: 1, candidatos: [{ ...BASE[0], region: "17" }] }, 'candidatos[0].region: La región debe ser un código CUT de "01" a "16"'],
      [{ presupuesto: 1, candidatos: [{ ...BASE[0], monto: 0 }] }, "candidatos[0].monto: El monto debe ser mayor que cero"],
      [{ presupuesto: 1, candidatos: [{ ...BASE[0], puntaje: Number.NaN }] }, "candidatos[0].puntaje"],
      [{ presupuesto: 1, candidatos: [BASE[0], BASE[0]] }, "candidatos[1].id: El id «a» está repetido"],
      [{ presupuesto: 1, maxPorDesafio: 0, candidatos: [] }, "maxPorDesafio: El máximo por desafío debe ser al menos 1"],
      [{ presupuesto: 1, banda: { min: 5, max: 1 }, candidatos: [] }, "banda: El mínimo de la banda no puede superar su máximo"],
      [{ presupuesto: 1, incluir: "a", candidatos: [] }, "incluir: incluir debe ser una lista de ids"],
    ];
    for (const [entrada, texto] of casos) {
      const r = optimizarCarteraCon(highs, entrada);
      expect(motivo(r)).toContain(texto);
      expect(motivo(r)).toMatch(/^La entrada no es válida: /);
    }
  });
});

// ─── Brute force ──────────────────────────────────────────────────────────────────────────────────────

const BANDA = { min: 20 * MM, max: 30 * MM };
type Reglas = { cobertura: boolean; fijaciones: boolean; maximo: boolean; regiones?: Set<string> };

/** Best total by enumerating every subset of the eligible candidates, or null when none keeps the rules. */
function fuerzaBruta(e: Entrada, reglas: Reglas = { cobertura: true, fijaciones: true, maximo: true }): { total: number; regiones: Set<string> } | null {
  const banda = e.banda ?? BANDA;
  const excluir = new Set(reglas.fijaciones ? (e.excluir ?? []) : []);
  const incluir = new Set(reglas.fijaciones ? (e.incluir ?? []) : []);
  const enBanda = (x: Cand) => x.monto >= banda.min && x.monto <= banda.max;
  const elegibles = e.candidatos.filter((x) => enBanda(x) && !excluir.has(x.id));
  for (const id of incluir) if (!elegibles.some((x) => x.id === id)) return null;
  const regiones = reglas.regiones ?? new Set(elegibles.map((x) => x.region));
  let mejor: number | null = null;
  for (let m = 0; m < 1 << elegibles.length; m++) {
    const sel = elegibles.filter((_, k) => m & (1 << k));
    if ([...incluir].some((id) => !sel.some((x) => x.id === id))) continue;
    if (sel.reduce((s, x) => s + x.monto, 0) > e.presupuesto) continue;
    if (reglas.cobertura && [...regiones].some((r) => !sel.some((x) => x.region === r))) continue;
    if (reglas.maximo && e.maxPorDesafio !== undefined) {
      const cuenta = new Map<string | number, number>();
      for (const x of sel) cuenta.set(x.desafio, (cuenta.get(x.desafio) ?? 0) + 1);
      if ([...cuenta.values()].some((k) => k > e.maxPorDesafio!)) continue;
    }
    const total = e.candidatos.filter((x) => sel.includes(x)).reduce((s, x) => s + x.puntaje, 0);
    if (mejor === null || total > mejor) mejor = total;
  }
  return mejor === null ? null : { total: mejor, regiones };
}

/** The selection keeps every rule, checked here independently of the module. */
function cumpleReglas(e: Entrada, seleccion: (string | number)[]): string | null {
  const banda = e.banda ?? BANDA;
  const sel = e.candidatos.filter((x) => seleccion.includes(x.id));
  if (sel.length !== seleccion.length) return "ids desconocidos";
  if (sel.some((x) => x.monto < banda.min || x.monto > banda.max)) return "fuera de banda";
  if (sel.some((x) => (e.excluir ?? []).includes(x.id))) return "excluido";
  if ((e.incluir ?? []).some((id) => !seleccion.includes(id))) return "falta un fijado";
  if (sel.reduce((s, x) => s + x.monto, 0) > e.presupuesto) return "presupuesto";
  const elegibles = e.candidatos.filter((x) => x.monto >= banda.min && x.monto <= banda.max && !(e.excluir ?? []).includes(x.id));
  for (const r of new Set(elegibles.map((x) => x.region))) if (!sel.some((x) => x.region === r)) return `región ${r}`;
  if (e.maxPorDesafio !== undefined) {
    const cuenta = new Map<string | number, number>();
    for (const x of sel) cuenta.set(x.desafio, (cuenta.get(x.desafio) ?? 0) + 1);
    if ([...cuenta.values()].some((k) => k > e.maxPorDesafio!)) return "máximo por desafío";
  }
  return null;
}

function instancias(puntaje: fc.Arbitrary<number>): fc.Arbitrary<Entrada> {
  const candidato = fc.record({
    region: fc.constantFrom("01", "02", "03", "13"),
    desafio: fc.constantFrom("d1", "d2", "d3"),
    // Mostly within the band, some outside it.
    monto: fc.oneof({ arbitrary: fc.integer({ min: 20 * MM, max: 30 * MM }), weight: 4 }, { arbitrary: fc.integer({ min: 15 * MM, max: 35 * MM }), weight: 1 }),
    puntaje,
  });
  return fc
    .record({
      candidatos: fc.array(candidato, { maxLength: 14 }),
      presupuesto: fc.integer({ min: 0, max: 160 * MM }),
      maxPorDesafio: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      incluir: fc.array(fc.nat(16), { maxLength: 2 }),
      excluir: fc.array(fc.nat(16), { maxLength: 3 }),
    })
    .map(({ candidatos, incluir, excluir, ...resto }) => ({
      ...resto,
      // Ids that do not follow the order; a pin past the list is an unknown id.
      candidatos: candidatos.map((x, i) => ({ id: `p${(i * 5) % 17}-${i}`, ...x })),
      incluir: incluir.map((k) => (k < candidatos.length ? `p${(k * 5) % 17}-${k}` : `zz${k}`)),
      excluir: excluir.map((k) => (k < candidatos.length ? `p${(k * 5) % 17}-${k}` : `zz${k}`)),
    }));
}

/** Whole hundredths, tenths or units: the scale is exact and so must be the optimum. */
const puntajeExacto = fc.oneof(fc.integer({ min: 10, max: 70 }).map((x) => x / 10), fc.integer({ min: 100, max: 700 }).map((x) => x / 100), fc.integer({ min: 1, max: 7 }));

function comprobar(e: Entrada, r: ResultadoCartera, tolerancia: number) {
  const bf = fuerzaBruta(e);
  if (!bf) {
    expect(r.factible, JSON.stringify(r)).toBe(false);
    expect(motivo(r).length).toBeGreaterThan(20);
    return;
  }
  const ok = factible(r);
  expect(cumpleReglas(e, ok.seleccion)).toBeNull();
  expect(Math.abs(ok.puntajeTotal - bf.total)).toBeLessThanOrEqual(tolerancia);
  const sel = e.candidatos.filter((x) => ok.seleccion.includes(x.id));
  expect(ok.montoTotal).toBe(sel.reduce((s, x) => s + x.monto, 0));
  return { ok, bf };
}

describe("propiedades contra la fuerza bruta (≤ 14 candidatos)", () => {
  it("mismo óptimo y mismos precios; la cartera cumple todas las reglas; el voraz nunca gana", () => {
    fc.assert(
      fc.property(instancias(puntajeExacto), (e) => {
        const r = optimizarCarteraCon(highs, e);
        const v = comprobar(e, r, 1e-9);
        const voraz = carteraVoraz(e);
        if (voraz.factible) {
          expect(cumpleReglas(e, voraz.seleccion)).toBeNull();
          expect(v, "el voraz encontró cartera y el óptimo no").toBeDefined();
          expect(voraz.puntajeTotal).toBeLessThanOrEqual(v!.ok.puntajeTotal + 1e-9);
        }
        if (!v) return;
        const { ok, bf } = v;
        const sinCobertura = fuerzaBruta(e, { cobertura: false, fijaciones: true, maximo: true })!;
        expect(ok.precios!.coberturaRegional).toBeCloseTo(sinCobertura.total - bf.total, 9);
        if ((e.incluir ?? []).length || (e.excluir ?? []).length) {
          const sinFijaciones = fuerzaBruta(e, { cobertura: true, fijaciones: false, maximo: true, regiones: bf.regiones })!;
          expect(ok.precios!.fijaciones).toBeCloseTo(sinFijaciones.total - bf.total, 9);
        } else expect(ok.precios!.fijaciones).toBeUndefined();
        if (e.maxPorDesafio !== undefined) {
          const sinMaximo = fuerzaBruta(e, { cobertura: true, fijaciones: true, maximo: false })!;
          expect(ok.precios!.maxPorDesafio).toBeCloseTo(sinMaximo.total - bf.total, 9);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("el camino de la reducción (heurística, cota del LP, fijación, ramificación) y su respaldo en HiGHS dan el mismo óptimo", () => {
    fc.assert(
      fc.property(instancias(puntajeExacto), (e) => {
        comprobar(e, optimizarCarteraCon(highs, e, { precios: false, minParaReducir: 0 }), 1e-9);
        // A node limit of 1: the search gives up at once and HiGHS solves the reduced problem.
        comprobar(e, optimizarCarteraCon(highs, e, { precios: false, minParaReducir: 0, maxNodos: 1 }), 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("puntajes con todos sus decimales: dentro de k·10⁻⁶ del óptimo (k seleccionados), por el redondeo a millonésimas", () => {
    fc.assert(
      fc.property(instancias(fc.double({ min: 1, max: 7, noNaN: true })), (e) => {
        const r = optimizarCarteraCon(highs, e, { precios: false, minParaReducir: 0 });
        comprobar(e, r, 14 * 1e-6);
      }),
      { numRuns: 200 },
    );
  });
});

describe("instancias medianas: la reducción da el óptimo de HiGHS solo", () => {
  function azar(semilla: number) {
    let s = semilla >>> 0;
    return () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = Math.imul(s ^ (s >>> 15), s | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const REGIONES = ["15", "01", "02", "03", "04", "05", "13", "06", "07", "16", "08", "09", "14", "10", "11", "12"];
  function mediana(n: number, semilla: number, reglas: boolean): Entrada {
    const r = azar(semilla);
    const candidatos = Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      region: REGIONES[Math.floor(r() * 16)],
      desafio: `d${Math.floor(r() * 8)}`,
      monto: 20 * MM + Math.floor(r() * 10 * MM),
      puntaje: Math.round((1 + 6 * r()) * 100) / 100,
    }));
    const presupuesto = 420 * MM;
    return reglas ? { presupuesto, candidatos, maxPorDesafio: 3, incluir: ["m1"], excluir: ["m2", "m3"] } : { presupuesto, candidatos };
  }

  it.each([
    [60, 1, false],
    [90, 2, true],
    [120, 3, false],
    [150, 4, true],
  ])("%i candidatos (semilla %i, reglas %s)", (n, semilla, reglas) => {
    const e = mediana(n, semilla, reglas);
    const reducida = factible(optimizarCarteraCon(highs, e, { precios: false }));
    const sola = factible(optimizarCarteraCon(highs, e, { precios: false, reducir: false }));
    expect(reducida.puntajeTotal).toBeCloseTo(sola.puntajeTotal, 9);
    expect(cumpleReglas(e, reducida.seleccion)).toBeNull();
    const voraz = carteraVoraz(e);
    if (voraz.factible) expect(voraz.puntajeTotal).toBeLessThanOrEqual(reducida.puntajeTotal + 1e-9);
  });

  it("un plazo vencido es un error (SinTiempo), nunca una cartera sin demostrar", () => {
    expect(() => optimizarCarteraCon(highs, mediana(90, 7, false), { limiteSegundos: 1e-9 })).toThrow(SinTiempo);
  });
});
