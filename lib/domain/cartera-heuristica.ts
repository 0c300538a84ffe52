// A good feasible portfolio, fast, to start the exact search from (issue 12). Not an answer on its own:
// its value is the incumbent that lets lib/domain/cartera-resolver.ts discard, with a proof, the perfiles
// that cannot be in any better portfolio. Pure and deterministic.
//
// Guided by a value per perfil (`guia`: by default score minus the budget's going rate times the amount;
// the resolver passes the LP relaxation's reduced scores, which also price regions and desafíos):
// 1. the pins; 2. for each region still uncovered (fewest options first) its perfil of highest guía that
// fits; 3. fill by guía; 4. local search on the true score: the best swap of one selected perfil for one
// unselected, else the best exchange of one or two for one or two within a pool of promising perfiles,
// refilling after each, until nothing improves.
import { esFactible, type Problema } from "./cartera-problema";

type Estado = {
  sel: Set<number>;
  monto: number;
  porRegion: Map<string, number>;
  porGrupo: Map<number, number>;
};

/** Unselected perfiles tried in double exchanges: the best by guía, and the best few of each region. */
const TAMANO_POOL = 24;
const POR_REGION_POOL = 2;

const sumar = <K>(m: Map<K, number>, k: K, d: number) => m.set(k, (m.get(k) ?? 0) + d);

function agregar(p: Problema, e: Estado, j: number) {
  e.sel.add(j);
  e.monto += p.monto[j];
  sumar(e.porRegion, p.region[j], 1);
  sumar(e.porGrupo, p.grupo[j], 1);
}

function quitar(p: Problema, e: Estado, j: number) {
  e.sel.delete(j);
  e.monto -= p.monto[j];
  sumar(e.porRegion, p.region[j], -1);
  sumar(e.porGrupo, p.grupo[j], -1);
}

const hayCupo = (p: Problema, e: Estado, g: number) => p.maxPorGrupo === null || (e.porGrupo.get(g) ?? 0) < p.maxPorGrupo;

/** Adds perfiles in this order while they fit; only positive scores add value. */
function rellenar(p: Problema, e: Estado, orden: readonly number[]) {
  for (const j of orden) {
    if (p.costo[j] > 0 && !e.sel.has(j) && e.monto + p.monto[j] <= p.presupuesto && hayCupo(p, e, p.grupo[j])) agregar(p, e, j);
  }
}

/** Can these perfiles leave and those enter, every rule kept? */
function cambioValido(p: Problema, e: Estado, salen: readonly number[], entran: readonly number[], requerida: ReadonlySet<string>): boolean {
  let monto = e.monto;
  for (const i of salen) monto -= p.monto[i];
  for (const j of entran) monto += p.monto[j];
  if (monto > p.presupuesto) return false;
  const delta = (clave: (x: number) => string | number, k: string | number) =>
    entran.reduce((s, j) => s + (clave(j) === k ? 1 : 0), 0) - salen.reduce((s, i) => s + (clave(i) === k ? 1 : 0), 0);
  for (const i of salen) {
    const r = p.region[i];
    if (requerida.has(r) && (e.porRegion.get(r) ?? 0) + delta((x) => p.region[x], r) < 1) return false;
  }
  if (p.maxPorGrupo !== null) {
    for (const j of entran) if ((e.porGrupo.get(p.grupo[j]) ?? 0) + delta((x) => p.grupo[x], p.grupo[j]) > p.maxPorGrupo) return false;
  }
  return true;
}

/**
 * The best improving exchange (perfiles out, perfiles in), or null. `entrantes`: the candidates to enter,
 * by score, highest first; with `doble`, pairs out and pairs in as well (from the pool only).
 */
function mejorCambio(p: Problema, e: Estado, entrantes: readonly number[], requerida: ReadonlySet<string>, doble: boolean): [number[], number[]] | null {
  const sel = [...e.sel].filter((i) => !p.fija[i]);
  const salidas: number[][] = sel.map((i) => [i]);
  if (doble) for (let a = 0; a < sel.length; a++) for (let b = a + 1; b < sel.length; b++) salidas.push([sel[a], sel[b]]);
  const libres = entrantes.filter((j) => !e.sel.has(j));
  const entradas: number[][] = [[], ...libres.map((j) => [j])];
  if (doble) for (let a = 0; a < libres.length; a++) for (let b = a + 1; b < libres.length; b++) entradas.push([libres[a], libres[b]]);
  const suma = (xs: readonly number[]) => xs.reduce((s, x) => s + p.costo[x], 0);
  const valorEntrada = entradas.map(suma);
  const orden = entradas.map((_, k) => k).sort((a, b) => valorEntrada[b] - valorEntrada[a] || a - b);

  let mejor: [number[], number[]] | null = null;
  let ganancia = 0;
  for (const salen of salidas) {
    const pierde = suma(salen);
    for (const k of orden) {
      if (valorEntrada[k] - pierde <= ganancia) break;
      if (!cambioValido(p, e, salen, entradas[k], requerida)) continue;
      ganancia = valorEntrada[k] - pierde;
      mejor = [salen, entradas[k]];
      break;
    }
  }
  return mejor;
}

/** The default guía: score minus the going rate of a peso (score per peso of the first perfil a plain fill leaves out). */
function guiaPorTasa(p: Problema): Float64Array {
  const n = p.monto.length;
  const porRazon = Array.from({ length: n }, (_, j) => j).sort((a, b) => p.costo[b] / p.monto[b] - p.costo[a] / p.monto[a] || a - b);
  let tasa = 0;
  let usado = 0;
  for (const j of porRazon) {
    tasa = Math.max(0, p.costo[j] / p.monto[j]);
    if (usado + p.monto[j] > p.presupuesto) break;
    usado += p.monto[j];
  }
  return Float64Array.from(p.costo, (c, j) => c - tasa * p.monto[j]);
}

export function carteraHeuristica(p: Problema, guia: ArrayLike<number> = guiaPorTasa(p)): Set<number> | null {
  const n = p.monto.length;
  const e: Estado = { sel: new Set(), monto: 0, porRegion: new Map(), porGrupo: new Map() };
  for (let j = 0; j < n; j++) if (p.fija[j]) agregar(p, e, j);
  if (e.monto > p.presupuesto) return null;
  if (p.maxPorGrupo !== null && [...e.porGrupo.values()].some((c) => c > p.maxPorGrupo!)) return null;

  const indices = Array.from({ length: n }, (_, j) => j);
  const porGuia = [...indices].sort((a, b) => guia[b] - guia[a] || a - b);
  const porCosto = [...indices].sort((a, b) => p.costo[b] - p.costo[a] || a - b);
  const requerida = new Set(p.regiones);
  const porRegion = new Map<string, number[]>();
  for (const j of porGuia) {
    const l = porRegion.get(p.region[j]);
    if (l) l.push(j);
    else porRegion.set(p.region[j], [j]);
  }

  const faltan = p.regiones
    .filter((r) => !e.porRegion.get(r))
    .sort((a, b) => (porRegion.get(a)?.length ?? 0) - (porRegion.get(b)?.length ?? 0) || a.localeCompare(b));
  for (const r of faltan) {
    const elegido = (porRegion.get(r) ?? []).find((j) => e.monto + p.monto[j] <= p.presupuesto && hayCupo(p, e, p.grupo[j]));
    if (elegido === undefined) return null;
    agregar(p, e, elegido);
  }

  rellenar(p, e, porGuia);
  for (let vuelta = 0; vuelta < 10 * n; vuelta++) {
    let cambio = mejorCambio(p, e, porCosto, requerida, false);
    if (!cambio) {
      const fuera = (orden: readonly number[]) => orden.filter((j) => !e.sel.has(j));
      const pool = new Set(fuera(porGuia).slice(0, TAMANO_POOL));
      for (const r of p.regiones) for (const j of fuera(porRegion.get(r) ?? []).slice(0, POR_REGION_POOL)) pool.add(j);
      cambio = mejorCambio(p, e, [...pool].sort((a, b) => p.costo[b] - p.costo[a] || a - b), requerida, true);
    }
    if (!cambio) break;
    for (const i of cambio[0]) quitar(p, e, i);
    for (const j of cambio[1]) agregar(p, e, j);
    rellenar(p, e, porGuia);
  }
  return esFactible(p, e.sel) ? e.sel : null;
}
