// Properties of the evaluator assignment on random instances: the hard rules always hold, the result is
// a maximum flow of minimum cost (checked against a plain min-cost-flow reference on small instances and
// against the "no improving path" condition on larger ones), and it does not depend on input order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asignarEvaluadores,
  motivoExclusion,
  REGLAS_REGION,
  type EntradaAsignacion,
  type EvaluadorElegible,
  type PerfilAsignable,
  type ResultadoAsignacion,
} from "@/lib/domain/asignacion";

const REGIONES = ["08", "11", "13"];
const RUTS = ["12345678-5", "18972631-7", "9068826-K"];
const ORGS = ["o1", "o2", "o3", "o4"];

function instancia(max: { perfiles: number; evaluadores: number; necesita: number; tope: number; carga: number }): fc.Arbitrary<EntradaAsignacion> {
  return fc
    .array(
      fc.record({
        region: fc.constantFrom<string | null>(...REGIONES, null),
        organizacionIds: fc.subarray(ORGS, { maxLength: 2 }),
        rut: fc.constantFrom<string | null>(null, ...RUTS),
        carga: fc.nat({ max: max.carga }),
      }),
      { maxLength: max.evaluadores },
    )
    .chain((specs) => {
      // Ids that do not sort like the indices, so the module's own ordering matters.
      const evaluadores: EvaluadorElegible[] = specs.map((s, j) => ({ id: `ev-${(j * 7) % 11}-${j}`, ...s }));
      const ids = evaluadores.map((e) => e.id);
      return fc.record({
        evaluadores: fc.constant(evaluadores),
        perfiles: fc
          .array(
            fc.record({
              region: fc.constantFrom(...REGIONES),
              organizacionId: fc.constantFrom<string | null>(null, ...ORGS),
              rutPostulante: fc.constantFrom<string | null>(null, ...RUTS),
              necesita: fc.nat({ max: max.necesita }),
              excluidos: fc.subarray(ids, { maxLength: Math.min(ids.length, 3) }),
            }),
            { maxLength: max.perfiles },
          )
          .map((ps) => ps.map((p, i): PerfilAsignable => ({ id: `pf-${(i * 5) % 13}-${i}`, ...p }))),
        tope: fc.nat({ max: max.tope }),
        reglaRegion: fc.constantFrom(...REGLAS_REGION),
      });
    });
}

/**
 * Every perfil with the same number of eligible evaluators (among evaluators of the nivel central, with no
 * conflicts but the explicit exclusions) and a cap just above the average load: the greedy's "most
 * constrained perfil first" cannot help, so these instances need the augmenting and improving paths.
 */
function igualesElegibles(max: { perfiles: number; evaluadores: number; carga: number }): fc.Arbitrary<EntradaAsignacion> {
  return fc.record({ nE: fc.integer({ min: 2, max: max.evaluadores }), k: fc.integer({ min: 1, max: 3 }) }).chain(({ nE, k }) => {
    const ids = Array.from({ length: nE }, (_, j) => `ev-${(j * 7) % 11}-${j}`);
    return fc
      .record({
        cargas: fc.array(fc.nat({ max: max.carga }), { minLength: nE, maxLength: nE }),
        perfiles: fc.array(
          fc.record({ necesita: fc.integer({ min: 1, max: Math.min(2, nE) }), orden: fc.shuffledSubarray(ids, { minLength: nE }) }),
          { minLength: 1, maxLength: max.perfiles },
        ),
        tope: fc.oneof(fc.nat({ max: 1 }), fc.constant(Infinity)),
      })
      .map(({ cargas, perfiles, tope }): EntradaAsignacion => {
        const demanda = perfiles.reduce((a, p) => a + p.necesita, 0) + cargas.reduce((a, c) => a + c, 0);
        return {
          evaluadores: ids.map((id, j) => ({ id, region: null, organizacionIds: [], rut: null, carga: cargas[j] })),
          perfiles: perfiles.map((p, i) => ({
            id: `pf-${(i * 5) % 13}-${i}`,
            region: "08",
            organizacionId: null,
            rutPostulante: null,
            necesita: p.necesita,
            excluidos: p.orden.slice(Math.max(k, p.necesita)),
          })),
          tope: tope === Infinity ? 1000 : Math.ceil(demanda / nE) + tope,
          reglaRegion: "cualquiera",
        };
      });
  });
}

/** Min-cost max-flow by successive shortest paths (Bellman-Ford), on the explicit graph of the problem. */
function referencia(e: EntradaAsignacion) {
  const P = e.perfiles.length,
    E = e.evaluadores.length;
  const s = 0,
    t = P + E + 1;
  const to: number[] = [],
    cap: number[] = [],
    cost: number[] = [],
    sal: number[][] = Array.from({ length: t + 1 }, () => []);
  const arco = (u: number, v: number, c: number, w: number) => {
    sal[u].push(to.length);
    to.push(v);
    cap.push(c);
    cost.push(w);
    sal[v].push(to.length);
    to.push(u);
    cap.push(0);
    cost.push(-w);
  };
  e.perfiles.forEach((p, i) => {
    arco(s, 1 + i, p.necesita, 0);
    e.evaluadores.forEach((ev, j) => {
      if (motivoExclusion(p, ev, e.reglaRegion) === null) arco(1 + i, 1 + P + j, 1, 0);
    });
  });
  const unidades: number[][] = e.evaluadores.map(() => []);
  e.evaluadores.forEach((ev, j) => {
    for (let k = 1; ev.carga + k <= e.tope; k++) {
      unidades[j].push(to.length);
      arco(1 + P + j, t, 1, ev.carga + k);
    }
  });
  let flujo = 0;
  for (;;) {
    const dist = new Array<number>(t + 1).fill(Infinity),
      por = new Array<number>(t + 1).fill(-1);
    dist[s] = 0;
    for (let cambio = true; cambio; ) {
      cambio = false;
      for (let u = 0; u <= t; u++) {
        if (dist[u] === Infinity) continue;
        for (const a of sal[u]) {
          if (cap[a] > 0 && dist[u] + cost[a] < dist[to[a]]) {
            dist[to[a]] = dist[u] + cost[a];
            por[to[a]] = a;
            cambio = true;
          }
        }
      }
    }
    if (dist[t] === Infinity) break;
    for (let v = t; v !== s; v = to[por[v] ^ 1]) {
      cap[por[v]]--;
      cap[por[v] ^ 1]++;
    }
    flujo++;
  }
  const cargas = e.evaluadores.map((ev, j) => ev.carga + unidades[j].filter((a) => cap[a] === 0).length);
  return { flujo, sumaCuadrados: cargas.reduce((a, c) => a + c * c, 0) };
}

/** The hard rules of every successful result; returns the final loads by evaluator id. */
function comprobarReglas(e: EntradaAsignacion, r: Extract<ResultadoAsignacion, { ok: true }>) {
  const perfilPorId = new Map(e.perfiles.map((p) => [p.id, p]));
  const evaluadorPorId = new Map(e.evaluadores.map((x) => [x.id, x]));
  const nuevas = new Map<string, number>();
  const vistos = new Set<string>();
  for (const { perfilId, evaluadorId } of r.asignaciones) {
    const p = perfilPorId.get(perfilId)!,
      ev = evaluadorPorId.get(evaluadorId)!;
    expect(motivoExclusion(p, ev, e.reglaRegion)).toBeNull();
    const par = `${perfilId}|${evaluadorId}`;
    expect(vistos.has(par)).toBe(false);
    vistos.add(par);
    nuevas.set(evaluadorId, (nuevas.get(evaluadorId) ?? 0) + 1);
  }
  for (const p of e.perfiles) expect(r.asignaciones.filter((a) => a.perfilId === p.id)).toHaveLength(p.necesita);
  expect(Object.keys(r.cargas).sort()).toEqual(e.evaluadores.map((x) => x.id).sort());
  for (const ev of e.evaluadores) {
    const n = nuevas.get(ev.id) ?? 0;
    expect(r.cargas[ev.id]).toBe(ev.carga + n);
    if (n > 0) expect(r.cargas[ev.id]).toBeLessThanOrEqual(e.tope);
  }
  const orden = r.asignaciones.map((a) => [a.perfilId, a.evaluadorId] as const);
  expect(orden).toEqual([...orden].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
}

/**
 * Optimality without a reference: no evaluator of load L reaches, by an alternating path (give one of its
 * perfiles to another eligible evaluator, who gives one of theirs…), an evaluator with room and load ≤ L − 2.
 */
function sinCaminoDeMejora(e: EntradaAsignacion, r: Extract<ResultadoAsignacion, { ok: true }>): boolean {
  const evs = e.evaluadores.map((x) => x.id);
  const perfilesDe = new Map(evs.map((id) => [id, r.asignaciones.filter((a) => a.evaluadorId === id).map((a) => a.perfilId)]));
  const enPerfil = new Map(e.perfiles.map((p) => [p.id, new Set(r.asignaciones.filter((a) => a.perfilId === p.id).map((a) => a.evaluadorId))]));
  const elegibles = new Map(
    e.perfiles.map((p) => [p.id, e.evaluadores.filter((x) => motivoExclusion(p, x, e.reglaRegion) === null).map((x) => x.id)]),
  );
  for (const origen of evs) {
    const vistos = new Set([origen]);
    const cola = [origen];
    while (cola.length) {
      const ev = cola.shift()!;
      for (const p of perfilesDe.get(ev)!) {
        for (const otro of elegibles.get(p)!) {
          if (vistos.has(otro) || enPerfil.get(p)!.has(otro)) continue;
          if (r.cargas[otro] < e.tope && r.cargas[otro] <= r.cargas[origen] - 2) return false;
          vistos.add(otro);
          cola.push(otro);
        }
      }
    }
  }
  return true;
}

const MOTIVO = /^(falta 1 evaluador elegible|faltan ([2-9]|\d\d+) evaluadores elegibles) para la (r|R)egión .+ \(afecta a (1 perfil|\d+ perfiles)\)$/;
const MOTIVO_TOPE = /^el tope de (1 perfil|\d+ perfiles) por evaluador no alcanza( para los perfiles de .+)?: (falta 1 cupo|faltan (\d+) cupos)$/;

describe("asignarEvaluadores: propiedades", () => {
  it("instancias pequeñas: reglas duras, factibilidad y costo mínimo iguales a un flujo de costo mínimo de referencia", () => {
    fc.assert(
      fc.property(fc.oneof(instancia({ perfiles: 7, evaluadores: 6, necesita: 3, tope: 6, carga: 4 }), igualesElegibles({ perfiles: 10, evaluadores: 7, carga: 2 })), (e) => {
        const r = asignarEvaluadores(e);
        const ref = referencia(e);
        const demanda = e.perfiles.reduce((a, p) => a + p.necesita, 0);
        if (r.ok) {
          expect(ref.flujo).toBe(demanda);
          comprobarReglas(e, r);
          expect(Object.values(r.cargas).reduce((a, c) => a + c * c, 0)).toBe(ref.sumaCuadrados);
        } else {
          expect(ref.flujo).toBeLessThan(demanda);
          expect(r).not.toHaveProperty("asignaciones");
          // Short on eligible evaluators (whatever the cap) and short on cap are reported apart.
          const cortos = e.perfiles.filter((p) => e.evaluadores.filter((x) => motivoExclusion(p, x, e.reglaRegion) === null).length < p.necesita);
          const faltaElegibles = cortos.reduce(
            (a, p) => a + p.necesita - e.evaluadores.filter((x) => motivoExclusion(p, x, e.reglaRegion) === null).length,
            0,
          );
          const cupos = demanda - faltaElegibles - ref.flujo;
          const deTope = r.motivos.filter((m) => MOTIVO_TOPE.test(m));
          const deElegibles = r.motivos.filter((m) => MOTIVO.test(m));
          expect(deTope.length + deElegibles.length).toBe(r.motivos.length);
          expect(deElegibles.length).toBe(new Set(cortos.map((p) => p.region)).size);
          if (cupos === 0) expect(deTope).toEqual([]);
          else {
            expect(deTope).toHaveLength(1);
            expect(deTope[0]).toMatch(cupos === 1 ? /: falta 1 cupo$/ : new RegExp(`: faltan ${cupos} cupos$`));
            expect(deTope[0]).toMatch(new RegExp(`^el tope de ${e.tope} `));
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it("instancias medianas: reglas duras y ningún camino de mejora", () => {
    fc.assert(
      fc.property(fc.oneof(instancia({ perfiles: 60, evaluadores: 12, necesita: 3, tope: 25, carga: 10 }), igualesElegibles({ perfiles: 50, evaluadores: 12, carga: 6 })), (e) => {
        const r = asignarEvaluadores(e);
        if (!r.ok) return;
        comprobarReglas(e, r);
        expect(sinCaminoDeMejora(e, r)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("el mismo resultado con perfiles, evaluadores, exclusiones y organizaciones en cualquier orden", () => {
    const conPermutaciones = instancia({ perfiles: 25, evaluadores: 8, necesita: 3, tope: 12, carga: 3 }).chain((e) =>
      fc.record({
        e: fc.constant(e),
        perfiles: fc.shuffledSubarray([...e.perfiles], { minLength: e.perfiles.length }),
        evaluadores: fc.shuffledSubarray([...e.evaluadores], { minLength: e.evaluadores.length }),
      }),
    );
    fc.assert(
      fc.property(conPermutaciones, ({ e, perfiles, evaluadores }) => {
        const otra: EntradaAsignacion = {
          ...e,
          perfiles: perfiles.map((p) => ({ ...p, excluidos: [...p.excluidos].reverse() })),
          evaluadores: evaluadores.map((x) => ({ ...x, organizacionIds: [...x.organizacionIds].reverse() })),
        };
        expect(asignarEvaluadores(otra)).toEqual(asignarEvaluadores(e));
      }),
      { numRuns: 200 },
    );
  });

  it("sin exclusiones, con cargas iniciales iguales y un tope suficiente: las cargas difieren a lo más en uno", () => {
    const caso = fc
      .record({
        evaluadores: fc.integer({ min: 1, max: 25 }),
        carga: fc.nat({ max: 5 }),
        holgura: fc.nat({ max: 2 }),
        regla: fc.constantFrom("cualquiera" as const, "otra_region" as const),
      })
      .chain((c) =>
        fc.record({
          c: fc.constant(c),
          necesidades: fc.array(fc.integer({ min: 0, max: Math.min(3, c.evaluadores) }), { maxLength: 120 }),
        }),
      );
    fc.assert(
      fc.property(caso, ({ c, necesidades }) => {
        const total = necesidades.reduce((a, n) => a + n, 0);
        const e: EntradaAsignacion = {
          // The nivel central is "another region" for every perfil, so otra_region excludes nobody here.
          evaluadores: Array.from({ length: c.evaluadores }, (_, j) => ({ id: `e${j}`, region: null, organizacionIds: [], rut: null, carga: c.carga })),
          perfiles: necesidades.map((necesita, i) => ({ id: `p${i}`, region: "11", organizacionId: null, rutPostulante: null, necesita, excluidos: [] })),
          tope: c.carga + Math.ceil(total / c.evaluadores) + c.holgura,
          reglaRegion: c.regla,
        };
        const r = asignarEvaluadores(e);
        if (!r.ok) throw new Error(r.motivos.join("; "));
        comprobarReglas(e, r);
        const cargas = Object.values(r.cargas);
        expect(Math.max(...cargas) - Math.min(...cargas)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
