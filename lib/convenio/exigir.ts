// "The pilot enters execution only with a convenio" (issue 13): the check the execution features call
// before a project starts (lib/<ejecucion>/actions/*: exigirConvenio(tx, postulacionId)). No "server-only":
// it runs inside an action's transaction.
import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";

/** Same answer for a perfil that does not exist and one not selected in the signed final acta. */
export const MENSAJE_SIN_SELECCION_FINAL = "No se encontró un proyecto seleccionado en el acta final firmada con ese identificador.";
export const MENSAJE_SIN_CONVENIO = "El proyecto no tiene su convenio firmado registrado: no puede pasar a ejecución sin él.";

export type ConvenioVigente = { id: string; postulacionId: string; montoAdjudicado: number; fechaInicio: Date; fechaTermino: Date; documentoSha256: string };

/**
 * The convenio of the perfil, with its signed document; refused in Spanish (ActionError, so the calling action rolls back)
 * when the perfil has none, or one without the signed PDF.
 */
export async function exigirConvenio(tx: Tx, postulacionId: string): Promise<ConvenioVigente> {
  const c = await tx.convenio.findFirst({
    where: { postulacionId, documentoId: { not: null }, documentoSha256: { not: null } },
    select: { id: true, postulacionId: true, montoAdjudicado: true, fechaInicio: true, fechaTermino: true, documentoSha256: true },
  });
  if (!c || c.documentoSha256 === null) throw new ActionError(MENSAJE_SIN_CONVENIO);
  return { ...c, documentoSha256: c.documentoSha256 };
}
