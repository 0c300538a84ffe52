// Sign-out ends the session on the server too. Sessions are JWTs, which stay valid until they expire
// whatever the browser does with its cookie; so signing out records the session's id (`sid`, one per
// sign-in) as revoked, and lib/auth/session.ts refuses a revoked id. Other sessions of the same person
// (another device) go on. A revoked row is kept only until the session would have expired anyway.
import type { Db } from "@/lib/db/client";

/** How long a session lasts (next-auth maxAge), in seconds. */
export const DURACION_SESION_S = 8 * 60 * 60;

export async function revocarSesion(db: Db, sid: string, ahora = new Date()): Promise<void> {
  const expira = new Date(ahora.getTime() + DURACION_SESION_S * 1000);
  await db.sesionRevocada.upsert({ where: { sid }, create: { sid, expira }, update: {} });
  // Housekeeping, cheap (indexed): forget revocations of sessions that have expired by now.
  await db.sesionRevocada.deleteMany({ where: { expira: { lt: ahora } } });
}

export async function estaRevocada(db: Db, sid: string): Promise<boolean> {
  return (await db.sesionRevocada.findUnique({ where: { sid }, select: { sid: true } })) !== null;
}
