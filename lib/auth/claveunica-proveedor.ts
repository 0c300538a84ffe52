// ClaveÚnica as a next-auth OpenID Connect provider, from its configuration (lib/auth/claveunica-config.ts:
// explicit endpoints from the environment, no discovery at sign-in time, as the State's manual asks).
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import { customFetch } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { ID_CLAVEUNICA } from "./claveunica-claims";
import { SCOPE_CLAVEUNICA, type ConfigClaveUnica } from "./claveunica-config";

// One key set per JWKS URL: jose caches the keys and refetches on an unknown `kid` (key rotation).
const juegosDeClaves = new Map<string, JWTVerifyGetKey>();
function clavesDe(jwks: string): JWTVerifyGetKey {
  let j = juegosDeClaves.get(jwks);
  if (!j) juegosDeClaves.set(jwks, (j = createRemoteJWKSet(new URL(jwks))));
  return j;
}

const sinBarraFinal = (u: string) => u.replace(/\/+$/, "");

/**
 * The next-auth provider. Checks (CLAVEUNICA_CHECKS): state (≥ 30 characters: next-auth's is an
 * encrypted JWT), nonce and PKCE by default. The token call is client_secret_post. The id token's RS256 signature is verified against the
 * JWKS (next-auth itself only checks its claims when endpoints are explicit). Userinfo is called by
 * POST with the bearer token, as ClaveÚnica requires, and its claims are the profile.
 */
export function proveedorClaveUnica(c: ConfigClaveUnica): OIDCConfig<Record<string, unknown>> {
  const userinfo = sinBarraFinal(c.userinfo);
  // oauth4webapi sends userinfo as GET: the same request as POST (the bearer token stays in the header).
  const fetchClaveUnica: typeof fetch = (entrada, init) => {
    const destino = typeof entrada === "string" ? entrada : entrada instanceof URL ? entrada.href : entrada.url;
    if (sinBarraFinal(destino.split("?")[0]) === userinfo && (init?.method ?? "GET").toUpperCase() === "GET") {
      return fetch(entrada, { ...init, method: "POST" });
    }
    return fetch(entrada, init);
  };
  return {
    id: ID_CLAVEUNICA,
    name: "ClaveÚnica",
    type: "oidc",
    issuer: c.issuer,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    client: { token_endpoint_auth_method: "client_secret_post", id_token_signed_response_alg: "RS256" },
    authorization: { url: c.authorization, params: { scope: SCOPE_CLAVEUNICA } },
    token: {
      url: c.token,
      async conform(respuesta: Response) {
        if (!respuesta.ok) return undefined;
        const cuerpo = (await respuesta.clone().json().catch(() => null)) as { id_token?: unknown } | null;
        // Without a valid signature from ClaveÚnica's keys the sign-in stops here (next-auth shows its error page).
        if (typeof cuerpo?.id_token !== "string") throw new Error("ClaveÚnica no entregó un id_token");
        await jwtVerify(cuerpo.id_token, clavesDe(c.jwks), { issuer: c.issuer, audience: c.clientId, algorithms: ["RS256"], clockTolerance: 60 });
        return undefined;
      },
    },
    userinfo: c.userinfo,
    idToken: false,
    checks: c.checks,
    // The account is found by RUN in the signIn callback (lib/auth/claveunica.ts); this is only next-auth's
    // provisional user: ClaveÚnica gives no e-mail.
    profile(claims) {
      return { id: String(claims.sub ?? ""), name: null, email: null };
    },
    [customFetch]: fetchClaveUnica,
  };
}
