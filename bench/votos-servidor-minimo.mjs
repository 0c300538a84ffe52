// The bare reference of bench/votos.mjs: a plain Node `http` server that reads the request's body and does
// one INSERT per request into DATABASE_URL's database (better-sqlite3 for file:, a pg pool of
// DATABASE_POOL_MAX (10) connections, as the portal's, for postgres:), into the same table and with the same
// random "bench-techo:" keys as app/api/bench/techo/route.ts. No framework, no session, no pipeline.
//   DATABASE_URL=… node bench/votos-servidor-minimo.mjs PORT
import { randomUUID } from "node:crypto";
import http from "node:http";

const url = process.env.DATABASE_URL;
const puerto = Number(process.argv[2]);
const SQL_PG = 'INSERT INTO "LimiteIntentos" ("clave", "intentos", "ventanaFin") VALUES ($1, 1, $2)';

let insertar;
if (/^postgres(ql)?:/.test(url)) {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  insertar = (clave) => pool.query(SQL_PG, [clave, new Date(0)]);
} else {
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(url.replace(/^file:/, "").split("?")[0], { timeout: 10_000 });
  const sentencia = sqlite.prepare('INSERT INTO "LimiteIntentos" ("clave", "intentos", "ventanaFin") VALUES (?, 1, ?)');
  insertar = async (clave) => sentencia.run(clave, new Date(0).toISOString());
}

http
  .createServer((req, res) => {
    const partes = [];
    req.on("data", (c) => partes.push(c));
    req.on("end", async () => {
      try {
        JSON.parse(Buffer.concat(partes).toString() || "null");
        await insertar(`bench-techo:${randomUUID()}`);
        res.writeHead(201, { "content-type": "application/json", "cache-control": "no-store" });
        res.end('{"ok":true}');
      } catch (e) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(e));
      }
    });
  })
  .listen(puerto, "127.0.0.1", () => console.error(`[servidor mínimo] escuchando en ${puerto}`));
