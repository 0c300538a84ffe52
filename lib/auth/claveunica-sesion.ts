// The portal session a ClaveÚnica sign-in started from, read from the callback request's cookie: a
// valid one (not signed out, current session version) makes the sign-in verify THAT account
// (lib/auth/claveunica.ts, rule 2). /ingresar's ClaveÚnica button signs out first
// (lib/auth/claveunica-acciones.ts), so only /cuenta's "verify" button links to an open session.
import type { Db } from "@/lib/db/client";
import { tokenDeCookies } from "./token-sesion";
import { usuarioDeSesion } from "./usuario-sesion";

export async function sesionDeLaPeticion(db: Db, req: Request, env: Record<string, string | undefined> = process.env): Promise<{ userId: string; sid: string } | null> {
  const token = await tokenDeCookies(req.headers, req.url, env);
  const user = await usuarioDeSesion(db, token);
  return user && token?.sid ? { userId: user.id, sid: token.sid } : null;
}
