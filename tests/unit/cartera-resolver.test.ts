// The exact solve's parts (issue 12), each against a brute force over every subset of a small random
// Problema: the heuristic's portfolios keep the rules; the branch and bound finds the best portfolio worth
// at least `minimo` for any multipliers ≥ 0 (its bound must hold for all of them); and the whole resolver
// reaches the optimum from a deliberately poor incumbent (the worst feasible portfolio), so the fixing and
// the search, not the heuristic, do the work, with and without HiGHS taking over at the node limit.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cargarSolver, type Solver } from "@/lib/domain/cartera";
import { carteraHeuristica } from "@/lib/domain/cartera-heuristica";
import { CERO, esFactible, LIBRE, UNO, valor, type Problema } from "@/lib/domain/cartera-problema";
import { ramificar } from "@/lib/domain/cartera-ramificacion";
import { resolverProblema } from "@/lib/domain/cartera-resolver";

// Exact solves and brute force on random instances: seconds each on a loaded 2-core CI machine, not the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

let highs: Solver;
beforeAll(async () => {
  highs = await cargarSolver();
});

const REGIONES = ["01", "02", "03", "04"];

const problemas: fc.Arbitrary<Problema> = fc
  .array(
    fc.record({
      monto: fc.integer({ min: 20, max: 30 }),
      costo: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 40 }), weight: 5 }, { arbitrary: fc.integer({ min: -5, max: 0 }), weight: 1 }),
      region: fc.constantFrom(...REGIONES),
      grupo: fc.integer({ min: 0, max: 2 }),
      fija: fc.integer({ min: 0, max: 7 }).map((k) => k === 0),
    }),
    { maxLength: 13 },
  )
  .chain((vs) =>
    fc
      .record({
        presupuesto: fc.integer({ min: 0, max: 160 }),
        regiones: fc.subarray(REGIONES),
        maxPorGrupo: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      })
      .map((r) => ({
        ...r,
        monto: vs.map((v) => v.monto),
        costo: vs.map((v) => v.costo),
        region: vs.map((v) => v.region),
        grupo: vs.map((v) => v.grupo),
        fija: vs.map((v) => v.fija),
      })),
  );

/** Every feasible portfolio among the variables `estado` does not leave out (UNO ones forced), by value. */
function todas(p: Problema, estado?: Int8Array): { sel: Set<number>; valor: number }[] {
  const n = p.monto.length;
  const r: { sel: Set<number>; valor: number }[] = [];
  for (let m = 0; m < 1 << n; m++) {
    const sel = new Set<number>();
    let valido = true;
    for (let j = 0; j < n; j++) {
      const dentro = (m & (1 << j)) !== 0;
      if (dentro) sel.add(j);
      if (estado && ((estado[j] === CERO && dentro) || (estado[j] === UNO && !dentro))) valido = false;
    }
    if (!valido) continue;
    // Independent of esFactible: the rules written again.
    const monto = [...sel].reduce((s, j) => s + p.monto[j], 0);
    if (monto > p.presupuesto) continue;
    if (p.regiones.some((reg) => ![...sel].some((j) => p.region[j] === reg))) continue;
    if (p.maxPorGrupo !== null && [0, 1, 2].some((g) => [...sel].filter((j) => p.grupo[j] === g).length > p.maxPorGrupo!)) continue;
    if (p.fija.some((f, j) => f && !sel.has(j))) continue;
    r.push({ sel, valor: [...sel].reduce((s, j) => s + p.costo[j], 0) });
  }
  return r.sort((a, b) => b.valor - a.valor);
}

describe("carteraHeuristica", () => {
  it("su cartera, cuando la da, cumple las reglas y no supera al óptimo; la da siempre que sobra presupuesto", () => {
    fc.assert(
      fc.property(problemas, (p) => {
        const h = carteraHeuristica(p);
        const opciones = todas(p);
        if (h) {
          expect(esFactible(p, h)).toBe(true);
          expect(valor(p, h)).toBeLessThanOrEqual(opciones[0].valor);
        } else if (opciones.length) {
          // It may miss a portfolio only when the rules are tight, never with ample budget and no limit.
          expect(p.maxPorGrupo !== null || p.monto.reduce((s, m) => s + m, 0) > p.presupuesto).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("ramificar", () => {
  it("el mejor portafolio que vale al menos `minimo`, para cualquier multiplicador ≥ 0 (z, w, λ) y variables ya fijadas", () => {
    fc.assert(
      fc.property(
        problemas,
        fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.array(fc.constantFrom(LIBRE, LIBRE, LIBRE, CERO, UNO), { minLength: 13, maxLength: 13 }),
        fc.integer({ min: -20, max: 120 }),
        (p, z, w, lambda, fijadas, minimo) => {
          const estado = Int8Array.from(p.monto, (_, j) => (p.fija[j] ? UNO : fijadas[j]));
          const mult = {
            region: new Map(p.regiones.map((r) => [r, z[REGIONES.indexOf(r)]])),
            grupo: new Map(p.maxPorGrupo === null ? [] : [0, 1, 2].map((g) => [g, w[g]])),
            presupuesto: lambda,
          };
          const b = ramificar(p, estado, mult, minimo, 1_000_000);
          const mejor = todas(p, estado)[0];
          expect(b.completa).toBe(true);
          if (!b.completa) return;
          if (!mejor || mejor.valor < minimo) expect(b.seleccion).toBeNull();
          else {
            expect(b.seleccion).not.toBeNull();
            expect(esFactible(p, b.seleccion!)).toBe(true);
            expect(b.valor).toBe(mejor.valor);
            expect(valor(p, b.seleccion!)).toBe(mejor.valor);
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it("se rinde al límite de nodos y al plazo", () => {
    const p: Problema = { presupuesto: 100, monto: [20, 21, 22, 23], costo: [5, 6, 7, 8], region: ["01", "01", "02", "02"], grupo: [0, 0, 0, 0], fija: [false, false, false, false], regiones: [], maxPorGrupo: null };
    const sinMultiplicadores = { region: new Map(), grupo: new Map(), presupuesto: 0 };
    expect(ramificar(p, new Int8Array(4), sinMultiplicadores, 0, 1)).toEqual({ completa: false, causa: "nodos" });
    expect(ramificar(p, new Int8Array(4), sinMultiplicadores, 0, 1000, Date.now() - 1)).toEqual({ completa: false, causa: "tiempo" });
    expect(ramificar(p, new Int8Array(4), sinMultiplicadores, 0, 1000)).toMatchObject({ completa: true, valor: 26 });
  });
});

describe("resolverProblema desde una cartera mala", () => {
  it("llega al óptimo con la fijación y la búsqueda, y con HiGHS sobre el problema reducido", () => {
    fc.assert(
      fc.property(problemas, (p) => {
        const opciones = todas(p);
        const directo = resolverProblema(highs, p);
        if (!opciones.length) {
          expect(directo.factible).toBe(false);
          return;
        }
        const mejor = opciones[0].valor;
        const peor = opciones[opciones.length - 1].sel;
        for (const extra of [{}, { maxNodos: 1 }]) {
          const s = resolverProblema(highs, p, { minParaReducir: 0, heuristica: false, inicial: peor, ...extra });
          expect(s.factible).toBe(true);
          if (!s.factible) return;
          expect(esFactible(p, s.seleccion)).toBe(true);
          expect(s.valor).toBe(mejor);
        }
        expect(directo.factible && directo.valor).toBe(mejor);
      }),
      { numRuns: 400 },
    );
  });
});
