// Writes one evaluation's draft or submission: the evaluation row, conditional on the version the browser
// last saw (two saves with the same version cannot both win; a stale tab is refused), and its grades.
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/actions/pipeline";
import type { Confianza } from "./schema";
import { MENSAJE_ENVIADA, MENSAJE_VERSION } from "./schema";
import type { AsignacionParaEvaluar } from "./acceso";

export type DatosEvaluacion = {
  comentario?: string;
  confianza?: Confianza | null;
  notaFinal?: number;
  enviadaEn?: Date;
};

/**
 * Creates (version 0 → 1) or updates (version n → n+1) the evaluation of assignment `a`; `version`
 * undefined skips the version check (a submission without one). Returns the evaluation's id and new version.
 */
export async function escribirEvaluacion(tx: Tx, a: AsignacionParaEvaluar, version: number | undefined, datos: DatosEvaluacion): Promise<{ id: string; version: number }> {
  if (!a.evaluacion) {
    if (version !== undefined && version !== 0) throw rechazoVersion(0);
    try {
      const e = await tx.evaluacion.create({ data: { asignacionId: a.id, ...datos, version: 1 }, select: { id: true, version: true } });
      return e;
    } catch (err) {
      // Another tab created it meanwhile: this one saw an older state.
      if (isUniqueViolation(err)) throw rechazoVersion(null);
      throw err;
    }
  }
  const { count } = await tx.evaluacion.updateMany({
    where: { id: a.evaluacion.id, enviadaEn: null, ...(version !== undefined && { version }) },
    data: { ...datos, version: { increment: 1 } },
  });
  if (count !== 1) {
    const actual = await tx.evaluacion.findUnique({ where: { id: a.evaluacion.id }, select: { version: true, enviadaEn: true } });
    if (actual?.enviadaEn) throw new ActionError(MENSAJE_ENVIADA);
    throw rechazoVersion(actual?.version ?? null);
  }
  return { id: a.evaluacion.id, version: a.evaluacion.version + 1 };
}

function rechazoVersion(actual: number | null): ActionError {
  const fieldErrors: FieldErrors = actual === null ? { version: [MENSAJE_VERSION] } : { version: [String(actual)] };
  return new ActionError(MENSAJE_VERSION, fieldErrors);
}

/** Upserts the grades given (one per criterion); a field left undefined keeps what was stored. */
export async function escribirPuntajes(
  tx: Tx,
  evaluacionId: string,
  puntajes: { criterioId: string; nota?: number | null; comentario?: string }[],
): Promise<void> {
  for (const p of puntajes) {
    const datos = { ...(p.nota !== undefined && { nota: p.nota }), ...(p.comentario !== undefined && { comentario: p.comentario }) };
    await tx.puntaje.upsert({
      where: { evaluacionId_criterioId: { evaluacionId, criterioId: p.criterioId } },
      create: { evaluacionId, criterioId: p.criterioId, ...datos },
      update: datos,
    });
  }
}
