// What both scoring actions check before touching an evaluation: the caller passed the capacitación
// (the gate, lib/capacitacion/gate.ts) and holds a live assignment on the perfil (the "asignado"
// scope of the permission row, lib/postulaciones/alcance.ts). A perfil outside the scope answers exactly
// like one that does not exist.
import { ActionError } from "@/lib/actions/result";
import type { AccionConSesion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { exigirCapacitacionAprobada } from "@/lib/capacitacion/gate";
import type { Tx } from "@/lib/db/client";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { MENSAJE_ENVIADA, MENSAJE_NO_ENCONTRADA } from "./schema";

export type AsignacionParaEvaluar = {
  id: string;
  postulacionId: string;
  evaluacion: { id: string; version: number; enviadaEn: Date | null } | null;
};

export async function asignacionParaEvaluar(
  tx: Tx,
  accion: Extract<AccionConSesion, `evaluacion.${string}`>,
  user: SessionUser,
  convocatoriaId: string,
  postulacionId: string,
): Promise<AsignacionParaEvaluar> {
  await exigirCapacitacionAprobada(tx, convocatoriaId, user.id);
  const a = await tx.asignacionEvaluacion.findFirst({
    where: {
      evaluadorId: user.id,
      recusadaEn: null,
      postulacionId,
      postulacion: { convocatoriaId, AND: [wherePostulaciones(user, accion)] },
    },
    select: { id: true, postulacionId: true, postulacion: { select: { estado: true } }, evaluacion: { select: { id: true, version: true, enviadaEn: true } } },
  });
  if (!a) throw new ActionError(MENSAJE_NO_ENCONTRADA);
  if (a.evaluacion?.enviadaEn) throw new ActionError(MENSAJE_ENVIADA);
  // Assigned while admissible; if the decision changed since, there is nothing left to score.
  if (a.postulacion.estado !== "ADMISIBLE") throw new ActionError("Este perfil ya no está en evaluación: su admisibilidad cambió después de la asignación.");
  return { id: a.id, postulacionId: a.postulacionId, evaluacion: a.evaluacion };
}

/** The rubric's criteria of the convocatoria, in order: what a grade may be given for. */
export async function criteriosDeConvocatoria(tx: Tx, convocatoriaId: string) {
  const r = await tx.rubrica.findUnique({
    where: { convocatoriaId },
    select: { criterios: { orderBy: { orden: "asc" }, select: { id: true, clave: true, nombre: true, peso: true } } },
  });
  if (!r || r.criterios.length === 0) throw new ActionError("La convocatoria no tiene una rúbrica de evaluación: avise al equipo FOSIS.");
  return r.criterios;
}

/** The claves of `puntajes` that are not criteria of the rubric: a request naming one is refused. */
export function exigirCriteriosConocidos(puntajes: Record<string, unknown> | undefined, criterios: { clave: string }[]): void {
  const conocidas = new Set(criterios.map((c) => c.clave));
  const ajenas = Object.keys(puntajes ?? {}).filter((k) => !conocidas.has(k));
  if (ajenas.length) throw new ActionError(`La rúbrica no tiene ${ajenas.length === 1 ? "el criterio" : "los criterios"} «${ajenas.join("», «")}». Recargue la página.`);
}
