// The link that confirms the e-mail address a ClaveÚnica account adds (ClaveÚnica gives none). Pure: the
// secret comes in as a parameter (AUTH_SECRET in the app). Stateless: it names the account and the
// address, expires, and is signed; confirming twice is harmless (the address is already set).
//   token = base64url(JSON {u: userId, e: email, x: expiry in epoch ms}) + "." + base64url(HMAC-SHA256)
// The HMAC covers a purpose prefix too, so no other signed link of the portal (scouting invitations,
// lib/scouting/token.ts, signed with the same secret) can pass for one of these.
import { createHmac, timingSafeEqual } from "node:crypto";

export const HORAS_VIGENCIA_ENLACE_CORREO = 24;
const PROPOSITO = "fondo-idea/cuenta.correo/v1:";
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export type EnlaceCorreo = { userId: string; email: string; expiraEn: Date };
export type EnlaceCorreoVerificado = ({ ok: true } & EnlaceCorreo) | { ok: false; motivo: "INVALIDO" | "EXPIRADO" };

const sello = (carga: string, secreto: string) => createHmac("sha256", secreto).update(PROPOSITO + carga).digest();

export function firmarEnlaceCorreo({ userId, email, expiraEn }: EnlaceCorreo, secreto: string): string {
  if (!secreto) throw new Error("Falta el secreto para firmar el enlace de confirmación.");
  if (!userId || !email) throw new Error("El enlace necesita la cuenta y el correo.");
  const carga = Buffer.from(JSON.stringify({ u: userId, e: email, x: expiraEn.getTime() }), "utf8").toString("base64url");
  return `${carga}.${sello(carga, secreto).toString("base64url")}`;
}

export function verificarEnlaceCorreo(token: string, secreto: string, ahora: Date = new Date()): EnlaceCorreoVerificado {
  const invalido = { ok: false, motivo: "INVALIDO" } as const;
  if (!secreto || typeof token !== "string" || token.length > 1024) return invalido;
  const [carga, firmaRecibida, ...resto] = token.split(".");
  if (resto.length || !carga || !firmaRecibida || !BASE64URL.test(carga) || !BASE64URL.test(firmaRecibida)) return invalido;
  const recibida = Buffer.from(firmaRecibida, "base64url");
  // Only the canonical encoding (the last character's spare bits would decode the same way).
  if (recibida.toString("base64url") !== firmaRecibida) return invalido;
  const esperada = sello(carga, secreto);
  if (recibida.length !== esperada.length || !timingSafeEqual(recibida, esperada)) return invalido;
  let datos: unknown;
  try {
    datos = JSON.parse(Buffer.from(carga, "base64url").toString("utf8"));
  } catch {
    return invalido;
  }
  const d = datos as { u?: unknown; e?: unknown; x?: unknown };
  if (typeof d.u !== "string" || typeof d.e !== "string" || typeof d.x !== "number" || !Number.isSafeInteger(d.x)) return invalido;
  if (d.x <= ahora.getTime()) return { ok: false, motivo: "EXPIRADO" };
  return { ok: true, userId: d.u, email: d.e, expiraEn: new Date(d.x) };
}
