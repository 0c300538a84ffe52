// The audit log, read to check how many entries an action added.
import { baseE2e } from "./base";

export function entradasEnBitacora(accion: string): Promise<number> {
  return baseE2e().auditLog.count({ where: { accion } });
}
