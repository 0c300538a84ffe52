// The portfolio problem as the solver sees it (issue 12): one 0/1 variable per eligible perfil, already
// reduced to numbers. Built by lib/domain/cartera.ts from the committee's entrada; written out here in the
// CPLEX LP format that HiGHS reads. Pure.
//
//   maximise   Σ costo_j·x_j                       (costo: the score scaled to an integer)
//   subject to Σ monto_j·x_j ≤ presupuesto         (integer pesos)
//              Σ_{j in region r} x_j ≥ 1            for every region r in `regiones`
//              Σ_{j in desafío g} x_j ≤ maxPorGrupo (when set)
//              x_j = 1 for the committee's pins; x_j ∈ {0, 1}

export type Problema = {
  presupuesto: number;
  /** Per variable: amount in integer pesos (> 0). */
  monto: readonly number[];
  /** Per variable: score × escala, an integer. */
  costo: readonly number[];
  /** Per variable: CUT code of its region. */
  region: readonly string[];
  /** Per variable: index of its desafío. */
  grupo: readonly number[];
  /** Per variable: pinned to 1 by the committee. */
  fija: readonly boolean[];
  /** Regions that need at least one selected perfil. */
  regiones: readonly string[];
  /** At most this many per desafío; null: no limit. */
  maxPorGrupo: number | null;
};

/** Per variable while solving: LIBRE (0 or 1), CERO (left out), UNO (forced in). */
export const LIBRE = 0,
  CERO = -1,
  UNO = 1;

/** A constraint Σ coef_j·x_j ≤ cota ("max") or ≥ cota ("min") over `vars`; coef absent: all 1. */
export type Fila = { nombre: string; tipo: "max" | "min"; cota: number; vars: number[]; coef?: readonly number[] };

/**
 * The constraint rows over the variables not fixed to CERO, in the order they are written. A region
 * already covered by a variable fixed to UNO needs no row, nor a desafío whose variables cannot exceed the
 * limit. Null when a region to cover has no variable left: no solution exists.
 */
export function filas(p: Problema, estado: Int8Array): Fila[] | null {
  const presentes: number[] = [];
  for (let j = 0; j < estado.length; j++) if (estado[j] !== CERO) presentes.push(j);
  const resultado: Fila[] = [{ nombre: "presupuesto", tipo: "max", cota: p.presupuesto, vars: presentes, coef: p.monto }];

  const porRegion = new Map<string, number[]>();
  const cubierta = new Set<string>();
  for (const j of presentes) {
    if (estado[j] === UNO) cubierta.add(p.region[j]);
    const lista = porRegion.get(p.region[j]);
    if (lista) lista.push(j);
    else porRegion.set(p.region[j], [j]);
  }
  for (const r of p.regiones) {
    if (cubierta.has(r)) continue;
    const vars = porRegion.get(r);
    if (!vars) return null;
    resultado.push({ nombre: `region_${r}`, tipo: "min", cota: 1, vars });
  }

  if (p.maxPorGrupo !== null) {
    const porGrupo = new Map<number, number[]>();
    for (const j of presentes) {
      const lista = porGrupo.get(p.grupo[j]);
      if (lista) lista.push(j);
      else porGrupo.set(p.grupo[j], [j]);
    }
    for (const [g, vars] of porGrupo) {
      if (vars.length > p.maxPorGrupo) resultado.push({ nombre: `desafio_${g}`, tipo: "max", cota: p.maxPorGrupo, vars });
    }
  }
  return resultado;
}

const termino = (coef: number, j: number) => `${coef < 0 ? "-" : "+"} ${Math.abs(coef)} x${j}`;

/**
 * The model in CPLEX LP format: integers only (pesos and scaled scores), so HiGHS reads it exactly.
 * `entera` false gives the LP relaxation (0 ≤ x ≤ 1), whose duals bound the integer problem.
 */
export function textoLP(p: Problema, estado: Int8Array, lista: readonly Fila[], entera: boolean): string {
  const presentes = lista[0].vars;
  const lineas = ["Maximize", ` puntaje: ${presentes.map((j) => termino(p.costo[j], j)).join(" ")}`, "Subject To"];
  for (const f of lista) {
    lineas.push(` ${f.nombre}: ${f.vars.map((j) => termino(f.coef ? f.coef[j] : 1, j)).join(" ")} ${f.tipo === "max" ? "<=" : ">="} ${f.cota}`);
  }
  lineas.push("Bounds");
  for (const j of presentes) lineas.push(estado[j] === UNO ? ` x${j} = 1` : ` 0 <= x${j} <= 1`);
  if (entera) lineas.push("General", ` ${presentes.map((j) => `x${j}`).join(" ")}`);
  lineas.push("End");
  return lineas.join("\n");
}

/** Σ costo over a selection (exact: integers well below 2^53). */
export function valor(p: Problema, seleccion: Iterable<number>): number {
  let v = 0;
  for (const j of seleccion) v += p.costo[j];
  return v;
}

/**
 * Does this selection satisfy every rule, checked in integers? Used on every answer the solver gives
 * (its tolerances are not trusted) and by the heuristic.
 */
export function esFactible(p: Problema, seleccion: ReadonlySet<number>): boolean {
  let monto = 0;
  const regiones = new Set<string>();
  const porGrupo = new Map<number, number>();
  for (const j of seleccion) {
    monto += p.monto[j];
    regiones.add(p.region[j]);
    porGrupo.set(p.grupo[j], (porGrupo.get(p.grupo[j]) ?? 0) + 1);
  }
  if (monto > p.presupuesto) return false;
  if (p.regiones.some((r) => !regiones.has(r))) return false;
  if (p.maxPorGrupo !== null && [...porGrupo.values()].some((n) => n > p.maxPorGrupo!)) return false;
  return p.fija.every((f, j) => !f || seleccion.has(j));
}
