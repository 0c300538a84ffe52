// Who may expire every public cache tag from outside an action: the process that knows the token in
// CACHE_EXPIRY_TOKEN (docs/decisions/0010-paginas-publicas-en-cache.md). scripts/servidor.mjs sets a random
// one when none is given and calls the route once after it starts (the build prerendered the public pages
// against another database); the e2e harness sets its own and calls it after its fixtures write straight
// to the database. Without the variable (`next start`, `next dev`) the route does not exist.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

export const CABECERA_TOKEN_CACHE = "x-fondo-cache-token";

/** True only when a token is configured and `recibido` equals it (compared in constant time). */
export function tokenDeExpiracionValido(recibido: string | null): boolean {
  const esperado = process.env.CACHE_EXPIRY_TOKEN;
  if (!esperado || esperado.length < 16 || !recibido) return false;
  // Hashes have the same length whatever was sent, so the comparison leaks neither length nor content.
  const h = (v: string) => createHash("sha256").update(v).digest();
  return timingSafeEqual(h(recibido), h(esperado));
}

export function expiracionHabilitada(): boolean {
  return (process.env.CACHE_EXPIRY_TOKEN ?? "").length >= 16;
}
