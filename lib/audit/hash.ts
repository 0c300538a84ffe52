// Hash chain of the audit log (pure). Each entry's hash covers its content and the previous hash,
// so changing or deleting any entry breaks every hash after it. Each entry also carries a MAC of its
// hash with the server key (./firma.ts), so a recomputed hash without the key is caught too.
import { createHash } from "node:crypto";
import { macEntradaValido } from "./firma";

export const GENESIS_HASH = "0".repeat(64);

export type ContenidoAuditoria = {
  createdAt: Date;
  actorId: string | null;
  accion: string;
  entidad: string;
  entidadId: string | null;
  etapa: string | null;
  datos: string;
};

export function hashEntrada(prevHash: string, c: ContenidoAuditoria): string {
  const texto = [prevHash, c.createdAt.toISOString(), c.actorId ?? "", c.accion, c.entidad, c.entidadId ?? "", c.etapa ?? "", c.datos].join("\n");
  return createHash("sha256").update(texto).digest("hex");
}

export type EntradaEncadenada = ContenidoAuditoria & { id: number; prevHash: string; hash: string; mac: string };

export const MOTIVO_ENLACE = "El hash anterior no coincide con la entrada previa.";
export const MOTIVO_CONTENIDO = "El contenido de la entrada fue alterado.";
export const motivoFirma = (id: number) =>
  `La entrada ${id} no tiene una firma válida: fue escrita o reescrita sin la clave del servidor (AUDIT_KEY).`;

/**
 * Verifies a run of entries in id order, starting from `anterior` (the hash before the first one): the
 * link, the content hash and the MAC (with the server key) of each one.
 */
export function verificarTramo(
  entradas: EntradaEncadenada[],
  anterior: string,
  clave: Uint8Array,
): { ok: true; ultimo: string } | { ok: false; rotaEn: number; motivo: string } {
  let prev = anterior;
  for (const e of entradas) {
    if (e.prevHash !== prev) return { ok: false, rotaEn: e.id, motivo: MOTIVO_ENLACE };
    if (hashEntrada(e.prevHash, e) !== e.hash) return { ok: false, rotaEn: e.id, motivo: MOTIVO_CONTENIDO };
    if (!macEntradaValido(clave, e.hash, e.mac)) return { ok: false, rotaEn: e.id, motivo: motivoFirma(e.id) };
    prev = e.hash;
  }
  return { ok: true, ultimo: prev };
}

const texto = (v: unknown) => typeof v === "string";
const textoONulo = (v: unknown) => v === null || typeof v === "string";

/**
 * A row as read from the database, checked field by field before it is hashed: a row edited outside the
 * application may hold anything (a BLOB in `datos`, a number in `hash`, a date that is not one).
 * Returns the entry, or the list of malformed fields.
 */
export function entradaDeFila(fila: Record<string, unknown>): { ok: true; entrada: EntradaEncadenada } | { ok: false; campos: string[] } {
  const campos: string[] = [];
  if (typeof fila.id !== "number" || !Number.isSafeInteger(fila.id)) campos.push("id");
  if (!(fila.createdAt instanceof Date) || Number.isNaN(fila.createdAt.getTime())) campos.push("createdAt");
  for (const c of ["accion", "entidad", "datos", "prevHash", "hash", "mac"] as const) if (!texto(fila[c])) campos.push(c);
  for (const c of ["actorId", "entidadId", "etapa"] as const) if (!textoONulo(fila[c])) campos.push(c);
  if (campos.length > 0) return { ok: false, campos };
  return { ok: true, entrada: fila as unknown as EntradaEncadenada };
}

export const motivoFormato = (campos: string[]) =>
  `La entrada tiene datos con un formato inválido (${campos.join(", ")}): fue modificada fuera del portal y no se puede verificar.`;
