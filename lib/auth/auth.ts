// next-auth v5: JWT sessions carrying the user id and a session version. Roles are not in the token:
// lib/auth/session.ts reads them from the database on every request, and a role change bumps
// sessionVersion, which ends that user's sessions. See docs/decisions/0002-autenticacion.md
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { verificarCredenciales } from "./credentials";
import { ipCliente } from "./ip";
import { DURACION_SESION_S, estaRevocada } from "./revocacion";
import { destinoSeguroAbsoluto } from "@/lib/domain/redireccion";

class CuentaBloqueada extends CredentialsSignin {
  code = "bloqueado";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
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
  ],
  callbacks: {
    // The same rule as ?volver= (lib/domain/redireccion.ts): never off the portal's origin.
    redirect({ url, baseUrl }) {
      return destinoSeguroAbsoluto(url, baseUrl);
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        // One id per sign-in: signing out revokes exactly this session (lib/auth/revocacion.ts).
        token.sid = randomUUID();
        return token;
      }
      // A signed-out session is dead for next-auth too (/api/auth/session answered it and renewed the
      // cookie): null makes next-auth drop the cookie. lib/auth/usuario-sesion.ts checks it again.
      if (typeof token.sid !== "string" || (await estaRevocada(db, token.sid))) return null;
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined, sid: token.sid as string | undefined };
    },
  },
});
