// From a decoded session token to the user it stands for, or null. No Next imports, so integration
// tests call it with real tokens' contents.
import type { Db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { estaRevocada } from "./revocacion";

export type TokenSesion = { uid?: string; sv?: number; sid?: string };

export async function usuarioDeSesion(db: Db, token: TokenSesion | null): Promise<SessionUser | null> {
  // A token without a session id predates revocation (or was not made by our sign-in): not accepted.
  if (!token?.uid || !token.sid) return null;
  const [u, revocada] = await Promise.all([
    db.user.findUnique({
      where: { id: token.uid },
      select: { id: true, nombre: true, email: true, sessionVersion: true, roles: { select: { rol: true } } },
    }),
    estaRevocada(db, token.sid),
  ]);
  if (!u || revocada || u.sessionVersion !== (token.sv ?? 0)) return null;
  return { id: u.id, nombre: u.nombre, email: u.email, roles: u.roles.map((r) => r.rol) };
}
