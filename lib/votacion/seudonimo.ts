// The pseudonymous voter id ("VT-3F9A21C04B7D8E12") used wherever a vote leaves the voter's own view: the
// leaves of the sealed Merkle batches (lib/domain/merkle.ts), the anonymised exports (CSV, JSON, Pabulib)
// and the staff's burst report. It is HMAC-SHA256(key, convocatoriaId ‖ "\n" ‖ userId), truncated to 64
// bits: stable within a convocatoria (one voter's votes can be grouped), different across convocatorias,
// and not reversible without the key. Never a RUT, e-mail, name or the account id itself.
//
// The key is derived from AUTH_SECRET with HKDF-SHA256 and its own label, so it is not the session secret
// (AUDIT_KEY when AUTH_SECRET is unset, as in the tests, like the IP hash of ./ip-hash.ts).
// Rotating AUTH_SECRET changes every pseudonym, and with them the roots recomputed from the votes: the
// recount then reports every sealed batch as different (ADR 0014).
//
// No "server-only": the sealing worker runs from instrumentation.ts, outside React Server Components.
import { createHmac, hkdfSync } from "node:crypto";

export const ETIQUETA_SEUDONIMO = "fondo-idea/votacion/seudonimo/v1";
/** Only outside production, when neither is set (a first local run). */
const SOLO_DESARROLLO = "fondo-idea-desarrollo-no-usar-en-produccion";

export function claveSeudonimos(env: Record<string, string | undefined> = process.env): Buffer {
  let secreto = env.AUTH_SECRET?.trim() || env.AUDIT_KEY?.trim();
  if (!secreto) {
    if (env.NODE_ENV === "production") throw new Error("Falta AUTH_SECRET: no se pueden calcular los identificadores seudónimos de los votantes.");
    secreto = SOLO_DESARROLLO;
  }
  return Buffer.from(hkdfSync("sha256", Buffer.from(secreto, "utf8"), Buffer.alloc(0), ETIQUETA_SEUDONIMO, 32));
}

export function seudonimoVotante(convocatoriaId: string, userId: string, clave: Uint8Array = claveSeudonimos()): string {
  return `VT-${createHmac("sha256", clave).update(`${convocatoriaId}\n${userId}`).digest("hex").slice(0, 16).toUpperCase()}`;
}

/** A memoised pseudonymiser for one run over many votes (one key derivation, one HMAC per voter). */
export function seudonimizador(clave: Uint8Array = claveSeudonimos()): (convocatoriaId: string, userId: string) => string {
  const cache = new Map<string, string>();
  return (convocatoriaId, userId) => {
    const k = `${convocatoriaId}\n${userId}`;
    let s = cache.get(k);
    if (s === undefined) {
      s = seudonimoVotante(convocatoriaId, userId, clave);
      cache.set(k, s);
    }
    return s;
  };
}
