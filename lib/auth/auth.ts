// next-auth v5: JWT sessions carrying the user id and a session version. Roles are not in the token:
// lib/auth/session.ts reads them from the database on every request, and a role change bumps
// sessionVersion, which ends that user's sessions. See docs/decisions/0002-autenticacion.md
// ClaveÚnica (docs/decisions/0013-claveunica-cuenta-por-run.md) is on when its client id and secret are set.
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { verificarCredenciales } from "./credentials";
import { ipCliente } from "./ip";
import { DURACION_SESION_S, estaRevocada, revocarSesion } from "./revocacion";
import { destinoSeguroAbsoluto } from "@/lib/domain/redireccion";
import { ID_CLAVEUNICA } from "./claveunica-claims";
import { configClaveUnica } from "./claveunica-config";
import { proveedorClaveUnica } from "./claveunica-proveedor";
import { ingresarConClaveUnica } from "./claveunica";
import { sesionDeLaPeticion } from "./claveunica-sesion";

class CuentaBloqueada extends CredentialsSignin {
  code = "bloqueado";
}

type Opciones = { db?: Db; req?: Request; env?: Record<string, string | undefined> };

/**
 * The configuration, built per request (next-auth's lazy form) so the ClaveÚnica callback sees the
 * request: a sign-in started while signed in verifies THAT account. Integration tests call it with their
 * own database and environment.
 */
export function opcionesAuth({ db = dbPorDefecto, req, env = process.env }: Opciones = {}): NextAuthConfig {
  const claveUnica = configClaveUnica(env);
  return {
    trustHost: true,
    session: { strategy: "jwt", maxAge: DURACION_SESION_S },
    // next-auth's own pages are English and break the CSP: its sign-in, error and sign-out screens are ours.
    pages: { signIn: "/ingresar", error: "/ingresar", signOut: "/" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const r = await verificarCredenciales(db, credentials, ipCliente(request?.headers));
          if (!r.ok) {
            if (r.motivo === "BLOQUEADO") throw new CuentaBloqueada();
            return null;
          }
          return { id: r.user.id, email: r.user.email, name: r.user.nombre, sessionVersion: r.user.sessionVersion };
        },
      }),
      ...(claveUnica ? [proveedorClaveUnica(claveUnica)] : []),
    ],
    callbacks: {
      // ClaveÚnica: next-auth has checked state, nonce, PKCE and the id token; the account is ours to find
      // by RUN (lib/auth/claveunica.ts). A refusal goes back to /ingresar with its code.
      async signIn({ user, account, profile }) {
        if (account?.provider !== ID_CLAVEUNICA) return true;
        const actual = req ? await sesionDeLaPeticion(db, req, env) : null;
        const r = await ingresarConClaveUnica(db, profile, { sesionUserId: actual?.userId ?? null });
        if (!r.ok) return `/ingresar?error=${r.error}`;
        // next-auth hands this same object to the jwt callback: it becomes our account.
        Object.assign(user, { id: r.user.id, email: r.user.email, name: r.user.nombre, sessionVersion: r.user.sessionVersion });
        // The new session replaces the one this browser had.
        if (actual) await revocarSesion(db, actual.sid);
        return true;
      },
      // The same rule as ?volver= (lib/domain/redireccion.ts): never off the portal's origin.
      redirect({ url, baseUrl }) {
        return destinoSeguroAbsoluto(url, baseUrl);
      },
      async jwt({ token, user, account }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          // One id per sign-in: signing out revokes exactly this session (lib/auth/revocacion.ts).
          token.sid = randomUUID();
          // How this session was opened: a ClaveÚnica session proves the person is at the keyboard.
          token.via = account?.provider === ID_CLAVEUNICA ? "claveunica" : "credenciales";
          return token;
        }
        // A signed-out session is dead for next-auth too (/api/auth/session answered it and renewed the
        // cookie): null makes next-auth drop the cookie. lib/auth/usuario-sesion.ts checks it again.
        if (typeof token.sid !== "string" || (await estaRevocada(db, token.sid))) return null;
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          uid: token.uid as string | undefined,
          sv: token.sv as number | undefined,
          sid: token.sid as string | undefined,
          via: token.via as string | undefined,
        };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth((req) => opcionesAuth({ req }));

/** Whether the sign-in page offers ClaveÚnica (its client id and secret are set, and valid). */
export function claveUnicaHabilitada(): boolean {
  return configClaveUnica() !== null;
}
