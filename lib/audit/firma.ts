// MACs of the audit log (pure: the key comes in as a parameter; lib/audit/clave.ts reads it).
// - Each entry: HMAC-SHA256(key, label + hash). The hash already covers the content and prevHash, so a
//   database-only edit that recomputes the hash cannot produce a matching MAC.
// - The checkpoint: the head of the log (id and hash) at a time, signed the same way with another label,
//   kept outside the database (lib/audit/punto-de-control.ts). See ADR 0007.
import { createHmac, timingSafeEqual } from "node:crypto";

const ETIQUETA_ENTRADA = "fondo-idea/auditoria/entrada/v1\n";
const ETIQUETA_PUNTO = "fondo-idea/auditoria/punto-de-control/v1\n";
const HEX64 = /^[0-9a-f]{64}$/;

function hmac(clave: Uint8Array, texto: string): string {
  return createHmac("sha256", clave).update(texto, "utf8").digest("hex");
}

/** Constant-time comparison of two hex MACs; anything that is not 64 hex characters is simply unequal. */
function iguales(a: string, b: string): boolean {
  if (!HEX64.test(a) || !HEX64.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, "hex"), Buffer.from(b, "hex"));
}

export function macEntrada(clave: Uint8Array, hash: string): string {
  return hmac(clave, ETIQUETA_ENTRADA + hash);
}

export function macEntradaValido(clave: Uint8Array, hash: string, mac: string): boolean {
  return iguales(macEntrada(clave, hash), mac);
}

/** The head of the log at a time, signed. `createdAt` is when the checkpoint was taken (ISO 8601). */
export type PuntoDeControl = { id: number; hash: string; createdAt: string; mac: string };

function textoPunto(p: { id: number; hash: string; createdAt: string }): string {
  return `${ETIQUETA_PUNTO}${p.id}\n${p.hash}\n${p.createdAt}`;
}

export function firmarPuntoDeControl(clave: Uint8Array, p: { id: number; hash: string; createdAt: Date }): PuntoDeControl {
  const sinFirma = { id: p.id, hash: p.hash, createdAt: p.createdAt.toISOString() };
  return { ...sinFirma, mac: hmac(clave, textoPunto(sinFirma)) };
}

export type LecturaPuntoDeControl =
  | { ok: true; punto: { id: number; hash: string; createdAt: Date } }
  | { ok: false; motivo: string };

/** Parses and checks a checkpoint file's text: shape first, then the signature. Never throws. */
export function leerPuntoDeControl(clave: Uint8Array, texto: string): LecturaPuntoDeControl {
  let v: unknown;
  try {
    v = JSON.parse(texto);
  } catch {
    return { ok: false, motivo: "El punto de control firmado no se puede leer: no es JSON válido." };
  }
  const p = (v && typeof v === "object" ? v : {}) as Record<string, unknown>;
  const createdAt = typeof p.createdAt === "string" ? new Date(p.createdAt) : null;
  if (
    typeof p.id !== "number" ||
    !Number.isSafeInteger(p.id) ||
    p.id < 1 ||
    typeof p.hash !== "string" ||
    !HEX64.test(p.hash) ||
    !createdAt ||
    Number.isNaN(createdAt.getTime()) ||
    typeof p.mac !== "string"
  ) {
    return { ok: false, motivo: "El punto de control firmado no tiene el formato esperado (id, hash, createdAt, mac)." };
  }
  const firmado = { id: p.id, hash: p.hash, createdAt: p.createdAt as string };
  if (!iguales(hmac(clave, textoPunto(firmado)), p.mac)) {
    return { ok: false, motivo: "El punto de control no tiene una firma válida: fue alterado o escrito sin la clave del servidor (AUDIT_KEY)." };
  }
  return { ok: true, punto: { id: p.id, hash: p.hash, createdAt } };
}
