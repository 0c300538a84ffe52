// Chilean grading scale (escala de notas 1,0–7,0, one decimal, 4,0 to pass), used by the rubric,
// calibration, technical score and outlier rules of the evaluación técnica (issue 10). Pure.

export const NOTA_MINIMA = 1,
  NOTA_MAXIMA = 7,
  NOTA_APROBACION = 4;

// Floating-point slack: 5.3 * 10 is 53.00000000000001, and 5.0 − 4.3 is 0.7000000000000002.
const EPS = 1e-9;

/** Finite, within 1,0–7,0 and with at most one decimal (5.3 yes; 5.25, 0.5, 7.1 and NaN no). */
export function esNotaValida(n: number): boolean {
  if (typeof n !== "number" || !Number.isFinite(n)) return false;
  if (n < NOTA_MINIMA || n > NOTA_MAXIMA) return false;
  return Math.abs(n * 10 - Math.round(n * 10)) < EPS * 10;
}

/** True when n is a grade (possibly unrounded) within 1–7: weighted and averaged grades have more decimals. */
export function enEscala(n: number): boolean {
  return typeof n === "number" && Number.isFinite(n) && n >= NOTA_MINIMA && n <= NOTA_MAXIMA;
}

/**
 * Half up to one decimal, on the decimal value the computation meant: a weighted grade of exactly 3,95
 * (1,1·5 + 4,1·95)/100 comes out as 3.9499999999999993 and must still show 4,0 (and pass).
 */
function redondearUnDecimal(n: number): number {
  if (!Number.isFinite(n)) throw new RangeError(`La nota no es un número finito: ${n}.`);
  // toPrecision(12) drops the float error before rounding (39.49999999999999 → 39.5); grades never need 12 digits.
  const decimas = Math.floor(Number((n * 10).toPrecision(12)) + 0.5);
  const r = decimas / 10;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * To one decimal, half up, clamped to [1, 7]: 5.25 → 5.3, 5.35 → 5.4, 5.24 → 5.2, 0.4 → 1, 7.6 → 7.
 * Throws RangeError on NaN or ±Infinity (a grade that is not a number is a bug upstream, not a 1,0).
 */
export function redondearNota(n: number): number {
  const r = redondearUnDecimal(n);
  return Math.min(NOTA_MAXIMA, Math.max(NOTA_MINIMA, r));
}

/** "5,3" (es-CL decimal comma, always one decimal), rounded and clamped as redondearNota: 6 → "6,0", 4.25 → "4,3". */
export function formatoNota(n: number): string {
  return redondearNota(n).toFixed(1).replace(".", ",");
}

/**
 * A signed difference between grades, one decimal, es-CL: 1.5 → "+1,5", -0.34 → "−0,3", 0.04 → "0,0".
 * For deviations and divergences (formatoNota would clamp them to the scale). Uses the minus sign U+2212.
 */
export function formatoDiferencia(d: number): string {
  const r = redondearUnDecimal(Math.abs(d));
  const texto = r.toFixed(1).replace(".", ",");
  if (r === 0) return texto;
  return d > 0 ? `+${texto}` : `\u2212${texto}`;
}

/**
 * A grade as an evaluator types it → the number, or null when it is not a valid grade:
 * "5,3", "5.3", " 6 ", "6,0" → 5.3 / 6; "5,25", "8", "0,5", "cinco", "" → null.
 */
export function parsearNota(texto: string): number | null {
  const t = texto.trim().replace(",", ".");
  if (!/^\d(\.\d)?$/.test(t)) return null;
  const n = Number(t);
  return esNotaValida(n) ? n : null;
}

/** Passing grade: 4,0 or more (on the grade rounded to one decimal, as it is shown). */
export function esAprobatoria(n: number): boolean {
  return redondearNota(n) >= NOTA_APROBACION;
}
