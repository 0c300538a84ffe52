// The signed-in user for this request, read fresh from the database: roles are always current, and a
// token whose session version is older than the user's (role changed, signed out everywhere) is ignored.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/actions/pipeline";
import { auth, ipDe } from "./auth";

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const u = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, nombre: true, email: true, sessionVersion: true, roles: { select: { rol: true } } },
  });
  if (!u || u.sessionVersion !== (session.sv ?? 0)) return null;
  return { id: u.id, nombre: u.nombre, email: u.email, roles: u.roles.map((r) => r.rol) };
});

export async function getRequestIp(): Promise<string | null> {
  return ipDe(await headers());
}
