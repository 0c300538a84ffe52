// Page guards: a private page calls requireVista() first. Not signed in → /ingresar; signed in
// without the role → 404 (the page's existence is not revealed).
import "server-only";
import { notFound, redirect } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session-user";
import { puedeVer, type Vista } from "./permissions";
import { getSessionUser } from "./session";

export async function requireVista(vista: Vista, desde: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/ingresar?volver=${encodeURIComponent(desde)}`);
  if (!puedeVer(vista, user.roles)) notFound();
  return user;
}
