// Popular score of each perfil (issue 11, item 7): its votes normalised within its desafío onto the Chilean
// 1–7 scale, so a perfil competing in a desafío with many voters does not outweigh one in a quieter desafío.
// It enters the consolidated score (issue 12) weighted by Convocatoria.pesoVotacion. Pure; the public text
// of the formula is FORMULA_POPULAR.
import { NOTA_MAXIMA, NOTA_MINIMA } from "./nota";

/** One admissible perfil with its counted votes (a perfil without votes is listed with 0). */
export type VotosPerfil = { postulacionId: string; desafioId: string; votos: number };

export const FORMULA_POPULAR =
  "Puntaje popular del perfil = 1 + 6 × (votos del perfil ÷ votos del perfil más votado de su desafío). " +
  "El más votado de cada desafío obtiene 7,0 y un perfil sin votos obtiene 1,0; si nadie votó en el desafío, todos sus perfiles obtienen 1,0. " +
  "Se compara solo dentro del mismo desafío y no se redondea.";

/**
 * postulacionId → popular score in [1, 7], unrounded: 1 + 6 × votes / (max votes in its desafío), or 1 when
 * the desafío has no votes. Perfiles keep their input order. Throws on a negative or fractional count or a
 * perfil listed twice.
 */
export function puntajesPopulares(perfiles: readonly VotosPerfil[]): Map<string, number> {
  const maximo = new Map<string, number>();
  const vistos = new Set<string>();
  for (const p of perfiles) {
    if (!Number.isSafeInteger(p.votos) || p.votos < 0) throw new RangeError(`Los votos de ${p.postulacionId} deben ser un entero mayor o igual a 0 (son ${p.votos}).`);
    if (vistos.has(p.postulacionId)) throw new Error(`El perfil ${p.postulacionId} aparece más de una vez.`);
    vistos.add(p.postulacionId);
    maximo.set(p.desafioId, Math.max(maximo.get(p.desafioId) ?? 0, p.votos));
  }
  const puntajes = new Map<string, number>();
  for (const p of perfiles) {
    const max = maximo.get(p.desafioId) ?? 0;
    puntajes.set(p.postulacionId, max === 0 ? NOTA_MINIMA : NOTA_MINIMA + ((NOTA_MAXIMA - NOTA_MINIMA) * p.votos) / max);
  }
  return puntajes;
}
