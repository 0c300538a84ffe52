// webServer of playwright.config.ts: a FRESH e2e database on every run, then the production build.
//   1. deletes .test-output/e2e.db (and its -wal/-shm/-journal files)
//   2. migrations (scripts/migrate.mjs deploy)
//   3. demo seed (prisma/seed.ts): convocatoria in "Desarrollo del concurso", 5 published desafíos
//   4. a real SMTP server on 127.0.0.1:2526 (E2E_SMTP_PORT) that writes every message it receives to .test-output/correos/
//   5. a local OpenID provider answering like ClaveÚnica (tests/oidc/claveunica-local.mjs) on 127.0.0.1:3291
//   6. the portal's server (scripts/servidor.mjs, Next's handler) on 127.0.0.1:3210 (E2E_PORT; needs a `next build`; the test runner builds first), sending mail
//      to that SMTP server every half second, storing attachments under .test-output/adjuntos, with ClaveÚnica
//      pointed at that provider
// The e2e specs share this database, one file at a time, in any order: each one writes the state it needs
// (tests/e2e/fixtures.ts), so none relies on another having run before it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { SMTPServer } from "smtp-server";
import { iniciarClaveUnicaLocal } from "../oidc/claveunica-local.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const PORT = process.env.E2E_PORT ?? "3210";
const dbRel = ".test-output/e2e.db";
const dbFile = path.join(root, dbRel);

const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
const correos = path.join(root, ".test-output/correos");

const env = {
  ...process.env,
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  MAIL_INTERVAL_MS: "500",
  STORAGE_DIR: path.join(root, ".test-output/adjuntos"),
  // The audit checkpoint belongs to this run's fresh database: one left from an earlier run would report truncation.
  AUDIT_CHECKPOINT_DIR: path.join(root, ".test-output/auditoria"),
  DATABASE_URL: `file:./${dbRel}`,
  AUTH_SECRET: process.env.AUTH_SECRET || "e2e-secret",
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  // As if behind one TLS-terminating proxy of our own: the tests speak as that proxy when they send
  // X-Forwarded-Proto (HSTS only over https). The client IP is still the connection's (no XFF sent).
  TRUST_PROXY_HOPS: "1",
  // The fixtures expire the public pages' cache after they write to the database (tests/e2e/estado/base.ts).
  CACHE_EXPIRY_TOKEN: process.env.CACHE_EXPIRY_TOKEN || "e2e-token-para-expirar-la-cache",
};
delete env.AUTH_URL; // trustHost: the host of each request decides

function fallar(texto) {
  console.error(`[e2e] ✗ ${texto}`);
  process.exit(1);
}

function ejecutar(cmd, args, descripcion) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env });
    child.on("error", (e) => reject(new Error(`${descripcion}: ${e.message}`)));
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${descripcion} falló (${signal ?? `código ${code}`})`))));
  });
}

if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) fallar("No hay compilación: ejecute `AUTH_SECRET=x npx next build` antes de las pruebas e2e.");

fs.mkdirSync(path.dirname(dbFile), { recursive: true });
for (const sufijo of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + sufijo, { force: true });

try {
  await ejecutar(process.execPath, ["scripts/migrate.mjs", "deploy"], "migración");
  await ejecutar(bin("tsx"), ["prisma/seed.ts"], "siembra");
} catch (e) {
  fallar(e.message);
}

// The e-mail catcher: tests read the .eml files (tests/e2e/fixtures.ts correosPara).
fs.rmSync(correos, { recursive: true, force: true });
fs.rmSync(env.STORAGE_DIR, { recursive: true, force: true });
fs.rmSync(env.AUDIT_CHECKPOINT_DIR, { recursive: true, force: true });
fs.mkdirSync(correos, { recursive: true });
let n = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    const partes = [];
    stream.on("data", (c) => partes.push(c));
    stream.on("end", () => {
      n += 1;
      fs.writeFileSync(path.join(correos, `${String(n).padStart(4, "0")}.eml`), Buffer.concat(partes));
      callback();
    });
  },
});
await new Promise((resolve, reject) => smtp.listen(SMTP_PORT, "127.0.0.1", resolve).on("error", reject)).catch((e) => fallar(`SMTP de pruebas: ${e.message}`));

// ClaveÚnica for tests/e2e/claveunica.spec.ts: the portal's callback on this server is its only redirect URI.
const claveUnica = await iniciarClaveUnicaLocal({
  puerto: Number(process.env.E2E_CLAVEUNICA_PORT ?? 3291),
  redirectUris: [`http://127.0.0.1:${PORT}/api/auth/callback/claveunica`],
}).catch((e) => fallar(`ClaveÚnica local: ${e.message}`));
Object.assign(env, claveUnica.env);

// The server's log (JSON lines, lib/registro/log.mjs): every line to .test-output/servidor.log, which
// tests/e2e/registro-servidor.spec.ts reads (no personal data in it); to Playwright's output only what is not
// routine (warn and above, and anything that is not JSON), so the run's output stays readable. Line by
// line, so that stdout and stderr never mix within a line of the file.
const registroServidor = path.join(root, ".test-output/servidor.log");
fs.rmSync(registroServidor, { force: true });
const archivoRegistro = fs.createWriteStream(registroServidor);
const RUTINA = new Set(["trace", "debug", "info"]);
function copiarSalida(flujo, destino) {
  readline.createInterface({ input: flujo, crlfDelay: Infinity }).on("line", (linea) => {
    archivoRegistro.write(`${linea}\n`);
    let nivel;
    try {
      nivel = JSON.parse(linea).level;
    } catch {
      // not JSON: always shown
    }
    if (!RUTINA.has(nivel)) destino.write(`${linea}\n`);
  });
}
const server = spawn(process.execPath, ["scripts/servidor.mjs", "-p", PORT, "-H", "127.0.0.1"], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env });
copiarSalida(server.stdout, process.stdout);
copiarSalida(server.stderr, process.stderr);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
server.on("error", (e) => fallar(`next start: ${e.message}`));
server.on("exit", (code, signal) => {
  smtp.close();
  void claveUnica.cerrar();
  process.exit(code ?? (signal ? 0 : 1));
});
