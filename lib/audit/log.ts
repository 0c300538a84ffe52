// Append-only audit log. There is deliberately no update or delete function here: entries are only
// appended, inside the transaction of the change they record. Each entry is hash-chained and MACed with
// the server key; the head is checkpointed outside the database (ADR 0003, ADR 0007).
import { isPostgres, type Db, type Tx } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";
import { jsonCanonico } from "@/lib/domain/json-canonico";
import { registro } from "@/lib/registro/log.mjs";
import { claveAuditoria } from "./clave";
import { macEntrada } from "./firma";
import { GENESIS_HASH, entradaDeFila, hashEntrada, motivoFormato, verificarTramo, type EntradaEncadenada } from "./hash";
import { avanzarArchivo, carpetaPuntoDeControl, leerPuntoDeControlArchivo, type PuntoVigente } from "./punto-de-control";

const log = registro.child({ modulo: "auditoria" });

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
  // Read the key first: without it nothing is written (and the action's transaction rolls back).
  const clave = claveAuditoria();
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
  const hash = hashEntrada(prevHash, contenido);
  await tx.auditLog.create({ data: { ...contenido, prevHash, hash, mac: macEntrada(clave, hash) } });
}

export type Cabeza = { id: number; hash: string };

/**
 * The outcome of a verification, in one of four states:
 * - "integra": every entry links, hashes and is MACed correctly, and the signed checkpoint (if any) is
 *   still in the log;
 * - "rota": entry `rotaEn` is altered, unlinked, not validly signed or malformed (`motivo` says which);
 * - "truncada": the chain is sound but the entry the checkpoint recorded is gone or different: the newest
 *   entries were deleted (or rewritten and re-chained);
 * - "punto-de-control-invalido": the checkpoint file is unreadable or its signature does not match.
 * `puntoDeControl` is the valid checkpoint in force, if any (after a successful verification, the new one).
 */
export type ResultadoVerificacion =
  | { ok: true; estado: "integra"; total: number; cabeza: Cabeza | null; puntoDeControl: PuntoVigente | null }
  | { ok: false; estado: "rota"; total: number; rotaEn: number; motivo: string; puntoDeControl: PuntoVigente | null }
  | { ok: false; estado: "truncada"; total: number; motivo: string; puntoDeControl: PuntoVigente }
  | { ok: false; estado: "punto-de-control-invalido"; total: number; motivo: string; puntoDeControl: null };

export type OpcionesVerificacion = {
  /** Rows per read (1000). */
  pagina?: number;
  /** The server key (claveAuditoria() by default). */
  clave?: Uint8Array;
  /** Folder of the checkpoint (AUDIT_CHECKPOINT_DIR by default). */
  carpeta?: string;
  /** Move the checkpoint to the head after a successful verification (true). */
  escribirPuntoDeControl?: boolean;
};

type Recorrido = { ok: true; total: number; cabeza: Cabeza | null } | { ok: false; total: number; rotaEn: number; motivo: string };

type Fila = Record<string, unknown> & { id: number };

/** A short description of an error for the server log (Prisma's may have an empty message). */
function mensaje(e: unknown): string {
  if (!(e instanceof Error)) return String(e).slice(0, 200);
  const codigo = (e as { code?: unknown }).code;
  return `${e.name}${typeof codigo === "string" ? ` ${codigo}` : ""}: ${e.message.split("\n")[0]}`.slice(0, 200);
}

/**
 * One page of rows after `desdeId`, never throwing on a malformed row: if Prisma cannot read the page (a
 * BLOB in a TEXT column on SQLite, say), it reads the ids alone and then row by row, and stops at the first
 * row it cannot read, returned as { id, ilegible }.
 */
async function leerPagina(db: Db, desdeId: number, pagina: number): Promise<Fila[]> {
  const donde = { where: { id: { gt: desdeId } }, orderBy: { id: "asc" as const }, take: pagina };
  try {
    return (await db.auditLog.findMany(donde)) as unknown as Fila[];
  } catch {
    const ids = await db.auditLog.findMany({ ...donde, select: { id: true } });
    const filas: Fila[] = [];
    for (const { id } of ids) {
      try {
        const f = await db.auditLog.findUnique({ where: { id } });
        if (f) filas.push(f as unknown as Fila);
      } catch (e) {
        filas.push({ id, ilegible: mensaje(e) });
        break;
      }
    }
    return filas;
  }
}

/** Walks the chain after `desde` (id 0 and the genesis hash for the whole log), in pages, and proves it. */
async function recorrer(db: Db, clave: Uint8Array, desde: Cabeza, pagina: number): Promise<Recorrido> {
  let anterior = desde.hash;
  let desdeId = desde.id;
  let cabeza: Cabeza | null = desde.id > 0 ? desde : null;
  let total = 0;
  for (;;) {
    const filas = await leerPagina(db, desdeId, pagina);
    if (filas.length === 0) return { ok: true, total, cabeza };
    // Malformed rows stop the run: the well-formed ones before them are verified first.
    const entradas: EntradaEncadenada[] = [];
    let mala: { id: number; motivo: string } | null = null;
    for (const f of filas) {
      if ("ilegible" in f) {
        log.error(`[auditoria] La entrada ${f.id} no se puede leer: ${String(f.ilegible)}`);
        mala = { id: f.id, motivo: "La entrada no se puede leer: alguna columna tiene un valor de otro tipo (p. ej. datos binarios en un campo de texto); fue modificada fuera del portal." };
        break;
      }
      const r = entradaDeFila(f);
      if (!r.ok) {
        mala = { id: f.id, motivo: motivoFormato(r.campos) };
        break;
      }
      entradas.push(r.entrada);
    }
    const r = verificarTramo(entradas, anterior, clave);
    if (!r.ok) return { ok: false, total: total + filas.length, rotaEn: r.rotaEn, motivo: r.motivo };
    if (mala) return { ok: false, total: total + filas.length, rotaEn: mala.id, motivo: mala.motivo };
    anterior = r.ultimo;
    total += entradas.length;
    const ultima = entradas[entradas.length - 1];
    cabeza = { id: ultima.id, hash: ultima.hash };
    desdeId = ultima.id;
  }
}

/** Spanish reason when the checkpointed entry is not in the log as recorded; null when it is. */
async function faltaPuntoDeControl(db: Db, p: PuntoVigente, cabeza: Cabeza | null): Promise<string | null> {
  let fila: { hash: unknown } | null;
  try {
    fila = await db.auditLog.findUnique({ where: { id: p.id }, select: { hash: true } });
  } catch {
    fila = { hash: null };
  }
  const inicio = `Faltan entradas: el punto de control firmado del ${formatearFechaHora(p.createdAt)} registra la entrada ${p.id} (hash ${p.hash.slice(0, 12)}…)`;
  if (!fila) return `${inicio}, que ya no está en la bitácora: se borraron las entradas más recientes.`;
  if (fila.hash !== p.hash) return `${inicio}, y la bitácora tiene otra entrada con ese número: la cola fue borrada o reescrita.`;
  if (!cabeza || cabeza.id < p.id) return `${inicio}, pero la cadena termina antes.`;
  return null;
}

/**
 * Verifies the whole log: chain, content, MAC of every entry, and the signed checkpoint. Never throws on a
 * malformed row (it is reported with its id). On success it moves the checkpoint to the head.
 */
export async function verifyAuditChain(db: Db, opciones: OpcionesVerificacion = {}): Promise<ResultadoVerificacion> {
  const clave = opciones.clave ?? claveAuditoria();
  const carpeta = opciones.carpeta ?? carpetaPuntoDeControl();
  const archivo = await leerPuntoDeControlArchivo(clave, carpeta);
  const punto = archivo.estado === "valido" ? archivo.punto : null;

  const r = await recorrer(db, clave, { id: 0, hash: GENESIS_HASH }, opciones.pagina ?? 1000);
  if (!r.ok) return { ok: false, estado: "rota", total: r.total, rotaEn: r.rotaEn, motivo: r.motivo, puntoDeControl: punto };
  if (archivo.estado === "invalido") return { ok: false, estado: "punto-de-control-invalido", total: r.total, motivo: archivo.motivo, puntoDeControl: null };
  if (punto) {
    const falta = await faltaPuntoDeControl(db, punto, r.cabeza);
    if (falta) return { ok: false, estado: "truncada", total: r.total, motivo: falta, puntoDeControl: punto };
  }

  let vigente = punto;
  if (r.cabeza && opciones.escribirPuntoDeControl !== false) {
    try {
      const escrito = await avanzarArchivo(clave, r.cabeza, carpeta);
      if (escrito.vigente.estado === "valido") vigente = escrito.vigente.punto;
    } catch (e) {
      log.error(`[auditoria] No se pudo escribir el punto de control en ${carpeta}: ${mensaje(e)}`);
    }
  }
  return { ok: true, estado: "integra", total: r.total, cabeza: r.cabeza, puntoDeControl: vigente };
}

export type ResultadoAvance = { ok: true; escrito: boolean; puntoDeControl: PuntoVigente | null } | { ok: false; motivo: string; puntoDeControl: PuntoVigente | null };

/**
 * The background loop's step: verifies only what was appended since the checkpoint (after checking the
 * checkpointed entry is still there) and moves the checkpoint to the new head. A broken tail is never
 * checkpointed: the checkpoint stays at the last head that verified.
 */
export async function avanzarPuntoDeControl(db: Db, opciones: Omit<OpcionesVerificacion, "escribirPuntoDeControl"> = {}): Promise<ResultadoAvance> {
  const clave = opciones.clave ?? claveAuditoria();
  const carpeta = opciones.carpeta ?? carpetaPuntoDeControl();
  const archivo = await leerPuntoDeControlArchivo(clave, carpeta);
  if (archivo.estado === "invalido") return { ok: false, motivo: archivo.motivo, puntoDeControl: null };
  const punto = archivo.estado === "valido" ? archivo.punto : null;
  if (punto) {
    const falta = await faltaPuntoDeControl(db, punto, punto);
    if (falta) return { ok: false, motivo: falta, puntoDeControl: punto };
  }
  const r = await recorrer(db, clave, punto ?? { id: 0, hash: GENESIS_HASH }, opciones.pagina ?? 1000);
  if (!r.ok) return { ok: false, motivo: `Entrada ${r.rotaEn}: ${r.motivo}`, puntoDeControl: punto };
  if (!r.cabeza || (punto && r.cabeza.id <= punto.id)) return { ok: true, escrito: false, puntoDeControl: punto };
  const escrito = await avanzarArchivo(clave, r.cabeza, carpeta);
  return { ok: true, escrito: escrito.escrito, puntoDeControl: escrito.vigente.estado === "valido" ? escrito.vigente.punto : punto };
}
