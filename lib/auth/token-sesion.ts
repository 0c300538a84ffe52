// The session token of a request, decoded from its cookie as next-auth does (next-auth/jwt getToken: the
// cookie's name is also the JWT's salt; a large cookie may come in chunks; an expired token is null), but
// without next-auth's whole session round (auth() builds a session request, runs the jwt callback, encodes
// a fresh token and a JSON response that a server-side caller throws away). The token says nothing about
// revocation nor the user's current session version: lib/auth/usuario-sesion.ts checks both, so a token
// from here is only ever used through it (lib/auth/session.ts, lib/auth/claveunica-sesion.ts).
import { hkdfSync } from "node:crypto";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";
import { getToken, type JWTDecodeParams } from "next-auth/jwt";
import type { TokenSesion } from "./usuario-sesion";

type Entorno = Record<string, string | undefined>;

/** The secret(s) next-auth signs with: AUTH_SECRET (or NEXTAUTH_SECRET), else AUTH_SECRET_1..3 (rotation). */
export function secretosSesion(env: Entorno = process.env): string[] {
  const uno = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (uno) return [uno];
  return [3, 2, 1].map((i) => env[`AUTH_SECRET_${i}`]).filter((s): s is string => !!s);
}

/**
 * Over https only the `__Secure-` cookie counts (a browser accepts it only from a secure origin, so a
 * network attacker cannot plant a session of theirs); over plain http (local) the plain one. Decided like
 * next-auth does: AUTH_URL if set, else X-Forwarded-Proto (Next sets it for every request it serves), else
 * the request's own URL, else https.
 */
export function cookieSegura(headers: Headers, urlPeticion: string | null, env: Entorno = process.env): boolean {
  const base = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (base) return base.startsWith("https:");
  const proto = headers.get("x-forwarded-proto") ?? (urlPeticion ? new URL(urlPeticion).protocol : "https");
  return proto.replace(/:$/, "").trim().toLowerCase() === "https";
}

const LARGO_CLAVE: Record<string, number> = { "A256CBC-HS512": 64, "A256GCM": 32 };
const claves = new Map<string, Promise<{ clave: Uint8Array; huella: string }>>();

/**
 * The key next-auth derives from a secret for a token (HKDF-SHA-256, salt = the cookie's name, Auth.js's
 * info string) and its JWK thumbprint (the token's `kid`), derived once per process: next-auth's own
 * `decode` derives both again for every request (an HKDF and a SHA-512 per request for nothing). The map
 * holds at most one entry per content algorithm (2), secret (≤ 4) and cookie name (2).
 */
function claveDerivada(enc: string, secreto: string, salt: string): Promise<{ clave: Uint8Array; huella: string }> {
  const largo = LARGO_CLAVE[enc];
  if (!largo) throw new Error("Unsupported JWT Content Encryption Algorithm");
  const id = `${enc}\u0000${salt}\u0000${secreto}`;
  let c = claves.get(id);
  if (!c) {
    const clave = new Uint8Array(hkdfSync("sha256", secreto, salt, `Auth.js Generated Encryption Key (${salt})`, largo));
    c = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(clave) }, `sha${largo << 3}` as "sha256" | "sha512").then((huella) => ({ clave, huella }));
    claves.set(id, c);
  }
  return c;
}

/** next-auth/jwt `decode` (same algorithms, key lookup by `kid`, 15 s of clock tolerance), with the derived keys kept. */
async function decodificar({ token, secret, salt }: JWTDecodeParams) {
  if (!token) return null;
  const secretos = Array.isArray(secret) ? secret : [secret];
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      for (const secreto of secretos) {
        const { clave, huella } = await claveDerivada(enc, secreto, salt);
        if (kid === undefined || kid === huella) return clave;
      }
      throw new Error("no matching decryption secret");
    },
    { clockTolerance: 15, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
  );
  return payload;
}

/** The decoded session token of these request headers, or null (no cookie, not ours, expired). */
export async function tokenDeCookies(headers: Headers, urlPeticion: string | null, env: Entorno = process.env): Promise<TokenSesion | null> {
  const secret = secretosSesion(env);
  const cookie = headers.get("cookie");
  if (!secret.length || !cookie) return null;
  // Only the cookie: a bearer header is not how a browser brings its session (next-auth's auth() reads only the cookie too).
  const soloCookie = new Headers({ cookie });
  return (await getToken({ req: { headers: soloCookie }, secret, secureCookie: cookieSegura(headers, urlPeticion, env), decode: decodificar })) as TokenSesion | null;
}
