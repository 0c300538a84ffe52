// A real OpenID Connect provider (oidc-provider 9) that answers like ClaveÚnica: its paths under /openid
// (authorize, token, userinfo, jwks, .well-known), RS256 id tokens, client_secret_post, userinfo by POST
// only, and ClaveÚnica's claim shape ({ sub, RolUnico: { numero, DV, tipo }, name: { nombres, apellidos } },
// no e-mail). A plain HTML form (no JavaScript) picks the identity: tests post it, people click it.
//
//   npm run claveunica:local          starts it on 127.0.0.1:3290 and prints the env vars for the portal
//   import { iniciarClaveUnicaLocal }  tests start it in-process on a free port
//
// Test tooling only: never imported by the portal.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import { pathToFileURL } from "node:url";
import Provider, { interactionPolicy } from "oidc-provider";

/** The test RUNs of CHILE.md, as ClaveÚnica's QA environment hands them out. */
export const IDENTIDADES_PRUEBA = [
  { sub: "2594", numero: 44444444, DV: "4", nombres: ["María", "José"], apellidos: ["González", "Pérez"] },
  { sub: "2595", numero: 55555555, DV: "5", nombres: ["Juan"], apellidos: ["Soto", "Muñoz"] },
  { sub: "2596", numero: 88888888, DV: "8", nombres: ["Ana", "Luisa"], apellidos: ["Rojas", "Díaz"] },
  { sub: "2597", numero: 99999999, DV: "9", nombres: ["Pedro"], apellidos: ["Contreras", "Silva"] },
];

export const CLIENTE_LOCAL = { clientId: "fondo-idea-local", clientSecret: "secreto-local-de-pruebas-no-usar-en-produccion" };

const RUTA = "/openid";
const escapar = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const nombreCompleto = (i) => [...i.nombres, ...i.apellidos].join(" ");

/** The userinfo body ClaveÚnica answers for an identity (CHILE.md). */
export function claimsDe(i) {
  return { sub: i.sub, RolUnico: { numero: i.numero, DV: i.DV, tipo: i.tipo ?? "RUN" }, name: { nombres: i.nombres, apellidos: i.apellidos } };
}

function paginaIdentidades(uid, identidades, cliente) {
  const opciones = identidades
    .map(
      (i, n) => `<li><label><input type="radio" name="sub" value="${escapar(i.sub)}"${n === 0 ? " checked" : ""}>
        ${escapar(nombreCompleto(i))}, RUN ${escapar(i.numero)}-${escapar(i.DV)}</label></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="es-CL"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>ClaveÚnica (local de pruebas)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem">
<h1>ClaveÚnica local de pruebas</h1>
<p>Proveedor OpenID de pruebas: no es ClaveÚnica. La aplicación <strong>${escapar(cliente)}</strong> pide su RUN y su nombre.</p>
<form method="post" action="${RUTA}/interaction/${escapar(uid)}">
<fieldset><legend>Elija la identidad con que ingresará</legend><ul style="list-style: none; padding: 0">
${opciones}
</ul></fieldset>
<p><button type="submit" name="accion" value="ingresar">Autorizar e ingresar</button>
<button type="submit" name="accion" value="cancelar">Cancelar</button></p>
</form></body></html>`;
}

async function leerFormulario(req) {
  const partes = [];
  for await (const c of req) partes.push(c);
  return new URLSearchParams(Buffer.concat(partes).toString("utf8"));
}

/**
 * Starts the provider. `redirectUris`: the portal's callback URLs (exact match, as ClaveÚnica registers
 * them); `identidades`: who can sign in (the CHILE.md test RUNs by default; tests may add a broken one).
 * Returns the issuer, the env vars the portal needs, the userinfo requests seen (method) and `cerrar`.
 */
export async function iniciarClaveUnicaLocal({
  puerto = 0,
  host = "127.0.0.1",
  redirectUris = ["http://localhost:3000/api/auth/callback/claveunica", "http://127.0.0.1:3000/api/auth/callback/claveunica"],
  identidades = IDENTIDADES_PRUEBA,
  cliente = CLIENTE_LOCAL,
} = {}) {
  let provider = null;
  let manejador = null;
  const peticionesUserinfo = [];

  const servidor = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://local");
      // ClaveÚnica's documented paths end in "/" (…/authorize/, …/token/): accept both spellings.
      let ruta = url.pathname.length > RUTA.length + 1 && url.pathname.endsWith("/") ? url.pathname.slice(0, -1) : url.pathname;

      // ClaveÚnica's logout: forgets this provider's session and goes back to `redirect`.
      if (ruta === "/api/v1/accounts/app/logout") {
        res.setHeader("Set-Cookie", ["_session=; Path=/; Max-Age=0", "_session.sig=; Path=/; Max-Age=0"]);
        res.statusCode = 302;
        res.setHeader("Location", url.searchParams.get("redirect") || "/");
        return res.end();
      }
      if (!ruta.startsWith(RUTA + "/") || !provider) {
        res.statusCode = 404;
        return res.end("No encontrado");
      }

      const interaccion = /^\/openid\/interaction\/([\w-]+)$/.exec(ruta);
      if (interaccion) {
        const detalles = await provider.interactionDetails(req, res);
        if (detalles.uid !== interaccion[1]) throw new Error("interacción distinta de la de la cookie");
        if (req.method === "GET") {
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          return res.end(paginaIdentidades(detalles.uid, identidades, detalles.params.client_id));
        }
        if (req.method !== "POST") {
          res.statusCode = 405;
          return res.end();
        }
        const form = await leerFormulario(req);
        if (form.get("accion") === "cancelar") {
          return await provider.interactionFinished(req, res, { error: "access_denied", error_description: "La persona canceló el ingreso." }, { mergeWithLastSubmission: false });
        }
        const identidad = identidades.find((i) => i.sub === form.get("sub"));
        if (!identidad) {
          res.statusCode = 400;
          return res.end("Identidad desconocida");
        }
        const grant = new provider.Grant({ accountId: identidad.sub, clientId: detalles.params.client_id });
        grant.addOIDCScope(String(detalles.params.scope ?? "openid"));
        const grantId = await grant.save();
        return await provider.interactionFinished(req, res, { login: { accountId: identidad.sub, remember: false }, consent: { grantId } }, { mergeWithLastSubmission: false });
      }

      if (ruta === `${RUTA}/userinfo`) {
        peticionesUserinfo.push({ method: req.method });
        // ClaveÚnica's certification checks that userinfo is called by POST with the bearer token.
        if (req.method !== "POST") {
          res.statusCode = 405;
          res.setHeader("Allow", "POST");
          return res.end();
        }
      }

      // oidc-provider is mounted at /openid (the issuer's path): it reads the mount from originalUrl.
      req.originalUrl = ruta + url.search;
      req.url = ruta.slice(RUTA.length) + url.search;
      return manejador(req, res);
    } catch (e) {
      res.statusCode = 400;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end(`Error del proveedor local: ${e instanceof Error ? e.message : String(e)}`);
    }
  });

  await new Promise((resolve, reject) => servidor.listen(puerto, host, resolve).on("error", reject));
  const { port } = servidor.address();
  const origen = `http://${host}:${port}`;
  const issuer = `${origen}${RUTA}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: `local-${randomBytes(4).toString("hex")}`, alg: "RS256", use: "sig" };

  // Every authorization shows the identity form, even with a provider session left from an earlier sign-in:
  // tests and people switch identities.
  const politica = interactionPolicy.base();
  politica
    .get("login")
    .checks.add(new interactionPolicy.Check("elegir_identidad", "La identidad se elige en cada ingreso", (ctx) => (ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT)));

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: cliente.clientId,
        client_secret: cliente.clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
        id_token_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [jwk] },
    scopes: ["openid", "run", "name"],
    claims: { openid: ["sub"], run: ["RolUnico"], name: ["name"] },
    routes: { authorization: "/authorize", token: "/token", userinfo: "/userinfo", jwks: "/jwks" },
    interactions: { url: (_ctx, interaction) => `${RUTA}/interaction/${interaction.uid}`, policy: politica },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    pkce: { required: () => false },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    // ClaveÚnica's code lives 5 minutes; its access token an hour.
    ttl: { AuthorizationCode: 300, AccessToken: 3600, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    async findAccount(_ctx, sub) {
      const identidad = identidades.find((i) => i.sub === sub);
      if (!identidad) return undefined;
      return { accountId: sub, claims: async () => claimsDe(identidad) };
    },
    renderError(ctx, salida) {
      ctx.type = "text/plain; charset=utf-8";
      ctx.body = `Error del proveedor local: ${salida.error}${salida.error_description ? ` (${salida.error_description})` : ""}`;
    },
  });

  manejador = provider.callback();

  return {
    issuer,
    origen,
    peticionesUserinfo,
    env: {
      CLAVEUNICA_CLIENT_ID: cliente.clientId,
      CLAVEUNICA_CLIENT_SECRET: cliente.clientSecret,
      CLAVEUNICA_ISSUER: issuer,
    },
    cerrar: () =>
      new Promise((resolve) => {
        servidor.closeAllConnections?.();
        servidor.close(() => resolve());
      }),
  };
}

// `npm run claveunica:local` (node tests/oidc/claveunica-local.mjs [puerto]): APP_URL says where the portal runs.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const puerto = Number(process.argv[2] ?? process.env.CLAVEUNICA_LOCAL_PORT ?? 3290);
  const apps = (process.env.APP_URL ?? "http://localhost:3000,http://127.0.0.1:3000").split(",").map((s) => s.trim().replace(/\/$/, ""));
  const local = await iniciarClaveUnicaLocal({ puerto, redirectUris: apps.map((a) => `${a}/api/auth/callback/claveunica`) });
  console.log(`ClaveÚnica local de pruebas en ${local.issuer} (identidades: ${IDENTIDADES_PRUEBA.map((i) => `${i.numero}-${i.DV}`).join(", ")}).`);
  console.log("Defina estas variables en el entorno del portal (o en .env) y reinícielo:\n");
  for (const [k, v] of Object.entries(local.env)) console.log(`${k}=${v}`);
  console.log(`\nURI de retorno aceptadas: ${apps.map((a) => `${a}/api/auth/callback/claveunica`).join(", ")}`);
  for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => local.cerrar().then(() => process.exit(0)));
}
