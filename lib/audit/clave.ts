// The audit log's server key: it MACs every entry and signs the checkpoint, and never lives in the
// database (ADR 0007). A database-only edit can recompute a hash, but not a MAC.
//   1. AUDIT_KEY, when set (a random value, 32 bytes in base64url; `npm start` writes one into a new .env);
//   2. otherwise derived from AUTH_SECRET with HKDF-SHA256 and a fixed label, so an install that only has
//      AUTH_SECRET keeps working (the derived key is not the session secret itself);
//   3. neither: an error, in every environment (the tests set AUDIT_KEY in vitest.config.ts).
// Changing the key makes every earlier entry and the checkpoint report as not validly signed.
//
// No "server-only" import: the seed script (tsx) and instrumentation.ts load this module outside React
// Server Components, where that package throws. Nothing here reaches a client bundle: the only caller
// chain is lib/audit/log.ts, which the browser never imports, and the env vars are not NEXT_PUBLIC_.
import { hkdfSync } from "node:crypto";

/** HKDF "info": fixes what the derived key is for, so it differs from any other use of AUTH_SECRET. */
export const ETIQUETA_DERIVACION = "fondo-idea/auditoria/clave-mac/v1";

export class FaltaClaveAuditoria extends Error {
  constructor() {
    super("Falta AUDIT_KEY (o AUTH_SECRET, del que se deriva): la bitácora de auditoría no puede firmar ni verificar sus entradas.");
    this.name = "FaltaClaveAuditoria";
  }
}

/** The key as bytes, from the environment (read on each call, so tests can change it). */
export function claveAuditoria(env: Record<string, string | undefined> = process.env): Buffer {
  const propia = env.AUDIT_KEY?.trim();
  if (propia) return Buffer.from(propia, "utf8");
  const secreto = env.AUTH_SECRET?.trim();
  if (secreto) return Buffer.from(hkdfSync("sha256", Buffer.from(secreto, "utf8"), Buffer.alloc(0), ETIQUETA_DERIVACION, 32));
  throw new FaltaClaveAuditoria();
}
