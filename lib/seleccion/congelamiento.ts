// What a preselection acta freezes (issue 12): once the round's acta is generated (EN_FIRMA) or signed
// (CERRADA), the scores and the admissibility it printed must stay true, or the signed acta, the perfiles'
// states and the public guide would disagree, and a perfil could be left needing an evaluation it can no
// longer receive. Evaluation, assignment and admissibility actions call these first. Each takes the round's
// row lock (the same one bloquearRonda takes), so none of them can interleave with acta.generar or the
// closing signature. Only in SELECCION_CONTRATACION: the preselection round exists from then on.
import { ActionError } from "@/lib/actions/result";
import type { ConvocatoriaActual } from "@/lib/actions/pipeline";
import type { Tx } from "@/lib/db/client";

export const MENSAJE_PERFIL_EN_ACTA =
  "Este perfil ya está en el acta de preselección (en firma o firmada): sus evaluaciones y su admisibilidad no cambian. Si hay que corregir, el comité debe retirar el acta antes de que se firme.";
export const MENSAJE_VOTACION_CON_ACTA =
  "La preselección ya tiene su acta (en firma o firmada): las reglas de la votación popular ya no cambian.";
export const MENSAJE_ACTA_PRESELECCION =
  "La preselección ya tiene su acta (en firma o firmada): no se agregan perfiles admisibles. Si hay que corregir, el comité debe retirar el acta antes de que se firme.";

async function bloquearPreseleccion(tx: Tx, convocatoriaId: string): Promise<"ABIERTA" | "EN_FIRMA" | "CERRADA" | null> {
  const n = await tx.rondaSeleccion.updateMany({ where: { convocatoriaId, fase: "PRESELECCION" }, data: { updatedAt: new Date() } });
  if (n.count === 0) return null;
  return (await tx.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId, fase: "PRESELECCION" } }, select: { estado: true } })).estado;
}

/** Refuses a change to this perfil's evaluations or admissibility once an acta in signature or signed lists it. */
export async function exigirPerfilFueraDeActa(tx: Tx, convocatoria: ConvocatoriaActual, postulacionId: string): Promise<void> {
  if (convocatoria.etapaActual !== "SELECCION_CONTRATACION") return;
  const estado = await bloquearPreseleccion(tx, convocatoria.id);
  if (estado === null || estado === "ABIERTA") return;
  const enActa = await tx.decisionComite.findFirst({ where: { postulacionId, fase: "PRESELECCION", ronda: { convocatoriaId: convocatoria.id } }, select: { id: true } });
  if (enActa) throw new ActionError(MENSAJE_PERFIL_EN_ACTA);
}

/**
 * Refuses declaring a new perfil admissible once the preselection has its acta (it would join the ranking
 * undecided), or, with its own message, opening a popular vote that would change the scores it printed.
 */
export async function exigirPreseleccionSinActa(tx: Tx, convocatoria: ConvocatoriaActual, mensaje = MENSAJE_ACTA_PRESELECCION): Promise<void> {
  if (convocatoria.etapaActual !== "SELECCION_CONTRATACION") return;
  const estado = await bloquearPreseleccion(tx, convocatoria.id);
  if (estado === "EN_FIRMA" || estado === "CERRADA") throw new ActionError(mensaje);
}
