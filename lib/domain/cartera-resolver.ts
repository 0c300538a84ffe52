// Exact solve of a Problema (issue 12): HiGHS (MILP, wasm) with zero optimality gap, preceded by a proven
// reduction so that it answers within the aim (docs/decisions/0015-optimizador-cartera.md).
//
// 1. Bound: HiGHS solves the LP relaxation; its row duals y (any y of the right sign will do: HiGHS only
//    supplies a good one) give the Lagrangian bound  L(y) = Σ_rows y_r·b_r + Σ_j max(0, c̄_j)  with
//    c̄ = c − Aᵀy, which no portfolio exceeds; one that takes perfil j is worth at most L(y) − max(0, −c̄_j),
//    one that leaves it out at most L(y) − max(0, c̄_j).
// 2. Incumbent: the heuristic's portfolio guided by c̄ (or the caller's, if better), value LB.
// 3. Reduced-cost fixing: scores are integers here, so a better portfolio is worth at least LB + 1; a
//    perfil whose bound when taken is below that is left out, one whose bound when left out is below it is
//    forced in. Computed in JavaScript from the duals, with a margin for rounding: it does not rely on the
//    LP's tolerances.
// 4. Whether a portfolio worth LB + 1 exists among what is left: a depth-first branch and bound
//    (cartera-ramificacion.ts), or, past its limits, HiGHS on the reduced problem with mip_rel_gap =
//    mip_abs_gap = 0. If neither finds one, the incumbent is optimal.
// Small problems (under MIN_PARA_REDUCIR free perfiles) go to HiGHS directly. Every portfolio the search or
// HiGHS returns is checked in integers (esFactible) before it is used.
import type { Highs } from "highs";
import { carteraHeuristica } from "./cartera-heuristica";
import { CERO, esFactible, filas, LIBRE, textoLP, UNO, valor, type Fila, type Problema } from "./cartera-problema";
import { ramificar, type Multiplicadores } from "./cartera-ramificacion";

/** The part of a loaded HiGHS this module uses: the one-shot solve of an LP-format model. */
export type Solver = Pick<Highs, "solve">;

// Zero gap: HiGHS stops only when no portfolio can beat its answer. Its other tolerances stay at their
// defaults: with mip_feasibility_tolerance 1e-9 this build answered "Optimal" with a worse portfolio on a
// 7-variable model (found by the property test against brute force).
export const OPCIONES_HIGHS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 } as const;

/** Below this many free variables HiGHS alone is as fast as the reduction. */
export const MIN_PARA_REDUCIR = 40;
/** Nodes of the branch and bound (about 0.5 µs each) before it hands the reduced problem to HiGHS. */
const MAX_NODOS = 5_000_000;

/** Raised when a time limit ends a solve before its optimum is proven: never a portfolio that is not optimal. */
export class SinTiempo extends Error {
  constructor(segundos: number) {
    super(`No se pudo demostrar la cartera óptima en ${segundos} s.`);
    this.name = "SinTiempo";
  }
}

export type Solucion = { factible: true; seleccion: Set<number>; valor: number } | { factible: false };

/** HiGHS on the variables not left out; `limite`: seconds it may take. */
function resolverMip(highs: Solver, p: Problema, estado: Int8Array, limite: number | undefined): Solucion {
  const lista = filas(p, estado);
  if (!lista) return { factible: false };
  if (lista[0].vars.length === 0) {
    const vacia = new Set<number>();
    return esFactible(p, vacia) ? { factible: true, seleccion: vacia, valor: 0 } : { factible: false };
  }
  const r = highs.solve(textoLP(p, estado, lista, true), { ...OPCIONES_HIGHS, ...(limite ? { time_limit: limite } : {}) });
  if (r.Status === "Infeasible") return { factible: false };
  if (r.Status === "Time limit reached" && limite) throw new SinTiempo(Math.ceil(limite));
  if (r.Status !== "Optimal") throw new Error(`El optimizador terminó sin demostrar el óptimo (estado de HiGHS: ${r.Status}).`);
  const seleccion = new Set<number>();
  for (const j of lista[0].vars) if (r.Columns[`x${j}`].Primal > 0.5) seleccion.add(j);
  if (!esFactible(p, seleccion)) throw new Error("HiGHS entregó una cartera que no cumple las reglas (error numérico).");
  return { factible: true, seleccion, valor: valor(p, seleccion) };
}

type Cota = { cota: number; reducido: Float64Array; vars: readonly number[]; mult: Multiplicadores };

/** L(y), the reduced scores c̄ and the multipliers, from the LP's row duals read with one sign convention. */
function cotaLagrangiana(p: Problema, estado: Int8Array, lista: readonly Fila[], duales: readonly number[], signo: 1 | -1): Cota {
  const reducido = Float64Array.from(p.costo);
  const region = new Map<string, number>();
  const grupo = new Map<number, number>();
  let presupuesto = 0;
  let cota = 0;
  lista.forEach((f, k) => {
    // A ≤ row takes y ≥ 0, a ≥ row z ≥ 0 with weight −z; the wrong sign is clamped to 0 (still a bound).
    const y = f.tipo === "max" ? Math.max(0, signo * duales[k]) : -Math.max(0, -signo * duales[k]);
    if (y === 0) return;
    cota += y * f.cota;
    for (const j of f.vars) reducido[j] -= y * (f.coef ? f.coef[j] : 1);
    if (f.nombre.startsWith("region_")) region.set(f.nombre.slice("region_".length), -y);
    if (f.nombre.startsWith("desafio_")) grupo.set(Number(f.nombre.slice("desafio_".length)), y);
    if (f.nombre === "presupuesto") presupuesto = y;
  });
  for (const j of lista[0].vars) cota += estado[j] === UNO ? reducido[j] : Math.max(0, reducido[j]);
  return { cota, reducido, vars: lista[0].vars, mult: { region, grupo, presupuesto } };
}

/** The Lagrangian bound from the LP relaxation's duals; null if HiGHS has no optimal LP (then no reduction). */
function cotaDelLP(highs: Solver, p: Problema, estado: Int8Array): Cota | null {
  const lista = filas(p, estado);
  if (!lista || lista[0].vars.length === 0) return null;
  const r = highs.solve(textoLP(p, estado, lista, false), { output_flag: false });
  if (r.Status !== "Optimal") return null;
  const duales = r.Rows.map((f) => ("Dual" in f ? f.Dual : 0));
  const a = cotaLagrangiana(p, estado, lista, duales, 1);
  const b = cotaLagrangiana(p, estado, lista, duales, -1);
  return a.cota <= b.cota ? a : b;
}

/** Leaves out (or forces in) the perfiles that cannot be part of a portfolio worth more than `mejor`. */
function fijar(c: Cota, estado: Int8Array, mejor: number) {
  const umbral = mejor + 1 - (1e-9 * Math.abs(c.cota) + 1e-6);
  for (const j of c.vars) {
    if (estado[j] !== LIBRE) continue;
    if (c.reducido[j] < 0 && c.cota + c.reducido[j] < umbral) estado[j] = CERO;
    else if (c.reducido[j] > 0 && c.cota - c.reducido[j] < umbral) estado[j] = UNO;
  }
}

export type OpcionesResolver = {
  /** A portfolio known to satisfy every rule of `p` (e.g. the optimum of a tighter problem). */
  inicial?: ReadonlySet<number>;
  /** Time limit of the whole solve, seconds; reaching it throws SinTiempo (the answer would not be proven optimal). */
  limiteSegundos?: number;
  /** false: HiGHS alone on the whole problem (tests and the bench compare both paths). Default true. */
  reducir?: boolean;
  /** Tests: reduce from this many free variables (default MIN_PARA_REDUCIR) and cap the search's nodes. */
  minParaReducir?: number;
  maxNodos?: number;
  /** Tests: false starts from `inicial` alone (a poor one makes the fixing and the search do the work). */
  heuristica?: boolean;
};

export function resolverProblema(highs: Solver, p: Problema, opciones: OpcionesResolver = {}): Solucion {
  const n = p.monto.length;
  const plazo = opciones.limiteSegundos ? Date.now() + 1000 * opciones.limiteSegundos : Infinity;
  const restante = () => {
    if (plazo === Infinity) return undefined;
    const s = (plazo - Date.now()) / 1000;
    if (s <= 0) throw new SinTiempo(opciones.limiteSegundos!);
    return s;
  };
  const limite = opciones.limiteSegundos;
  const estado = new Int8Array(n);
  for (let j = 0; j < n; j++) if (p.fija[j]) estado[j] = UNO;
  const libres = n - p.fija.filter(Boolean).length;
  if (opciones.reducir === false || libres < (opciones.minParaReducir ?? MIN_PARA_REDUCIR)) return resolverMip(highs, p, estado, limite);

  const cota = cotaDelLP(highs, p, estado);
  if (!cota) return resolverMip(highs, p, estado, limite);

  let incumbente = opciones.heuristica === false ? null : carteraHeuristica(p, cota.reducido);
  if (opciones.inicial && esFactible(p, opciones.inicial) && (!incumbente || valor(p, opciones.inicial) > valor(p, incumbente))) {
    incumbente = new Set(opciones.inicial);
  }
  if (!incumbente) return resolverMip(highs, p, estado, limite);
  const mejor = valor(p, incumbente);

  fijar(cota, estado, mejor);
  let mejora: Solucion;
  const b = ramificar(p, estado, cota.mult, mejor + 1, opciones.maxNodos ?? MAX_NODOS, plazo);
  if (b.completa) {
    if (b.seleccion && !esFactible(p, b.seleccion)) throw new Error("La búsqueda entregó una cartera que no cumple las reglas.");
    mejora = b.seleccion ? { factible: true, seleccion: b.seleccion, valor: valor(p, b.seleccion) } : { factible: false };
  } else if (b.causa === "tiempo") throw new SinTiempo(opciones.limiteSegundos!);
  else mejora = resolverMip(highs, p, estado, restante());
  if (mejora.factible && mejora.valor > mejor) return mejora;
  return { factible: true, seleccion: incumbente, valor: mejor };
}
