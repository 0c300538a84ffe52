// Checks e-mail and password for the Credentials provider, with the sign-in rate limits.
// No Next or next-auth imports, so integration tests call it directly.
import type { Db } from "@/lib/db/client";
import { credencialesSchema } from "./credenciales-schema";
import { dummyHash, verifyPassword } from "./password";
import { claveCuenta, claveIp, consumirIntento, devolverIntento, limpiar, LIMITE_CUENTA, LIMITE_IP } from "./rate-limit";

// The form's schema lives apart: the browser form imports it, and this file loads argon2 (native, server only).
export { credencialesSchema };

export type ResultadoCredenciales =
  | { ok: true; user: { id: string; email: string; nombre: string; sessionVersion: number } }
  | { ok: false; motivo: "INVALIDAS" | "BLOQUEADO" };

export async function verificarCredenciales(db: Db, raw: unknown, ip: string | null): Promise<ResultadoCredenciales> {
  const parsed = credencialesSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, motivo: "INVALIDAS" };
  const { email, password } = parsed.data;
  const kc = claveCuenta(email);
  const ki = ip ? claveIp(ip) : null;
  // Each attempt is counted before the password is checked (lib/auth/rate-limit.ts). The IP first: an
  // address already over its budget does not also use up the account's.
  if (ki && !(await consumirIntento(db, ki, LIMITE_IP)).permitido) return { ok: false, motivo: "BLOQUEADO" };
  if (!(await consumirIntento(db, kc, LIMITE_CUENTA)).permitido) return { ok: false, motivo: "BLOQUEADO" };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, nombre: true, passwordHash: true, sessionVersion: true },
  });
  const valido = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyHash(), password), false);
  if (!user || !valido) return { ok: false, motivo: "INVALIDAS" };
  // A good sign-in clears the account's count and gives the IP its attempt back (an office behind one
  // address signs in many people).
  await limpiar(db, kc);
  if (ki) await devolverIntento(db, ki);
  return { ok: true, user: { id: user.id, email: user.email, nombre: user.nombre, sessionVersion: user.sessionVersion } };
}
