// To every ADMIN once a day (lib/audit/centinela.ts): the head of the audit log, to keep outside the
// server, and whether the last verification failed. See ADR 0007.
import { formatearFechaHora } from "@/lib/domain/formato";
import { mensaje } from "../mensaje";

export type DatosAuditoriaCabezaDiaria = {
  /** The Chilean calendar day, YYYY-MM-DD. */
  dia: string;
  /** The signed checkpoint: the last verified entry. */
  puntoDeControl: { id: number; hash: string; createdAt: Date };
  /** Why the last verification failed; null when it passed. */
  falla: string | null;
};

export function correoAuditoriaCabezaDiaria({ dia, puntoDeControl: p, falla }: DatosAuditoriaCabezaDiaria) {
  return mensaje(`Bitácora de auditoría: cabeza del ${dia}`, [
    "Copia diaria de la cabeza de la bitácora de auditoría del portal Fondo IDEA. Consérvela fuera del servidor:",
    "si más adelante la bitácora no contiene esta entrada con este hash, se borraron o reescribieron entradas.",
    "",
    `Última entrada verificada: N° ${p.id}`,
    `Hash: ${p.hash}`,
    `Punto de control firmado: ${formatearFechaHora(p.createdAt)} (hora de Chile; ${p.createdAt.toISOString()})`,
    ...(falla === null ? [] : ["", `Atención: la última verificación falló: ${falla}`, "Revise la bitácora en /admin/auditoria."]),
  ]);
}
