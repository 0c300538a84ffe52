// Hash chain of the audit log (pure). Each entry's hash covers its content and the previous hash,
// so changing or deleting any entry breaks every hash after it.
import { createHash } from "node:crypto";

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

/** JSON with sorted keys, so the same data always gives the same text. */
export function jsonCanonico(valor: unknown): string {
  return JSON.stringify(valor, (_k, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

export function hashEntrada(prevHash: string, c: ContenidoAuditoria): string {
  const texto = [prevHash, c.createdAt.toISOString(), c.actorId ?? "", c.accion, c.entidad, c.entidadId ?? "", c.etapa ?? "", c.datos].join("\n");
  return createHash("sha256").update(texto).digest("hex");
}

export type EntradaEncadenada = ContenidoAuditoria & { id: number; prevHash: string; hash: string };

export type ResultadoVerificacion = { ok: true; total: number } | { ok: false; total: number; rotaEn: number; motivo: string };

/** Verifies a run of entries in id order, starting from `anterior` (the hash before the first one). */
export function verificarTramo(entradas: EntradaEncadenada[], anterior: string): { ok: true; ultimo: string } | { ok: false; rotaEn: number; motivo: string } {
  let prev = anterior;
  for (const e of entradas) {
    if (e.prevHash !== prev) return { ok: false, rotaEn: e.id, motivo: "El hash anterior no coincide con la entrada previa." };
    if (hashEntrada(e.prevHash, e) !== e.hash) return { ok: false, rotaEn: e.id, motivo: "El contenido de la entrada fue alterado." };
    prev = e.hash;
  }
  return { ok: true, ultimo: prev };
}
