import "server-only";
import { db } from "@/lib/db/client";
import { verifyAuditChain } from "./log";

export async function ultimasEntradas(take = 50) {
  return db.auditLog.findMany({
    orderBy: { id: "desc" },
    take,
    select: { id: true, createdAt: true, accion: true, entidad: true, entidadId: true, etapa: true, hash: true, actor: { select: { nombre: true } } },
  });
}

export function verificarBitacora() {
  return verifyAuditChain(db);
}
