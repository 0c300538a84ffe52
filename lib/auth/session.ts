// The signed-in user for this request, read fresh from the database: roles are always current, and a
// token whose session version is older than the user's (role changed) or whose session was signed out
// (lib/auth/revocacion.ts) is ignored.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { auth } from "./auth";
import { ipCliente } from "./ip";
import { usuarioDeSesion, type TokenSesion } from "./usuario-sesion";

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  return usuarioDeSesion(db, (await auth()) as TokenSesion | null);
});

/** The session id of this request's token (to revoke it on sign-out). */
export async function getSessionId(): Promise<string | null> {
  return ((await auth()) as TokenSesion | null)?.sid ?? null;
}

export async function getRequestIp(): Promise<string | null> {
  return ipCliente(await headers());
}
