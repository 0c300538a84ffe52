// Who takes part in incubation (issue 13): the perfiles the signed preselection acta selected, and, for the
// convenio, those the signed final acta selected. One WHERE clause each, read by every incubation query and
// action (formation modules, mentoring, formulario completo, demo day, convenio).
import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A perfil selected in a CERRADA (signed) round of this phase. */
function seleccionadaEn(fase: "PRESELECCION" | "SELECCION_FINAL"): Prisma.PostulacionWhereInput {
  return { decisiones: { some: { fase, decision: "SELECCIONADA", ronda: { estado: "CERRADA" } } } };
}

/** Perfiles of the convocatoria preselected for incubation by the signed preselection acta. */
export function wherePreseleccionadas(convocatoriaId: string): Prisma.PostulacionWhereInput {
  return { convocatoriaId, ...seleccionadaEn("PRESELECCION") };
}

/** Perfiles of the convocatoria selected for funding by the signed final acta. */
export function whereSeleccionadasFinal(convocatoriaId: string): Prisma.PostulacionWhereInput {
  return { convocatoriaId, ...seleccionadaEn("SELECCION_FINAL") };
}

export const MENSAJE_NO_PRESELECCIONADA = "Este perfil no fue preseleccionado para la incubación: esta sección es solo para los equipos preseleccionados en el acta firmada.";

/**
 * The perfil, if it is within `alcance` (the caller's rows, a WHERE clause from the feature's scope function)
 * and preselected; otherwise the same refusal as a perfil that does not exist or is not preselected.
 */
export async function exigirPreseleccionada(
  tx: Tx,
  convocatoriaId: string,
  postulacionId: string,
  alcance: Prisma.PostulacionWhereInput,
): Promise<{ id: string; postulanteId: string; nombreProyecto: string; desafioId: string }> {
  const p = await tx.postulacion.findFirst({
    where: { id: postulacionId, AND: [alcance, wherePreseleccionadas(convocatoriaId)] },
    select: { id: true, postulanteId: true, nombreProyecto: true, desafioId: true },
  });
  if (!p) throw new ActionError(MENSAJE_NO_PRESELECCIONADA);
  return p;
}
