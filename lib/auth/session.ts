// The signed-in user for this request, read fresh from the database: roles are always current, and a
// token whose session version is older than the user's (role changed) or whose session was signed out
// (lib/auth/revocacion.ts) is ignored. Once per request: the token is decoded from the cookie once
// (lib/auth/token-sesion.ts) and the user, roles and revocation are one statement
// (lib/auth/usuario-sesion.ts), both kept for the request by React's cache().
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { ipCliente } from "./ip";
import { tokenDeCookies } from "./token-sesion";
import { usuarioDeSesion } from "./usuario-sesion";

const tokenDeLaPeticion = cache(async () => tokenDeCookies(await headers(), null));

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  return usuarioDeSesion(db, await tokenDeLaPeticion());
});

/** The session id of this request's token (to revoke it on sign-out). */
export async function getSessionId(): Promise<string | null> {
  return (await tokenDeLaPeticion())?.sid ?? null;
}

/** How this request's session was opened: "claveunica" or "credenciales" (null without a session). */
export async function getViaDeSesion(): Promise<string | null> {
  return (await tokenDeLaPeticion())?.via ?? null;
}

export async function getRequestIp(): Promise<string | null> {
  return ipCliente(await headers());
}
