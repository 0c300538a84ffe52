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

const server = http.createServer((req, res) => {
  req.headers["x-fondo-ip-par"] = req.socket.remoteAddress ?? "";
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
