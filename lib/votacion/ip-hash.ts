// A vote keeps its client IP only as a keyed hash (issue 11, anti-abuse): enough to see many votes from one
// connection in the burst report, never the address itself. HMAC-SHA256 with a key derived, like the audit
// key (lib/audit/clave.ts), from AUTH_SECRET with HKDF and its own label; AUDIT_KEY when AUTH_SECRET is
// not set (the tests). Without a key the IPv4 space is small enough to reverse a plain hash.
import { createHmac, hkdfSync } from "node:crypto";

/** HKDF "info": this key is for IP hashes only. */
export const ETIQUETA_IP_VOTO = "fondo-idea/votacion/ip-hash/v1";

/** The key, derived on each call from the environment (tests may change it). */
export function claveIpVoto(env: Record<string, string | undefined> = process.env): Buffer {
  const secreto = env.AUTH_SECRET?.trim() || env.AUDIT_KEY?.trim();
  if (!secreto) throw new Error("Falta AUTH_SECRET (o AUDIT_KEY): no se puede calcular el hash de la IP de un voto.");
  return Buffer.from(hkdfSync("sha256", Buffer.from(secreto, "utf8"), Buffer.alloc(0), ETIQUETA_IP_VOTO, 32));
}

let cache: { secreto: string; clave: Buffer } | null = null;

/** The keyed hash of an address (hex, 64 characters), or null without one. */
export function hashIp(ip: string | null, env: Record<string, string | undefined> = process.env): string | null {
  if (!ip) return null;
  const secreto = env.AUTH_SECRET?.trim() || env.AUDIT_KEY?.trim() || "";
  // Derived once per secret: one HKDF per vote would be wasted work on the hot path.
  if (!cache || cache.secreto !== secreto) cache = { secreto, clave: claveIpVoto(env) };
  return createHmac("sha256", cache.clave).update(ip).digest("hex");
}
