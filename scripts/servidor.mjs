// The portal's production server: Next's request handler behind a plain Node HTTP server, whose only
// addition is the TCP peer's address in the x-fondo-ip-par header (always overwritten, so a client
// cannot set it). Per-IP limits read it through lib/auth/ip.ts; X-Forwarded-For is believed only for
// TRUST_PROXY_HOPS proxies (README, «Configuración»). `next start` would put the peer in
// X-Forwarded-For only when the client did not send one, which lets any client pick its own address.
//   node scripts/servidor.mjs [-p PORT] [-H HOST]
// At start it also expires every public cache tag once (app/api/interno/expirar-cache), before it serves
// anyone: the pages `next build` prerendered hold the build machine's database, not this one
// (docs/decisions/0010-paginas-publicas-en-cache.md).
// Logs: JSON lines (pino, lib/registro/log.mjs), one per request with its id, and Next's own messages
// through the same logger (README, «Salud y registros»).
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { RUTA_CON_404_REAL } from "../lib/http/areas-privadas.mjs";
import { crearCacheRespuestas } from "../lib/http/cache-respuestas.mjs";
import { retenerRespuesta } from "../lib/http/retener-respuesta.mjs";
import { redirigirConsola, registrarSolicitud, registro } from "../lib/registro/log.mjs";

// Before Next loads: what it (or any library) prints with console.* becomes a scrubbed JSON line too.
redirigirConsola();
const log = registro.child({ modulo: "servidor" });
process.on("uncaughtException", (e) => {
  log.fatal({ err: e }, "Error no controlado: el proceso termina");
  process.exit(1);
});

const root = path.resolve(import.meta.dirname, "..");
const arg = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const hostname = arg("-H") ?? process.env.HOSTNAME ?? "0.0.0.0";

// The route that expires the cache exists only with a token: a random one, known to this process alone,
// unless the environment gives one (the e2e harness does, so its fixtures can call it too).
if (!process.env.CACHE_EXPIRY_TOKEN) process.env.CACHE_EXPIRY_TOKEN = crypto.randomBytes(32).toString("base64url");
const TOKEN_CACHE = process.env.CACHE_EXPIRY_TOKEN;
const CABECERA_TOKEN_CACHE = "x-fondo-cache-token";

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Forwarded headers are written by whoever sends the request. Without trusted proxies (TRUST_PROXY_HOPS,
// README «Configuración»; default 0) they are dropped; with them, only the value the nearest proxy wrote
// is kept, and only if it is well formed. A forged "X-Forwarded-Proto: https, http" or
// "X-Forwarded-Host: a b" made Next and next-auth build an invalid URL and answer 500 on every page.
const saltos = (() => {
  const n = Number(process.env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
})();
const HOST_VALIDO = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const ultimo = (v) => (typeof v === "string" ? v.split(",").at(-1).trim() : "");

function sanearCabeceras(req) {
  const h = req.headers;
  if (saltos === 0) {
    for (const k of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "forwarded", "x-real-ip"]) delete h[k];
  } else {
    const proto = ultimo(h["x-forwarded-proto"]).toLowerCase();
    if (proto === "http" || proto === "https") h["x-forwarded-proto"] = proto;
    else delete h["x-forwarded-proto"];
    const host = ultimo(h["x-forwarded-host"]);
    if (host && HOST_VALIDO.test(host)) h["x-forwarded-host"] = host;
    else delete h["x-forwarded-host"];
    const puerto = ultimo(h["x-forwarded-port"]);
    if (/^\d{1,5}$/.test(puerto)) h["x-forwarded-port"] = puerto;
    else delete h["x-forwarded-port"];
    delete h["forwarded"];
  }
  return typeof h.host === "string" && HOST_VALIDO.test(h.host);
}

// Requests wait until the start-up expiry is done, so nobody gets a page rendered at build time.
let cacheLista = false;
let marcarCacheLista;
const esperaCache = new Promise((resolve) => (marcarCacheLista = resolve));

async function expirarCacheAlIniciar() {
  const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  try {
    // node:http, not fetch: fetch refuses the ports the Fetch standard calls "bad" (3659, 6000, …), and a
    // drill or a deployment may be given one. Bounded: the requests held until this is done must never wait
    // forever on it.
    const status = await new Promise((resolve, reject) => {
      const pedido = http.request({ host, port, method: "POST", path: "/api/interno/expirar-cache", headers: { [CABECERA_TOKEN_CACHE]: TOKEN_CACHE }, timeout: 20_000 }, (r) => {
        r.resume();
        r.on("end", () => resolve(r.statusCode));
      });
      pedido.on("timeout", () => pedido.destroy(new Error("sin respuesta en 20 s")));
      pedido.on("error", reject);
      pedido.end();
    });
    if (status !== 200) throw new Error(`HTTP ${status}`);
  } catch (e) {
    log.error({ err: e }, "No se pudo expirar la caché de las páginas públicas al iniciar; pueden mostrar datos de la compilación hasta su próxima revalidación");
  } finally {
    cacheLista = true;
    marcarCacheLista();
  }
}

// Private pages answer 404 with a real 404 status. With Cache Components, Next sends the status with
// the first streamed chunk (the prerendered part of the layout), so a notFound() that a private page
// throws after reading the session arrives as a 200 with the not-found UI (vercel/next.js#98518; fix
// proposed in #95561). Until then: document requests (GET, not an RSC navigation) to the private areas
// are buffered (uncompressed: their Accept-Encoding is dropped) and, when Next's not-found marker is in
// the body, sent with 404. Public pages (served from cache) are untouched. docs/decisions/0010.
const MARCA_NO_ENCONTRADA = "NEXT_HTTP_ERROR_FALLBACK;404";

function retenerNoEncontrada(req, res) {
  if (req.method !== "GET" || req.headers.rsc || !RUTA_CON_404_REAL.test((req.url ?? "").split("?")[0])) return;
  delete req.headers["accept-encoding"];
  retenerRespuesta(res, {
    retener: () => res.statusCode === 200 && String(res.getHeader("content-type") ?? "").startsWith("text/html") && res.getHeader("content-length") === undefined,
    alTerminar: (cuerpo, enviar) => {
      if (cuerpo.includes(MARCA_NO_ENCONTRADA)) {
        res.statusCode = 404;
        res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      }
      enviar(cuerpo);
    },
  });
}

// Public pages Next marked shareable are kept in this process's memory for up to a second and forgotten at
// every cache-tag expiry (lib/http/cache-respuestas.mjs; docs/decisions/0010, «La página entera en memoria»).
// CACHE_RESPUESTAS=0 turns it off (bench/paginas-publicas.mjs measures both).
const cacheRespuestas = process.env.CACHE_RESPUESTAS === "0" ? null : crearCacheRespuestas();

const server = http.createServer(async (req, res) => {
  // The id of a trusted proxy (TRUST_PROXY_HOPS > 0) is kept, so its log and ours share it; else a new one.
  const idSolicitud = registrarSolicitud(req, res, { confiarEnId: saltos > 0 });
  if (!cacheLista && req.headers[CABECERA_TOKEN_CACHE] !== TOKEN_CACHE) await esperaCache;
  req.headers["x-fondo-ip-par"] = req.socket.remoteAddress ?? "";
  if (!sanearCabeceras(req)) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("Solicitud mal formada: la cabecera Host no es válida.");
    return;
  }
  if (cacheRespuestas?.atender(req, res)) return;
  retenerNoEncontrada(req, res);
  handle(req, res).catch((e) => {
    log.error({ err: e, idSolicitud }, "Error al atender la solicitud");
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Error interno del servidor.");
  });
});
// Longer than a typical load balancer's idle timeout, so it never reuses a connection we closed.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  log.info(`Portal Fondo IDEA en http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
  void expirarCacheAlIniciar();
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
