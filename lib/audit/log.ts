// Append-only audit log. There is deliberately no update or delete function here: entries are only
// appended, inside the transaction of the change they record.
import { isPostgres, type Db, type Tx } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { GENESIS_HASH, hashEntrada, jsonCanonico, verificarTramo, type ResultadoVerificacion } from "./hash";

export type NuevaEntrada = {
  actorId: string | null;
  accion: string;
  entidad: string;
  entidadId?: string | null;
  etapa?: Etapa | null;
  datos?: unknown;
};

// Any constant works: it only has to be the same for every appender.
const AUDIT_LOCK_KEY = 7_262_019;

export async function appendAudit(tx: Tx, e: NuevaEntrada): Promise<void> {
  // Serialize appenders so the chain never forks. SQLite already has a single writer; on PostgreSQL
  // a transaction-scoped advisory lock does it (released at commit). The unique prevHash is the backstop.
  if (isPostgres()) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const ultima = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = ultima?.hash ?? GENESIS_HASH;
  const contenido = {
    createdAt: new Date(),
    actorId: e.actorId,
    accion: e.accion,
    entidad: e.entidad,
    entidadId: e.entidadId ?? null,
    etapa: e.etapa ?? null,
    datos: jsonCanonico(e.datos ?? {}),
  };
  await tx.auditLog.create({ data: { ...contenido, prevHash, hash: hashEntrada(prevHash, contenido) } });
}

/** Walks the whole chain in id order, in pages, and proves it. */
export async function verifyAuditChain(db: Db, pagina = 1000): Promise<ResultadoVerificacion> {
  let anterior = GENESIS_HASH;
  let desde = 0;
  let total = 0;
  for (;;) {
    const entradas = await db.auditLog.findMany({ where: { id: { gt: desde } }, orderBy: { id: "asc" }, take: pagina });
    if (entradas.length === 0) return { ok: true, total };
    const r = verificarTramo(entradas, anterior);
    if (!r.ok) return { ok: false, total: total + entradas.length, rotaEn: r.rotaEn, motivo: r.motivo };
    anterior = r.ultimo;
    total += entradas.length;
    desde = entradas[entradas.length - 1].id;
  }
}
