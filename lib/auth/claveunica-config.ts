// ClaveÚnica as a next-auth OpenID Connect provider, configured from the environment with EXPLICIT
// endpoints (no discovery at sign-in time), as the State's integration manual asks (CHILE.md):
//   CLAVEUNICA_CLIENT_ID, CLAVEUNICA_CLIENT_SECRET   both set → the provider is on; otherwise off
//   CLAVEUNICA_ISSUER    default https://accounts.claveunica.gob.cl/openid (the `accounts.` host only)
//   CLAVEUNICA_AUTHORIZATION_URL, _TOKEN_URL, _USERINFO_URL, _JWKS_URL, _LOGOUT_URL   optional overrides
//     (default: the issuer's …/authorize/, …/token/, …/userinfo/, …/jwks, and the host's logout path)
//   CLAVEUNICA_CHECKS    default "pkce,state,nonce"; `state` is always on (ClaveÚnica requires it). An
//     escape hatch, not a preference: if the real provider ignored `nonce` or PKCE, every sign-in would fail.
// No Next or next-auth imports: unit tests read it, and /ingresar asks it whether to show the button.
// The next-auth provider built from it is lib/auth/claveunica-proveedor.ts.
export const ISSUER_CLAVEUNICA = "https://accounts.claveunica.gob.cl/openid";
/** Exactly what ClaveÚnica's certification checks. */
export const SCOPE_CLAVEUNICA = "openid run name";

// Old hosts still seen in public code; ClaveÚnica asks integrations to use `accounts.` only.
const HOSTS_ANTIGUOS = new Set(["www.claveunica.gob.cl", "api.claveunica.gob.cl", "claveunica.gob.cl"]);
const LOCALES = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type ComprobacionClaveUnica = "pkce" | "state" | "nonce";

export type ConfigClaveUnica = {
  checks: ComprobacionClaveUnica[];
  clientId: string;
  clientSecret: string;
  issuer: string;
  authorization: string;
  token: string;
  userinfo: string;
  jwks: string;
  logout: string;
};

type Entorno = Record<string, string | undefined>;

function url(valor: string, nombre: string): URL {
  let u: URL;
  try {
    u = new URL(valor);
  } catch {
    throw new Error(`${nombre} no es una URL: ${valor}`);
  }
  if (HOSTS_ANTIGUOS.has(u.hostname)) throw new Error(`${nombre} usa ${u.hostname}: ClaveÚnica se integra solo con accounts.claveunica.gob.cl`);
  // Plain http only for a provider on this machine (the local test provider).
  if (u.protocol !== "https:" && !(u.protocol === "http:" && LOCALES.has(u.hostname))) throw new Error(`${nombre} debe usar https: ${valor}`);
  return u;
}

/**
 * The configuration in force, or null when ClaveÚnica is off (no client id/secret). A wrong value (an
 * old host, plain http to another machine, not a URL) throws: `configClaveUnica` logs it and turns
 * ClaveÚnica off instead of taking the whole portal's sign-in down.
 */
export function leerConfigClaveUnica(env: Entorno = process.env): ConfigClaveUnica | null {
  const clientId = env.CLAVEUNICA_CLIENT_ID?.trim();
  const clientSecret = env.CLAVEUNICA_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) return null;
  // The issuer stays exactly as written: the id token's `iss` must equal it character for character.
  const issuer = env.CLAVEUNICA_ISSUER?.trim() || ISSUER_CLAVEUNICA;
  const base = url(issuer, "CLAVEUNICA_ISSUER").href.replace(/\/+$/, "");
  const punto = (clave: string, porDefecto: string) => url(env[clave]?.trim() || porDefecto, clave).href;
  return {
    checks: comprobaciones(env.CLAVEUNICA_CHECKS),
    clientId,
    clientSecret,
    issuer,
    authorization: punto("CLAVEUNICA_AUTHORIZATION_URL", `${base}/authorize/`),
    token: punto("CLAVEUNICA_TOKEN_URL", `${base}/token/`),
    userinfo: punto("CLAVEUNICA_USERINFO_URL", `${base}/userinfo/`),
    jwks: punto("CLAVEUNICA_JWKS_URL", `${base}/jwks`),
    logout: punto("CLAVEUNICA_LOGOUT_URL", `${new URL(base).origin}/api/v1/accounts/app/logout`),
  };
}

const COMPROBACIONES: readonly ComprobacionClaveUnica[] = ["pkce", "state", "nonce"];

function comprobaciones(valor: string | undefined): ComprobacionClaveUnica[] {
  if (!valor?.trim()) return [...COMPROBACIONES];
  const pedidas = valor.split(",").map((c) => c.trim().toLowerCase()).filter(Boolean);
  const malas = pedidas.filter((c) => !(COMPROBACIONES as readonly string[]).includes(c));
  if (malas.length) throw new Error(`CLAVEUNICA_CHECKS admite pkce, state y nonce, no: ${malas.join(", ")}`);
  return COMPROBACIONES.filter((c) => c === "state" || pedidas.includes(c));
}

let avisado = "";

/** leerConfigClaveUnica, logging (once per message) and returning null on a configuration error. */
export function configClaveUnica(env: Entorno = process.env): ConfigClaveUnica | null {
  try {
    return leerConfigClaveUnica(env);
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    if (m !== avisado) console.error(`[claveunica] Configuración inválida, ClaveÚnica queda desactivada: ${m}`);
    avisado = m;
    return null;
  }
}

/**
 * Where ClaveÚnica's logout sends the person back: the portal's home at APP_URL when it is set, else at the
 * origin this request came to (its Host, and the scheme a trusted proxy reported; scripts/servidor.mjs
 * drops forwarded headers from anyone else and refuses a malformed Host).
 */
export function inicioTrasSalir(cabeceras: Headers, env: Entorno = process.env): string {
  if (env.APP_URL?.trim()) return `${env.APP_URL.trim().replace(/\/+$/, "")}/`;
  const host = cabeceras.get("x-forwarded-host") ?? cabeceras.get("host") ?? "localhost:3000";
  const proto = cabeceras.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}/`;
}

/** ClaveÚnica's logout (a visible logout is part of its certification), returning to `volver`. */
export function urlSalidaClaveUnica(c: ConfigClaveUnica, volver: string): string {
  const u = new URL(c.logout);
  u.searchParams.set("redirect", volver);
  return u.href;
}

