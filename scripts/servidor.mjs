// The portal's production server: Next's request handler behind a plain Node HTTP server, whose only
// addition is the TCP peer's address in the x-fondo-ip-par header (always overwritten, so a client
// cannot set it). Per-IP limits read it through lib/auth/ip.ts; X-Forwarded-For is believed only for
// TRUST_PROXY_HOPS proxies (README, «Configuración»). `next start` would put the peer in
// X-Forwarded-For only when the client did not send one, which lets any client pick its own address.
//   node scripts/servidor.mjs [-p PORT] [-H HOST]
import http from "node:http";
import path from "node:path";
import next from "next";

const root = path.resolve(import.meta.dirname, "..");
const arg = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const hostname = arg("-H") ?? process.env.HOSTNAME ?? "0.0.0.0";

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

const server = http.createServer((req, res) => {
  req.headers["x-fondo-ip-par"] = req.socket.remoteAddress ?? "";
  if (!sanearCabeceras(req)) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("Solicitud mal formada: la cabecera Host no es válida.");
    return;
  }
  handle(req, res).catch((e) => {
    console.error("[servidor]", e);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Error interno del servidor.");
  });
});
// Longer than a typical load balancer's idle timeout, so it never reuses a connection we closed.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Portal Fondo IDEA en http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
