// next-auth v5: JWT sessions carrying the user id and a session version. Roles are not in the token:
// lib/auth/session.ts reads them from the database on every request, and a role change bumps
// sessionVersion, which ends that user's sessions. See docs/decisions/0002-autenticacion.md
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { verificarCredenciales } from "./credentials";

class CuentaBloqueada extends CredentialsSignin {
  code = "bloqueado";
}

export function ipDe(headers: Headers | undefined): string | null {
  const fwd = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return fwd || headers?.get("x-real-ip") || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/ingresar" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const r = await verificarCredenciales(db, credentials, ipDe(request?.headers));
        if (!r.ok) {
          if (r.motivo === "BLOQUEADO") throw new CuentaBloqueada();
          return null;
        }
        return { id: r.user.id, email: r.user.email, name: r.user.nombre, sessionVersion: r.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
  },
});
