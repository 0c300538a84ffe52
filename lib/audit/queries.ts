import "server-only";
import { db } from "@/lib/db/client";
import { verifyAuditChain } from "./log";

/** The newest entries, or null when a row edited outside the portal cannot be read (the verification says which). */
export async function ultimasEntradas(take = 50) {
  try {
    return await db.auditLog.findMany({
      orderBy: { id: "desc" },
      take,
      select: { id: true, createdAt: true, accion: true, entidad: true, entidadId: true, etapa: true, hash: true, actor: { select: { nombre: true } } },
    });
  } catch (e) {
    console.error("[auditoria] No se pudieron leer las últimas entradas", e);
    return null;
  }
}

export function verificarBitacora() {
  return verifyAuditChain(db);
}
