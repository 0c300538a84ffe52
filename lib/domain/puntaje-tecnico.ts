// Technical score of each perfil (issue 10): the mean of its evaluators' final grades, optionally after
// putting every evaluator on a common scale (per-evaluator normalisation). Formulas in FORMULA_PUNTAJE and
// docs/decisions/0011-puntaje-tecnico-y-atipicos.md. Pure.
import { enEscala, formatoNota, NOTA_MAXIMA, NOTA_MINIMA } from "./nota";

/** One submitted evaluation: nota is its weighted final grade (notaPonderada), unrounded. */
export type NotaEvaluador = { postulacionId: string; evaluadorId: string; nota: number };

export type OpcionesPuntaje = {
  normalizar: boolean;
  /** Evaluations an evaluator needs before their grades are adjusted (default MIN_MUESTRA_POR_DEFECTO). */
  minMuestra?: number;
  /** Below this standard deviation of an evaluator's grades, only their offset is corrected (default SIGMA_MINIMA_POR_DEFECTO). */
  sigmaMinima?: number;
};

/** Minimum sample: evaluations per evaluator to normalise, co-evaluated perfiles to compute a leniency z. */
export const MIN_MUESTRA_POR_DEFECTO = 5;
/** An evaluator whose grades spread less than this (grade points) is not stretched, only shifted. */
export const SIGMA_MINIMA_POR_DEFECTO = 0.25;

/** How one grade was brought to the common scale. */
export type MetodoAjuste = "z" | "desplazamiento" | "sin-ajuste";
export type NotaAjustada = NotaEvaluador & { ajustada: number; metodo: MetodoAjuste };

/** Evaluation has no business being written twice: one submitted evaluation per (perfil, evaluador). */
export function validarNotas(notas: readonly NotaEvaluador[]): void {
  const pares = new Set<string>();
  for (const n of notas) {
    if (!n.postulacionId || !n.evaluadorId) throw new Error("Cada nota necesita su postulación y su evaluador.");
    if (!enEscala(n.nota)) {
      throw new RangeError(`La nota de ${n.evaluadorId} para ${n.postulacionId} debe estar entre 1,0 y 7,0 (es ${n.nota}).`);
    }
    const par = JSON.stringify([n.postulacionId, n.evaluadorId]);
    if (pares.has(par)) throw new Error(`${n.evaluadorId} tiene más de una nota para ${n.postulacionId}.`);
    pares.add(par);
  }
}

export function comprobarMinMuestra(minMuestra: number): void {
  if (!Number.isInteger(minMuestra) || minMuestra < 1) {
    throw new RangeError(`La muestra mínima debe ser un número entero mayor o igual a 1 (es ${minMuestra}).`);
  }
}

/** Groups by a key, keeping first-appearance order. */
export function agrupar<T>(items: readonly T[], clave: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = clave(it);
    const lista = m.get(k);
    if (lista) lista.push(it);
    else m.set(k, [it]);
  }
  return m;
}

export const media = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Population standard deviation (divides by n): it describes these grades, it does not estimate anything. */
export const desviacionEstandar = (xs: readonly number[]) => {
  const m = media(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
};
const acotar = (x: number) => Math.min(NOTA_MAXIMA, Math.max(NOTA_MINIMA, x));

/**
 * Every grade on the common scale. μ, σ: mean and population standard deviation of all grades;
 * μₑ, σₑ, nₑ: those of evaluator e's grades and their count.
 *   nₑ < minMuestra        → nota′ = nota                       (too few grades to estimate e's scale)
 *   σₑ < sigmaMinima       → nota′ = μ + (nota − μₑ)             (shift only: stretching would amplify noise)
 *   otherwise              → nota′ = μ + σ · (nota − μₑ) / σₑ
 * then clamped to [1, 7].
 */
export function notasNormalizadas(notas: readonly NotaEvaluador[], opciones: Omit<OpcionesPuntaje, "normalizar"> = {}): NotaAjustada[] {
  const minMuestra = opciones.minMuestra ?? MIN_MUESTRA_POR_DEFECTO;
  const sigmaMinima = opciones.sigmaMinima ?? SIGMA_MINIMA_POR_DEFECTO;
  comprobarMinMuestra(minMuestra);
  if (!Number.isFinite(sigmaMinima) || sigmaMinima < 0) throw new RangeError(`La desviación mínima debe ser un número mayor o igual a 0 (es ${sigmaMinima}).`);
  validarNotas(notas);
  if (notas.length === 0) return [];

  const todas = notas.map((n) => n.nota);
  const mu = media(todas);
  const sigma = desviacionEstandar(todas);
  const escala = new Map<string, { n: number; mu: number; sigma: number }>();
  for (const [evaluadorId, suyas] of agrupar(notas, (n) => n.evaluadorId)) {
    const xs = suyas.map((n) => n.nota);
    escala.set(evaluadorId, { n: xs.length, mu: media(xs), sigma: desviacionEstandar(xs) });
  }

  return notas.map((n) => {
    const e = escala.get(n.evaluadorId)!;
    if (e.n < minMuestra) return { ...n, ajustada: n.nota, metodo: "sin-ajuste" };
    if (e.sigma < sigmaMinima) return { ...n, ajustada: acotar(mu + (n.nota - e.mu)), metodo: "desplazamiento" };
    return { ...n, ajustada: acotar(mu + (sigma * (n.nota - e.mu)) / e.sigma), metodo: "z" };
  });
}

/**
 * postulacionId → technical score (1–7, unrounded): the mean over its evaluators of their final grades,
 * or of the normalised grades (notasNormalizadas) when opciones.normalizar. Perfiles in first-appearance order.
 * Throws on grades outside 1–7, a repeated (perfil, evaluador) pair or invalid options.
 */
export function puntajesTecnicos(notas: readonly NotaEvaluador[], opciones: OpcionesPuntaje): Map<string, number> {
  let ajustadas: { postulacionId: string; valor: number }[];
  if (opciones.normalizar) {
    ajustadas = notasNormalizadas(notas, opciones).map((n) => ({ postulacionId: n.postulacionId, valor: n.ajustada }));
  } else {
    comprobarMinMuestra(opciones.minMuestra ?? MIN_MUESTRA_POR_DEFECTO);
    validarNotas(notas);
    ajustadas = notas.map((n) => ({ postulacionId: n.postulacionId, valor: n.nota }));
  }
  const puntajes = new Map<string, number>();
  for (const [postulacionId, suyas] of agrupar(ajustadas, (n) => n.postulacionId)) {
    puntajes.set(postulacionId, media(suyas.map((n) => n.valor)));
  }
  return puntajes;
}

/** The formulas in Spanish, with the given parameters, as the UI shows them. */
export function formulaPuntaje(opciones: { minMuestra?: number; sigmaMinima?: number } = {}): { simple: string; normalizado: string } {
  const minMuestra = opciones.minMuestra ?? MIN_MUESTRA_POR_DEFECTO;
  const sigmaMinima = (opciones.sigmaMinima ?? SIGMA_MINIMA_POR_DEFECTO).toString().replace(".", ",");
  const notaFinal = "La nota final de cada evaluación es Σ (nota del criterio × peso del criterio) / 100.";
  return {
    simple: `Puntaje técnico del perfil = promedio simple de las notas finales de quienes lo evaluaron. ${notaFinal}`,
    normalizado:
      `Cada nota final se lleva a una escala común antes de promediar: nota′ = μ + σ × (nota − μₑ) / σₑ, ` +
      `donde μ y σ son el promedio y la desviación estándar de todas las notas finales de la convocatoria, ` +
      `y μₑ y σₑ las de las notas del mismo evaluador. ` +
      `Si el evaluador tiene menos de ${minMuestra} evaluaciones, su nota no se ajusta (nota′ = nota); ` +
      `si σₑ es menor que ${sigmaMinima}, solo se corrige su promedio (nota′ = μ + nota − μₑ). ` +
      `nota′ se limita al rango ${formatoNota(NOTA_MINIMA)}–${formatoNota(NOTA_MAXIMA)}. ` +
      `Puntaje técnico del perfil = promedio de las nota′ de quienes lo evaluaron. ${notaFinal}`,
  };
}

/** Spanish text of both formulas with the default parameters. */
export const FORMULA_PUNTAJE: { simple: string; normalizado: string } = Object.freeze(formulaPuntaje());
