// From a decoded session token to the user it stands for, or null. No Next imports, so integration
// tests call it with real tokens' contents.
import type { Db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { ROLES, type Rol } from "@/lib/domain/roles";

export type TokenSesion = { uid?: string; sv?: number; sid?: string; via?: string };

type Fila = {
  id: string;
  nombre: string;
  email: string;
  rutVerificado: boolean | number | bigint;
  sessionVersion: number | bigint;
  rol: string | null;
  revocada: boolean | number | bigint;
};

const verdadero = (x: boolean | number | bigint) => x === true || Number(x) === 1;

/**
 * The user, their roles and whether this session was signed out (lib/auth/revocacion.ts), in ONE statement
 * (one row per role; every request with a session pays it): null for a token without a session id, a
 * signed-out session, a session version older than the user's (roles changed) or a user that is gone.
 */
export async function usuarioDeSesion(db: Db, token: TokenSesion | null): Promise<SessionUser | null> {
  // A token without a session id predates revocation (or was not made by our sign-in): not accepted.
  if (!token?.uid || !token.sid) return null;
  const filas = await db.$queryRaw<Fila[]>`
    SELECT u."id", u."nombre", u."email", u."rutVerificado", u."sessionVersion", CAST(r."rol" AS TEXT) AS "rol",
      EXISTS (SELECT 1 FROM "SesionRevocada" s WHERE s."sid" = ${token.sid}) AS "revocada"
    FROM "User" u LEFT JOIN "UserRol" r ON r."userId" = u."id"
    WHERE u."id" = ${token.uid}`;
  const u = filas[0];
  if (!u || verdadero(u.revocada) || Number(u.sessionVersion) !== (token.sv ?? 0)) return null;
  return {
    id: u.id,
    nombre: u.nombre,
    email: u.email,
    // In the order of ROLES (stable, whatever order the rows come in).
    roles: ROLES.filter((rol: Rol) => filas.some((f) => f.rol === rol)),
    rutVerificado: verdadero(u.rutVerificado),
    ingresoClaveUnica: token.via === "claveunica",
  };
}
