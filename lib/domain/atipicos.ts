// Outliers for the technical lead's dashboard (issue 10): evaluators who grade systematically above or below
// the people they share perfiles with (leniency, as a robust z-score), and perfiles whose evaluators disagree
// by more than a gap (candidates for a third review). Reasons in docs/decisions/0011-puntaje-tecnico-y-atipicos.md. Pure.
import { agrupar, comprobarMinMuestra, media, MIN_MUESTRA_POR_DEFECTO, validarNotas, type NotaEvaluador } from "./puntaje-tecnico";

export { MIN_MUESTRA_POR_DEFECTO };

/** |z| beyond which an evaluator is flagged (strictly greater). */
export const LIMITE_Z_POR_DEFECTO = 3;
/**
 * Floor of the z denominator, in grade points: with limiteZ 3 an evaluator is flagged only when their mean
 * deviation is at least 0,6 points from the median evaluator's, however alike the others are.
 */
export const ESCALA_MINIMA_POR_DEFECTO = 0.2;
/**
 * Gap (maximum − minimum grade of one perfil) beyond which it is listed: above the 1,4 points (2 × 0,7) by which
 * two evaluators who each passed calibration can still differ.
 */
export const BRECHA_POR_DEFECTO = 1.5;
/** Below this many evaluators with enough sample, there is no pool to compare against: every z is null. */
export const MIN_EVALUADORES_Z = 3;
/** MAD → standard deviation under normality. */
const K_MAD = 1.4826;
/** Mean absolute deviation → standard deviation under normality (√(π/2)), used when the MAD is 0. */
const K_MEANAD = 1.2533;

const limpiar = (x: number) => Math.round(x * 1e9) / 1e9;

export type DesviacionEvaluacion = NotaEvaluador & { mediaOtros: number; desviacion: number };

/**
 * Deviation of each evaluation from the other evaluators of the same perfil: nota − mean(notas of the others).
 * Perfiles with a single evaluator contribute nothing.
 */
export function desviaciones(notas: readonly NotaEvaluador[]): DesviacionEvaluacion[] {
  validarNotas(notas);
  const salida: DesviacionEvaluacion[] = [];
  for (const suyas of agrupar(notas, (n) => n.postulacionId).values()) {
    if (suyas.length < 2) continue;
    const total = suyas.reduce((a, n) => a + n.nota, 0);
    for (const n of suyas) {
      const mediaOtros = (total - n.nota) / (suyas.length - 1);
      salida.push({ ...n, mediaOtros: limpiar(mediaOtros), desviacion: limpiar(n.nota - mediaOtros) });
    }
  }
  return salida;
}

export type Indulgencia = { evaluadorId: string; n: number; desviacionMedia: number; z: number | null; marcado: boolean };

function mediana(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Leniency of each evaluator who appears in notas. n: co-evaluated perfiles; desviacionMedia: mean of their
 * deviations (0 when n is 0). Among evaluators with n ≥ minMuestra (the pool, at least MIN_EVALUADORES_Z):
 *   z = (desviacionMedia − mediana) / max(1,4826 · MAD, escalaMinima)
 * with 1,2533 · (mean absolute deviation from the median) in place of 1,4826 · MAD when the MAD is 0.
 * Outside the pool z is null and the evaluator is never flagged; marcado = |z| > limiteZ.
 * Sorted by |z| descending (ties: larger |desviacionMedia|, then evaluadorId), null z last.
 */
export function indulgencias(
  notas: readonly NotaEvaluador[],
  opciones: { minMuestra?: number; limiteZ?: number; escalaMinima?: number } = {},
): Indulgencia[] {
  const minMuestra = opciones.minMuestra ?? MIN_MUESTRA_POR_DEFECTO;
  const limiteZ = opciones.limiteZ ?? LIMITE_Z_POR_DEFECTO;
  const escalaMinima = opciones.escalaMinima ?? ESCALA_MINIMA_POR_DEFECTO;
  comprobarMinMuestra(minMuestra);
  if (!Number.isFinite(limiteZ) || limiteZ <= 0) throw new RangeError(`El límite de z debe ser un número mayor que 0 (es ${limiteZ}).`);
  if (!Number.isFinite(escalaMinima) || escalaMinima < 0) throw new RangeError(`La escala mínima debe ser un número mayor o igual a 0 (es ${escalaMinima}).`);

  const porEvaluador = new Map<string, number[]>();
  for (const n of notas) porEvaluador.set(n.evaluadorId, []);
  for (const d of desviaciones(notas)) porEvaluador.get(d.evaluadorId)!.push(d.desviacion);

  const filas = [...porEvaluador].map(([evaluadorId, ds]) => ({
    evaluadorId,
    n: ds.length,
    desviacionMedia: ds.length ? limpiar(media(ds)) : 0,
  }));
  const pozo = filas.filter((f) => f.n >= minMuestra).map((f) => f.desviacionMedia);

  let centro = 0;
  let escala = 0;
  const hayPozo = pozo.length >= MIN_EVALUADORES_Z;
  if (hayPozo) {
    centro = mediana(pozo);
    const absolutas = pozo.map((d) => Math.abs(d - centro));
    const mad = limpiar(mediana(absolutas));
    escala = mad > 0 ? K_MAD * mad : K_MEANAD * media(absolutas);
    escala = Math.max(escala, escalaMinima);
  }

  const resultado: Indulgencia[] = filas.map((f) => {
    if (!hayPozo || f.n < minMuestra) return { ...f, z: null, marcado: false };
    // escala is 0 only when every mean deviation in the pool is equal (and escalaMinima is 0): nobody stands out.
    const z = escala > 0 ? limpiar((f.desviacionMedia - centro) / escala) : 0;
    return { ...f, z, marcado: Math.abs(z) > limiteZ };
  });

  return resultado.sort((a, b) => {
    if ((a.z === null) !== (b.z === null)) return a.z === null ? 1 : -1;
    const porZ = Math.abs(b.z ?? 0) - Math.abs(a.z ?? 0);
    if (porZ !== 0) return porZ;
    const porDesviacion = Math.abs(b.desviacionMedia) - Math.abs(a.desviacionMedia);
    if (porDesviacion !== 0) return porDesviacion;
    return a.evaluadorId < b.evaluadorId ? -1 : a.evaluadorId > b.evaluadorId ? 1 : 0;
  });
}

export type Discrepancia = { postulacionId: string; minima: number; maxima: number; brecha: number };

/**
 * Perfiles with two or more evaluations whose gap (maximum − minimum grade) is greater than brechaMaxima,
 * largest gap first (ties by postulacionId). A gap of exactly brechaMaxima is not listed.
 */
export function discrepancias(notas: readonly NotaEvaluador[], brechaMaxima: number = BRECHA_POR_DEFECTO): Discrepancia[] {
  if (!Number.isFinite(brechaMaxima) || brechaMaxima < 0) throw new RangeError(`La brecha máxima debe ser un número mayor o igual a 0 (es ${brechaMaxima}).`);
  validarNotas(notas);
  const salida: Discrepancia[] = [];
  for (const [postulacionId, suyas] of agrupar(notas, (n) => n.postulacionId)) {
    if (suyas.length < 2) continue;
    const valores = suyas.map((n) => n.nota);
    const minima = Math.min(...valores);
    const maxima = Math.max(...valores);
    // 2.7 − 1.2 is 1.5000000000000002: cleaned, so a gap of exactly the bound is not listed.
    const brecha = limpiar(maxima - minima);
    if (brecha > brechaMaxima) salida.push({ postulacionId, minima, maxima, brecha });
  }
  return salida.sort((a, b) => b.brecha - a.brecha || (a.postulacionId < b.postulacionId ? -1 : a.postulacionId > b.postulacionId ? 1 : 0));
}
