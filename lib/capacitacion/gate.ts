// The capacitación gate (issue 10): an evaluator sees and scores assigned perfiles only after passing the
// calibration of the convocatoria. Pages ask capacitacionAprobada; every scoring action calls
// exigirCapacitacionAprobada inside its transaction.
import { ActionError } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";

export const MENSAJE_SIN_CAPACITACION = "Debe aprobar la capacitación antes de evaluar perfiles.";

export async function capacitacionAprobada(db: Tx | Db, convocatoriaId: string, userId: string): Promise<boolean> {
  const c = await db.capacitacion.findUnique({ where: { convocatoriaId_userId: { convocatoriaId, userId } }, select: { aprobada: true } });
  return c?.aprobada === true;
}

export async function exigirCapacitacionAprobada(tx: Tx, convocatoriaId: string, userId: string): Promise<void> {
  if (!(await capacitacionAprobada(tx, convocatoriaId, userId))) throw new ActionError(MENSAJE_SIN_CAPACITACION);
}
