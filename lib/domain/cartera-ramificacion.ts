// The last step of the exact solve (issue 12): after the proven reduction (cartera-resolver.ts) some dozens
// of perfiles remain free, and the question is whether some portfolio beats the incumbent. A depth-first
// branch and bound answers it in milliseconds where HiGHS' wasm build needs hundreds (its per-node
// machinery: cuts, conflicts, heuristics); past a node limit the resolver hands the question to HiGHS.
// Pure and deterministic.
//
// Bounds at every node, valid for any multipliers z ≥ 0 (regions), w ≥ 0 (desafíos), λ ≥ 0 (budget); the
// resolver passes the LP's duals. For a portfolio x that covers the regions and keeps the desafío limit M:
//   1. Σ c_j x_j ≤ Σ c'_j x_j − Σ z_r + M Σ w_g,  c'_j = c_j + z_{r(j)} − w_{g(j)},  with the budget kept: the
//      undecided perfiles add at most the fractional knapsack of c' (Dantzig's bound, by c'/monto);
//   2. (with a limit) Σ c_j x_j ≤ Σ d_j x_j + λ·presupuesto − Σ z_r,  d_j = c_j + z_{r(j)} − λ·monto_j, with the
//      limit kept: each desafío adds at most its best d's for the places it has left.
// Scores are integers: a node whose bound is below `minimo` (an improvement needs that much) is pruned.
// Before searching, bound 1 probes each perfil (taken, then left out). During the search, a node dominated
// by an earlier one at the same depth (same regions covered and same room in each desafío, no more pesos
// left, no more score) is pruned: a dynamic programme over the many similar perfiles that make a
// knapsack's enumeration explode.
import { LIBRE, UNO, type Problema } from "./cartera-problema";

/** Nodes the dominance record keeps at most (two numbers each). */
const MAX_ESTADOS = 2_000_000;

/** z per region, w per desafío, λ of the budget: any values ≥ 0 give valid bounds. */
export type Multiplicadores = { region: ReadonlyMap<string, number>; grupo: ReadonlyMap<number, number>; presupuesto: number };

export type Busqueda =
  /** Exhausted: the best portfolio worth at least `minimo`, or null when there is none. */
  | { completa: true; seleccion: Set<number> | null; valor: number }
  /** Gave up at the node limit or at the deadline. */
  | { completa: false; causa: "nodos" | "tiempo" };

/** `plazo`: a Date.now() after which it gives up (checked every 1,024 nodes). */
export function ramificar(p: Problema, estado: Int8Array, mult: Multiplicadores, minimo: number, maxNodos: number, plazo = Infinity): Busqueda {
  const n = p.monto.length;
  const max = p.maxPorGrupo ?? Infinity;
  const limitado = p.maxPorGrupo !== null;
  const vacio = { completa: true as const, seleccion: null, valor: -Infinity };

  const indiceRegion = new Map<string, number>();
  for (const r of [...p.regiones, ...p.region]) if (!indiceRegion.has(r)) indiceRegion.set(r, indiceRegion.size);
  const regionDe = Int32Array.from(p.region, (r) => indiceRegion.get(r)!);
  const enGrupo = new Int32Array(Math.max(0, ...p.grupo) + 1);
  const cubiertas = new Int32Array(indiceRegion.size);

  const sumaZ = [...mult.region.values()].reduce((s, z) => s + z, 0);
  const prima = Float64Array.from(p.costo, (c, j) => c + (mult.region.get(p.region[j]) ?? 0) - (mult.grupo.get(p.grupo[j]) ?? 0));
  const d = Float64Array.from(p.costo, (c, j) => c + (mult.region.get(p.region[j]) ?? 0) - mult.presupuesto * p.monto[j]);
  let constante = -sumaZ + (limitado ? max * [...mult.grupo.values()].reduce((s, w) => s + w, 0) : 0);
  let constante2 = mult.presupuesto * p.presupuesto - sumaZ;
  let base = 0;
  let usado = 0;
  const fijos: number[] = [];
  const fijar1 = (j: number) => {
    fijos.push(j);
    base += p.costo[j];
    constante += prima[j];
    constante2 += d[j];
    usado += p.monto[j];
    enGrupo[p.grupo[j]]++;
    cubiertas[regionDe[j]]++;
  };
  let orden: number[] = [];
  for (let j = 0; j < n; j++) {
    if (estado[j] === UNO) fijar1(j);
    else if (estado[j] === LIBRE) orden.push(j);
  }
  const excedido = () => usado > p.presupuesto || enGrupo.some((c) => c > max);
  if (excedido()) return vacio;
  const margen = 1e-9 * (Math.abs(constante) + Math.abs(constante2) + orden.reduce((s, j) => s + Math.abs(prima[j]) + Math.abs(d[j]), 0) + Math.abs(minimo)) + 1e-6;

  // Branching order: best c' per peso first (bound 1's order too); those with c' ≤ 0 last.
  orden.sort((a, b) => prima[b] / p.monto[b] - prima[a] / p.monto[a] || a - b);

  /** Bound 1 over the perfiles in `orden` from position k on (`excluido` aside) with `capacidad` pesos. */
  function cotaOrden(k: number, capacidad: number, excluido: number): number {
    let suma = 0;
    for (let i = k; i < orden.length; i++) {
      const j = orden[i];
      if (prima[j] <= 0) break;
      if (j === excluido || enGrupo[p.grupo[j]] >= max) continue;
      if (p.monto[j] <= capacidad) {
        suma += prima[j];
        capacidad -= p.monto[j];
      } else return suma + (prima[j] * capacidad) / p.monto[j];
    }
    return suma;
  }

  // Probing: a perfil that cannot reach `minimo` taken is left out; one that cannot reach it left out is
  // taken. Repeated while it fixes something.
  for (let cambio = true; cambio; ) {
    cambio = false;
    for (const j of [...orden]) {
      const capacidad = p.presupuesto - usado;
      const tomado = p.monto[j] <= capacidad && enGrupo[p.grupo[j]] < max ? constante + prima[j] + cotaOrden(0, capacidad - p.monto[j], j) : -Infinity;
      if (tomado + margen < minimo) orden = orden.filter((x) => x !== j);
      else if (constante + cotaOrden(0, capacidad, j) + margen < minimo) {
        orden = orden.filter((x) => x !== j);
        fijar1(j);
        if (excedido()) return vacio;
      } else continue;
      cambio = true;
    }
  }

  // Branching order. Without a limit, by c'/monto (the knapsack's natural order). With one, desafío by
  // desafío (each by c'/monto): once a desafío is decided its room no longer matters, so nodes that differ
  // only in how they used it meet in the dominance record below, a dynamic programme over desafíos.
  if (limitado) {
    const primero = new Map<number, number>();
    orden.forEach((j, k) => {
      if (!primero.has(p.grupo[j])) primero.set(p.grupo[j], k);
    });
    orden = orden.map((j, k) => [j, k]).sort((a, b) => primero.get(p.grupo[a[0]])! - primero.get(p.grupo[b[0]])! || a[1] - b[1]).map(([j]) => j);
  }

  // The search works on positions in `orden`, with the perfiles' data copied in that order.
  const L = orden.length;
  const monto = Float64Array.from(orden, (j) => p.monto[j]);
  const costo = Float64Array.from(orden, (j) => p.costo[j]);
  const primaP = Float64Array.from(orden, (j) => prima[j]);
  const dP = Float64Array.from(orden, (j) => d[j]);
  const grupoP = Int32Array.from(orden, (j) => p.grupo[j]);
  const regionP = Int32Array.from(orden, (j) => regionDe[j]);

  // Regions still to cover, each with its last chance: at depth k, those whose last perfil was k − 1.
  const faltan = p.regiones.map((r) => indiceRegion.get(r)!).filter((r) => cubiertas[r] === 0);
  const venceEn: number[][] = Array.from({ length: L + 1 }, () => []);
  for (const r of faltan) {
    const ultima = regionP.lastIndexOf(r);
    if (ultima < 0) return vacio;
    venceEn[ultima + 1].push(r);
  }
  const bitRegion = new Float64Array(indiceRegion.size);
  faltan.forEach((r, i) => (bitRegion[r] = 2 ** i));

  // Dominance record. With a limit, what matters of a desafío for the rest of the search is how many more
  // of it could still be taken: min(places left, its perfiles not yet decided).
  const grupos = limitado ? [...new Set(grupoP)] : [];
  const pesoGrupo = grupos.map((_, i) => 2 ** faltan.length * (max + 1) ** i);
  const restantes = new Int32Array((L + 1) * grupos.length);
  for (let k = L - 1; k >= 0; k--) {
    grupos.forEach((g, i) => (restantes[k * grupos.length + i] = restantes[(k + 1) * grupos.length + i] + (grupoP[k] === g ? 1 : 0)));
  }
  const conMemoria = 2 ** faltan.length * (limitado ? (max + 1) ** grupos.length : 1) < 2 ** 50;
  const frentes: Map<number, number[]>[] = Array.from({ length: L }, () => new Map());
  let estados = 0;
  let mascara = 0;

  /** Dominated by a recorded node (pesos spent ≤, score ≥)? If not, recorded. Fronts: [gasto, valor, …] by gasto, valor rising. */
  function dominado(k: number, gasto: number, valor: number): boolean {
    let clave = mascara;
    for (let i = 0; i < grupos.length; i++) clave += pesoGrupo[i] * Math.min(max - enGrupo[grupos[i]], restantes[k * grupos.length + i]);
    const frente = frentes[k].get(clave);
    if (!frente) {
      if (estados < MAX_ESTADOS) {
        frentes[k].set(clave, [gasto, valor]);
        estados++;
      }
      return false;
    }
    // The last entry spending ≤ gasto has the best score among those.
    let lo = 0;
    let hi = frente.length / 2 - 1;
    let i = -1;
    while (lo <= hi) {
      const m = (lo + hi) >> 1;
      if (frente[2 * m] <= gasto) {
        i = m;
        lo = m + 1;
      } else hi = m - 1;
    }
    if (i >= 0 && frente[2 * i + 1] >= valor) return true;
    if (estados < MAX_ESTADOS) {
      // Drop the entries this one dominates (spending ≥ gasto, scoring ≤ valor), then insert it.
      let fin = i + 1;
      while (fin < frente.length / 2 && frente[2 * fin + 1] <= valor) fin++;
      frente.splice(2 * (i + 1), 2 * (fin - i - 1), gasto, valor);
      estados += 1 - (fin - i - 1);
    }
    return false;
  }

  // Bound 1 takes the undecided positions by c'/monto, whatever the branching order.
  const porRazon = Int32Array.from(
    Array.from({ length: L }, (_, k) => k).sort((a, b) => primaP[b] / monto[b] - primaP[a] / monto[a] || a - b),
  );
  function cota1(k: number, capacidad: number): number {
    let suma = 0;
    for (let q = 0; q < L; q++) {
      const i = porRazon[q];
      if (primaP[i] <= 0) break;
      if (i < k) continue;
      if (enGrupo[grupoP[i]] >= max) continue;
      if (monto[i] <= capacidad) {
        suma += primaP[i];
        capacidad -= monto[i];
      } else return suma + (primaP[i] * capacidad) / monto[i];
    }
    return suma;
  }

  // Bound 2: each desafío's positions by d, best first (only positive d can add).
  const porGrupoD = grupos.map((g) =>
    Int32Array.from(
      Array.from({ length: L }, (_, k) => k)
        .filter((k) => grupoP[k] === g && dP[k] > 0)
        .sort((a, b) => dP[b] - dP[a] || a - b),
    ),
  );
  function cota2(k: number): number {
    let suma = 0;
    for (let i = 0; i < grupos.length; i++) {
      const posiciones = porGrupoD[i];
      let lugares = max - enGrupo[grupos[i]];
      for (let q = 0; q < posiciones.length && lugares > 0; q++) {
        if (posiciones[q] < k) continue;
        suma += dP[posiciones[q]];
        lugares--;
      }
    }
    return suma;
  }

  let umbral = minimo;
  let mejor: number[] | null = null;
  let mejorValor = -Infinity;
  const tomados = new Uint8Array(L);
  let nodos = 0;
  let causa: "nodos" | "tiempo" = "nodos";

  function buscar(k: number, capacidad: number, valor: number, primaTomada: number, dTomada: number): boolean {
    if (++nodos > maxNodos) return false;
    if ((nodos & 1023) === 0 && Date.now() > plazo) {
      causa = "tiempo";
      return false;
    }
    for (const r of venceEn[k]) if (cubiertas[r] === 0) return true;
    if (k === L) {
      if (base + valor >= umbral) {
        mejor = orden.filter((_, i) => tomados[i]);
        mejorValor = base + valor;
        umbral = mejorValor + 1;
      }
      return true;
    }
    if (constante + primaTomada + cota1(k, capacidad) + margen < umbral) return true;
    if (limitado && constante2 + dTomada + cota2(k) + margen < umbral) return true;
    if (conMemoria && dominado(k, p.presupuesto - capacidad, valor)) return true;
    const g = grupoP[k];
    const r = regionP[k];
    if (monto[k] <= capacidad && enGrupo[g] < max) {
      const nueva = cubiertas[r] === 0 ? bitRegion[r] : 0;
      tomados[k] = 1;
      enGrupo[g]++;
      cubiertas[r]++;
      mascara += nueva;
      const sigue = buscar(k + 1, capacidad - monto[k], valor + costo[k], primaTomada + primaP[k], dTomada + dP[k]);
      mascara -= nueva;
      cubiertas[r]--;
      enGrupo[g]--;
      tomados[k] = 0;
      if (!sigue) return false;
    }
    return buscar(k + 1, capacidad, valor, primaTomada, dTomada);
  }

  if (Date.now() > plazo) return { completa: false, causa: "tiempo" };
  if (!buscar(0, p.presupuesto - usado, 0, 0, 0)) return { completa: false, causa };
  const final: number[] | null = mejor;
  return final ? { completa: true, seleccion: new Set([...fijos, ...final]), valor: mejorValor } : vacio;
}
