import "server-only";
import { db } from "@/lib/db/client";
import { registro } from "@/lib/registro/log.mjs";
import { verifyAuditChain } from "./log";

const log = registro.child({ modulo: "auditoria" });

/** The newest entries, or null when a row edited outside the portal cannot be read (the verification says which). */
export async function ultimasEntradas(take = 50) {
  try {
    return await db.auditLog.findMany({
      orderBy: { id: "desc" },
      take,
      select: { id: true, createdAt: true, accion: true, entidad: true, entidadId: true, etapa: true, hash: true, actor: { select: { nombre: true } } },
    });
  } catch (e) {
    log.error({ err: e }, "[auditoria] No se pudieron leer las últimas entradas");
    return null;
  }
}

export function verificarBitacora() {
  return verifyAuditChain(db);
}
