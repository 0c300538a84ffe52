// The suggested portfolio of the selección (issue 12, SPEC "Selección"): the perfiles that maximise the
// total consolidated score within the budget, each amount within the band, at least one perfil in every
// region that has an eligible one, at most maxPorDesafio per desafío, and the committee's pins (incluir,
// excluir). Exact: HiGHS (MILP, wasm) with zero optimality gap on integer-scaled scores; see
// docs/decisions/0015-optimizador-cartera.md. When no portfolio exists it says why, in Spanish; when one
// does, it also reports what each constraint costs in score.
//
// Pure apart from the solver: optimizarCarteraCon takes a loaded HiGHS; optimizarCartera loads it once.
// A solve blocks the thread it runs on: the portal calls it through lib/seleccion/cartera-worker.ts.
import type { Highs } from "highs";
import { BANDA_POR_DEFECTO, validarEntrada, type EntradaValidada, type IdCandidato } from "./cartera-entrada";
import {
  motivoCobertura,
  motivoCoberturaPorDesafio,
  motivoFijaciones,
  motivoFijacionesPorDesafio,
  motivoFijacionesPresupuesto,
  type Fijacion,
} from "./cartera-motivos";
import type { Problema } from "./cartera-problema";
import { resolverProblema, SinTiempo, type Solver } from "./cartera-resolver";
import { REGIONES } from "./regiones";

export type { EntradaCartera, IdCandidato } from "./cartera-entrada";
export { SinTiempo, type Solver } from "./cartera-resolver";

/** Score lost to each constraint: the optimum without it minus the optimum with it (≥ 0). */
export type PreciosCartera = {
  /** Without the rule "at least one per region" (pins and limits kept); 0 when no region had to be covered. */
  coberturaRegional?: number;
  /** Without incluir and excluir, the same regions to cover (only when the entrada has pins). */
  fijaciones?: number;
  /** Without maxPorDesafio (only when the entrada sets it). */
  maxPorDesafio?: number;
};

export type ResultadoCartera =
  | {
      factible: true;
      /** Ids of the selected candidates, in the order of `candidatos`. */
      seleccion: IdCandidato[];
      /** Σ puntaje of the selection, from the original scores. */
      puntajeTotal: number;
      /** Σ monto of the selection, pesos. */
      montoTotal: number;
      /** Regions with a selected perfil, north to south. */
      regionesCubiertas: string[];
      /** Regions that had to be covered (those with an eligible candidate), north to south. */
      regionesElegibles: string[];
      precios?: PreciosCartera;
      /** Prices not proven within `limiteSegundos` (left out of `precios`). */
      preciosSinCalcular?: (keyof PreciosCartera)[];
      /** Scores were multiplied by `factor` and rounded; `exacta`: no rounding was needed. */
      escala: { factor: number; exacta: boolean };
    }
  | { factible: false; motivo: string };

export type OpcionesCartera = {
  /** Compute `precios` (up to three more solves, each started from the optimum). Default true. */
  precios?: boolean;
  /** Time limit per solve, seconds: the portfolio's reaching it throws SinTiempo (it would not be proven optimal); a price's leaves that price out. */
  limiteSegundos?: number;
  /** false: HiGHS on the whole model, without the proven reduction (tests compare both). Default true. */
  reducir?: boolean;
  /** Tests: take the reduction path from this many free perfiles, and cap the search's nodes (see cartera-resolver.ts). */
  minParaReducir?: number;
  maxNodos?: number;
};

let solver: Promise<Highs> | null = null;

/** HiGHS' wasm, loaded once per thread (≈ 50–100 ms). */
export function cargarSolver(): Promise<Highs> {
  solver ??= import("highs")
    .then((m) => m.default())
    .catch((e: unknown) => {
      solver = null;
      throw e;
    });
  return solver;
}

export async function optimizarCartera(entrada: unknown, opciones: OpcionesCartera = {}): Promise<ResultadoCartera> {
  return optimizarCarteraCon(await cargarSolver(), entrada, opciones);
}

const ORDEN_REGION = new Map<string, number>(REGIONES.map((r, i) => [r.cut, i]));
const porOrdenRegion = (a: string, b: string) => ORDEN_REGION.get(a)! - ORDEN_REGION.get(b)!;

/**
 * Scores become integers for the solver, so that "better" means "at least one unit better" and a zero gap
 * is exact. The factor is the smallest power of ten (up to 10⁶) that makes every score an integer; scores
 * with more decimals (5.3333…) are rounded to millionths, and the optimum is then exact for the rounded
 * scores (within k·0.5·10⁻⁶ of the true one, k perfiles selected, only when two portfolios are that close).
 * Integer costs stay ≤ 10⁹ whatever the scores' size.
 */
export function escalaPuntajes(puntajes: readonly number[]): { factor: number; exacta: boolean } {
  const maximo = Math.max(1, ...puntajes.map(Math.abs));
  const decimales = Math.max(0, Math.min(6, Math.floor(Math.log10(1e9 / maximo))));
  for (let d = 0; d <= decimales; d++) {
    const f = 10 ** d;
    // A millionth of the scaled unit absorbs binary noise (0.1 + 0.2 → 3.0000000000000004 tenths), nothing more.
    if (puntajes.every((p) => Math.abs(p * f - Math.round(p * f)) <= 1e-6)) return { factor: f, exacta: true };
  }
  return { factor: 10 ** decimales, exacta: false };
}

type Contexto = {
  e: EntradaValidada;
  grupoDe: Map<IdCandidato, number>;
  factor: number;
};

/** The Problema over these candidates (indices into e.candidatos). */
function problemaDe(ctx: Contexto, vars: readonly number[], fijos: ReadonlySet<number>, regiones: readonly string[]): Problema {
  const c = vars.map((i) => ctx.e.candidatos[i]);
  return {
    presupuesto: ctx.e.presupuesto,
    monto: c.map((x) => x.monto),
    costo: c.map((x) => Math.round(x.puntaje * ctx.factor)),
    region: c.map((x) => x.region),
    grupo: c.map((x) => ctx.grupoDe.get(x.desafio)!),
    fija: vars.map((i) => fijos.has(i)),
    regiones,
    maxPorGrupo: ctx.e.maxPorDesafio ?? null,
  };
}

const puntajeDe = (e: EntradaValidada, indices: readonly number[]) => indices.reduce((s, i) => s + e.candidatos[i].puntaje, 0);
const perdido = (sin: number, con: number) => (sin - con > 1e-9 * Math.max(1, Math.abs(con)) ? sin - con : 0);

export function optimizarCarteraCon(highs: Solver, entrada: unknown, opciones: OpcionesCartera = {}): ResultadoCartera {
  const validada = validarEntrada(entrada);
  if (!validada.ok) return { factible: false, motivo: validada.motivo };
  const e = validada.entrada;
  const banda = e.banda ?? BANDA_POR_DEFECTO;
  const max = e.maxPorDesafio ?? null;
  const cands = e.candidatos;
  const indice = new Map<IdCandidato, number>(cands.map((c, i) => [c.id, i]));
  const excluidos = new Set<IdCandidato>(e.excluir ?? []);
  const incluir = [...new Set<IdCandidato>(e.incluir ?? [])];
  const enBanda = (i: number) => cands[i].monto >= banda.min && cands[i].monto <= banda.max;

  // A pin the committee cannot have: unknown, also excluded, or outside the band.
  const malas: Fijacion[] = [];
  for (const id of incluir) {
    const i = indice.get(id);
    if (i === undefined) malas.push({ id, problema: "desconocido" });
    else if (excluidos.has(id)) malas.push({ id, problema: "excluido" });
    else if (!enBanda(i)) malas.push({ id, problema: "fuera-de-banda", monto: cands[i].monto });
  }
  if (malas.length) return { factible: false, motivo: motivoFijaciones(malas, banda) };
  const fijos = new Set(incluir.map((id) => indice.get(id)!));

  // Eligible: within the band and not excluded. A region "has an eligible perfil" when one of these is in it.
  const elegibles = cands.map((_, i) => i).filter((i) => enBanda(i) && !excluidos.has(cands[i].id));
  const regiones = [...new Set(elegibles.map((i) => cands[i].region))].sort(porOrdenRegion);

  if (max !== null) {
    const porDesafio = new Map<IdCandidato, IdCandidato[]>();
    for (const i of fijos) porDesafio.set(cands[i].desafio, [...(porDesafio.get(cands[i].desafio) ?? []), cands[i].id]);
    const excesos = [...porDesafio].filter(([, ids]) => ids.length > max).map(([desafio, ids]) => ({ desafio, ids }));
    if (excesos.length) return { factible: false, motivo: motivoFijacionesPorDesafio(excesos, max) };
  }
  const sumaFijos = [...fijos].reduce((s, i) => s + cands[i].monto, 0);
  if (sumaFijos > e.presupuesto) return { factible: false, motivo: motivoFijacionesPresupuesto(sumaFijos, e.presupuesto) };

  // Cheapest cover ignoring the desafío limit: the pins, plus the cheapest eligible perfil of each region
  // they leave uncovered. Above the budget, no portfolio exists.
  const cubiertas = new Set([...fijos].map((i) => cands[i].region));
  const masBarato = new Map<string, number>();
  for (const i of elegibles) {
    const r = cands[i].region;
    if (!cubiertas.has(r)) masBarato.set(r, Math.min(masBarato.get(r) ?? Infinity, cands[i].monto));
  }
  const costoCobertura = sumaFijos + [...masBarato.values()].reduce((s, m) => s + m, 0);
  if (costoCobertura > e.presupuesto) {
    return { factible: false, motivo: motivoCobertura(regiones, costoCobertura, e.presupuesto, fijos.size > 0, null) };
  }

  // Scaled over every candidate within the band, the excluded ones too: the price of the pins re-solves with
  // them, and a scale fitted only to the eligible scores could round an excluded one onto a tie.
  const escala = escalaPuntajes(cands.map((_, i) => i).filter(enBanda).map((i) => cands[i].puntaje));
  const grupoDe = new Map<IdCandidato, number>();
  for (const c of cands) if (!grupoDe.has(c.desafio)) grupoDe.set(c.desafio, grupoDe.size);
  const ctx: Contexto = { e, grupoDe, factor: escala.factor };
  const resolver = { limiteSegundos: opciones.limiteSegundos, reducir: opciones.reducir, minParaReducir: opciones.minParaReducir, maxNodos: opciones.maxNodos };

  const problema = problemaDe(ctx, elegibles, fijos, regiones);
  const sol = resolverProblema(highs, problema, resolver);
  if (!sol.factible) return { factible: false, motivo: motivoPorDesafio(highs, ctx, elegibles, fijos, regiones, opciones.limiteSegundos) };

  const seleccion = [...sol.seleccion].map((j) => elegibles[j]).sort((a, b) => a - b);
  const puntajeTotal = puntajeDe(e, seleccion);
  const resultado: ResultadoCartera = {
    factible: true,
    seleccion: seleccion.map((i) => cands[i].id),
    puntajeTotal,
    montoTotal: seleccion.reduce((s, i) => s + cands[i].monto, 0),
    regionesCubiertas: [...new Set(seleccion.map((i) => cands[i].region))].sort(porOrdenRegion),
    regionesElegibles: regiones,
    escala,
  };
  if (opciones.precios === false) return resultado;

  // The price of a rule: re-solve without it, starting from this optimum (feasible there too).
  const precios: PreciosCartera = {};
  const sinCalcular: (keyof PreciosCartera)[] = [];
  const relajar = (clave: keyof PreciosCartera, p: Problema, vars: readonly number[], inicial: Set<number>) => {
    try {
      const s = resolverProblema(highs, p, { ...resolver, inicial });
      if (!s.factible) throw new Error("Un problema relajado resultó infactible: no puede ocurrir.");
      precios[clave] = perdido(puntajeDe(e, [...s.seleccion].map((j) => vars[j])), puntajeTotal);
    } catch (error) {
      if (!(error instanceof SinTiempo)) throw error;
      sinCalcular.push(clave);
    }
  };
  if (regiones.length) relajar("coberturaRegional", { ...problema, regiones: [] }, elegibles, sol.seleccion);
  else precios.coberturaRegional = 0;
  if (incluir.length || excluidos.size) {
    // Without pins: every candidate within the band, none forced, the same regions to cover.
    const libres = cands.map((_, i) => i).filter(enBanda);
    const posicion = new Map(libres.map((i, j) => [i, j]));
    relajar("fijaciones", problemaDe(ctx, libres, new Set(), regiones), libres, new Set(seleccion.map((i) => posicion.get(i)!)));
  }
  if (max !== null) relajar("maxPorDesafio", { ...problema, maxPorGrupo: null }, elegibles, sol.seleccion);
  return { ...resultado, precios, ...(sinCalcular.length ? { preciosSinCalcular: sinCalcular } : {}) };
}

/**
 * The pre-checks passed, so only the desafío limit can stand in the way of coverage: name the regions whose
 * every eligible perfil belongs to a desafío the pins filled, or else find the cheapest cover under the
 * limit (a small MILP with the amounts as costs) and compare it with the budget.
 */
function motivoPorDesafio(highs: Solver, ctx: Contexto, elegibles: number[], fijos: Set<number>, regiones: string[], limite: number | undefined): string {
  const { e } = ctx;
  const max = e.maxPorDesafio ?? null;
  if (max === null) throw new Error("La cartera resultó infactible sin causa conocida: no puede ocurrir.");
  const llenos = new Map<IdCandidato, number>();
  for (const i of fijos) llenos.set(e.candidatos[i].desafio, (llenos.get(e.candidatos[i].desafio) ?? 0) + 1);
  const cubiertas = new Set<string>([...fijos].map((i) => e.candidatos[i].region));
  const bloqueadas = regiones
    .filter((r) => !cubiertas.has(r))
    .map((region) => ({ region, desafios: [...new Set(elegibles.filter((i) => e.candidatos[i].region === region).map((i) => e.candidatos[i].desafio))] }))
    .filter((b) => b.desafios.every((d) => (llenos.get(d) ?? 0) >= max));
  if (bloqueadas.length) return motivoCoberturaPorDesafio(regiones, max, bloqueadas, true);

  const base = problemaDe(ctx, elegibles, fijos, regiones);
  const cobertura: Problema = { ...base, costo: base.monto.map((m) => -m), presupuesto: base.monto.reduce((s, m) => s + m, 0) };
  const s = resolverProblema(highs, cobertura, { reducir: false, limiteSegundos: limite });
  if (!s.factible) return motivoCoberturaPorDesafio(regiones, max, [], fijos.size > 0);
  const costo = [...s.seleccion].reduce((t, j) => t + base.monto[j], 0);
  if (costo <= e.presupuesto) throw new Error("La cartera resultó infactible aunque la cobertura cabe en el presupuesto: no puede ocurrir.");
  return motivoCobertura(regiones, costo, e.presupuesto, fijos.size > 0, max);
}
