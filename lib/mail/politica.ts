// Reglas de reintento de la bandeja de salida (pure: no I/O). See docs/decisions/0004-correo-bandeja-de-salida.md

/** After this many failed attempts a message is FALLIDA and no longer retried. */
export const MAX_INTENTOS = 8;

/** How long a claimed message stays reserved to the instance sending it. Longer than one send can take. */
export const RESERVA_MS = 2 * 60_000;

const MINUTO = 60_000;
const ESPERA_MAXIMA_MS = 60 * MINUTO;

/**
 * Wait before the next attempt after the `intentos`-th failure: 1, 2, 4, 8, 16, 32 minutes, then 1 h.
 */
export function esperaTrasFallo(intentos: number): number {
  const n = Math.max(1, Math.floor(intentos));
  // 2^6 = 64 min already exceeds the cap; avoid computing huge powers.
  return n > 6 ? ESPERA_MAXIMA_MS : Math.min(2 ** (n - 1) * MINUTO, ESPERA_MAXIMA_MS);
}

const LARGO_ERROR = 300;

/**
 * A short, storable description of a send failure: the error code and message, without credentials
 * (userinfo in URLs, and any of `secretos` verbatim), on one line, at most 300 characters.
 */
export function resumirError(e: unknown, secretos: readonly string[] = []): string {
  let texto: string;
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    texto = typeof code === "string" && code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
  } else {
    texto = String(e);
  }
  // scheme://user:password@host → scheme://***@host
  texto = texto.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1***@");
  for (const s of secretos) if (s.length >= 3) texto = texto.split(s).join("***");
  texto = texto.replace(/\s+/g, " ").trim() || "Error desconocido";
  return texto.length > LARGO_ERROR ? `${texto.slice(0, LARGO_ERROR - 1)}…` : texto;
}
