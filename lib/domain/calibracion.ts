// Capacitación gate (issue 10): before evaluating, an evaluator grades the reference perfiles (3 by default)
// and passes when, for every criterion, the mean over those perfiles of |nota − referencia| is at most the
// threshold. The result says where they diverged, so training can discuss it. Pure.
import { enEscala } from "./nota";

/** Default threshold: mean absolute difference per criterion, in grade points. */
export const UMBRAL_CALIBRACION = 0.7;

/** Grades of one perfil, by criterion (criterioId or clave → nota). */
export type NotasPerfil = { perfilId: string; notas: Readonly<Record<string, number>> };

export type ResultadoCalibracion = {
  aprobada: boolean;
  porCriterio: { criterioId: string; diferenciaMedia: number; dentro: boolean }[];
  /** Answers with |nota − referencia| > umbral, largest first; diferencia = nota − referencia (signed). */
  divergencias: { perfilId: string; criterioId: string; nota: number; referencia: number; diferencia: number }[];
};

// Differences of one-decimal grades carry float noise (5.0 − 4.3 = 0.7000000000000002): kept to 9 decimals,
// so a difference of exactly the threshold counts as within it.
const limpiar = (x: number) => Math.round(x * 1e9) / 1e9;

function comprobarNota(nota: number, donde: string): void {
  if (!enEscala(nota)) throw new RangeError(`La nota ${donde} debe estar entre 1,0 y 7,0 (es ${nota}).`);
}

/**
 * Compares an evaluator's answers with the reference grades. Criteria are those of the references, in the
 * order they first appear; answers to other perfiles or criteria are ignored.
 * Throws when there are no references (or they have no grades), a reference perfil or one of its criteria is unanswered, a perfil is
 * repeated, a grade is outside 1–7 or the threshold is negative or not a number.
 */
export function evaluarCalibracion(
  referencias: readonly NotasPerfil[],
  respuestas: readonly NotasPerfil[],
  umbral: number = UMBRAL_CALIBRACION,
): ResultadoCalibracion {
  if (!Number.isFinite(umbral) || umbral < 0) throw new RangeError(`El umbral de calibración debe ser un número mayor o igual a 0 (es ${umbral}).`);
  if (referencias.length === 0) throw new Error("La calibración necesita al menos un perfil de referencia.");

  const porPerfil = new Map<string, NotasPerfil>();
  for (const r of respuestas) {
    if (porPerfil.has(r.perfilId)) throw new Error(`El perfil ${r.perfilId} tiene más de una respuesta.`);
    porPerfil.set(r.perfilId, r);
  }

  const sumas = new Map<string, { suma: number; n: number }>();
  const divergencias: ResultadoCalibracion["divergencias"] = [];
  const referenciasVistas = new Set<string>();
  for (const ref of referencias) {
    if (referenciasVistas.has(ref.perfilId)) throw new Error(`El perfil de referencia ${ref.perfilId} está repetido.`);
    referenciasVistas.add(ref.perfilId);
    const resp = porPerfil.get(ref.perfilId);
    if (!resp) throw new Error(`Falta la respuesta al perfil de referencia ${ref.perfilId}.`);
    for (const [criterioId, referencia] of Object.entries(ref.notas)) {
      comprobarNota(referencia, `de referencia del perfil ${ref.perfilId}, criterio ${criterioId},`);
      if (!Object.hasOwn(resp.notas, criterioId)) {
        throw new Error(`Falta la nota del criterio ${criterioId} en el perfil de referencia ${ref.perfilId}.`);
      }
      const nota = resp.notas[criterioId];
      comprobarNota(nota, `del perfil ${ref.perfilId}, criterio ${criterioId},`);
      const diferencia = limpiar(nota - referencia);
      const acumulado = sumas.get(criterioId) ?? { suma: 0, n: 0 };
      acumulado.suma += Math.abs(diferencia);
      acumulado.n += 1;
      sumas.set(criterioId, acumulado);
      if (Math.abs(diferencia) > umbral) divergencias.push({ perfilId: ref.perfilId, criterioId, nota, referencia, diferencia });
    }
  }

  if (sumas.size === 0) throw new Error("Los perfiles de referencia no tienen notas por criterio.");
  const porCriterio = [...sumas].map(([criterioId, { suma, n }]) => {
    const diferenciaMedia = limpiar(suma / n);
    return { criterioId, diferenciaMedia, dentro: diferenciaMedia <= umbral };
  });
  // Stable sort: equal differences keep the order of the references and their criteria.
  divergencias.sort((a, b) => Math.abs(b.diferencia) - Math.abs(a.diferencia));
  return { aprobada: porCriterio.every((c) => c.dentro), porCriterio, divergencias };
}
