// Shared by the attachment actions: the perfil must be the user's own and still a draft.
import { ActionError } from "@/lib/actions/result";
import type { AccionConSesion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db/client";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { exigirPlazoAbierto } from "@/lib/postulaciones/plazo";

/** The same answer for "does not exist" and "is someone else's": another user's perfil is not revealed. */
export const MENSAJE_PERFIL_NO_ENCONTRADO = "No se encontró el perfil.";
export const MENSAJE_NO_BORRADOR = "Los documentos solo se pueden cambiar mientras el perfil está en borrador (antes de enviarlo).";
export const MENSAJE_ADJUNTO_NO_ENCONTRADO = "No se encontró el documento.";

/**
 * Checks the action's scope (its owner's: lib/postulaciones/alcance.ts) and the state in the WHERE clause
 * of an UPDATE, which also locks the perfil's row until the transaction ends: an upload and a submission
 * of the same perfil cannot interleave. Documents change only until the deadline, like the rest of the draft.
 */
export async function bloquearBorrador(tx: Tx, p: { postulacionId: string; user: SessionUser; accion: AccionConSesion; convocatoriaId: string }): Promise<void> {
  await exigirPlazoAbierto(tx, p.convocatoriaId, "postular");
  const propia = { id: p.postulacionId, convocatoriaId: p.convocatoriaId, AND: [wherePostulaciones(p.user, p.accion)] };
  const { count } = await tx.postulacion.updateMany({ where: { ...propia, estado: "BORRADOR" }, data: { updatedAt: new Date() } });
  if (count === 1) return;
  const existe = await tx.postulacion.findFirst({ where: propia, select: { id: true } });
  throw new ActionError(existe ? MENSAJE_NO_BORRADOR : MENSAJE_PERFIL_NO_ENCONTRADO);
}
