// Signed, expiring invitation links. Pure: the secret comes in as a parameter (AUTH_SECRET in the app).
//   token = base64url(invitacionId + "." + expiraEn in epoch milliseconds) + "." + base64url(HMAC-SHA256(first part, secret))
import { createHmac, timingSafeEqual } from "node:crypto";

export type TokenVerificado = { ok: true; invitacionId: string; expiraEn: Date } | { ok: false; motivo: "INVALIDO" | "EXPIRADO" };

const B64URL = /^[A-Za-z0-9_-]+$/;

function firma(carga: string, secreto: string): Buffer {
  return createHmac("sha256", secreto).update(carga).digest();
}

export function firmarInvitacion(invitacionId: string, expiraEn: Date, secreto: string): string {
  if (!secreto) throw new Error("Falta el secreto para firmar invitaciones.");
  if (!invitacionId || invitacionId.includes(".")) throw new Error("Identificador de invitación inválido.");
  const carga = Buffer.from(`${invitacionId}.${expiraEn.getTime()}`, "utf8").toString("base64url");
  return `${carga}.${firma(carga, secreto).toString("base64url")}`;
}

export function verificarInvitacion(token: string, secreto: string, ahora: Date = new Date()): TokenVerificado {
  const invalido = { ok: false, motivo: "INVALIDO" } as const;
  if (!secreto || typeof token !== "string" || token.length > 512) return invalido;
  const partes = token.split(".");
  if (partes.length !== 2) return invalido;
  const [carga, firmaTexto] = partes;
  if (!B64URL.test(carga) || !B64URL.test(firmaTexto)) return invalido;
  const recibida = Buffer.from(firmaTexto, "base64url");
  // Only the canonical encoding: the last base64 character has spare bits that decode the same way.
  if (recibida.toString("base64url") !== firmaTexto) return invalido;
  const esperada = firma(carga, secreto);
  // Same length first (timingSafeEqual throws otherwise); then a constant-time comparison.
  if (recibida.length !== esperada.length || !timingSafeEqual(recibida, esperada)) return invalido;
  const m = /^([^.]+)\.(\d{1,15})$/.exec(Buffer.from(carga, "base64url").toString("utf8"));
  if (!m) return invalido;
  const expiraEn = new Date(Number(m[2]));
  if (Number.isNaN(expiraEn.getTime())) return invalido;
  if (expiraEn.getTime() <= ahora.getTime()) return { ok: false, motivo: "EXPIRADO" };
  return { ok: true, invitacionId: m[1], expiraEn };
}
