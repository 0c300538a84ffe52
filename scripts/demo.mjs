// `npm run demo -- --etapa X`: brings the demo convocatoria to etapa X with synthetic data (README,
// «Demostración por etapas»). On a fresh clone it first does what `npm start` does before serving:
//   1. .env: written with a SQLite DATABASE_URL, a random AUTH_SECRET and AUDIT_KEY if there is none
//      (the same file npm start writes and then reuses), then loaded;
//   2. the generated Prisma clients, if missing or older than the schema;
//   3. migrations (scripts/migrate.mjs deploy);
//   4. lib/seed/demo-cli.ts: seeds an empty database, refuses one with real data, fast-forwards.
// Exits non-zero, with the reason in Spanish, when any step fails or the database is refused.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const envFile = path.join(root, ".env");

function fallar(texto) {
  console.error(`\n✗ ${texto}`);
  process.exit(1);
}

/** Runs a command in the project root with inherited output; resolves with its exit code. */
function ejecutar(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
    child.on("error", (e) => reject(new Error(`No se pudo ejecutar ${cmd} (${e.message})`)));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function paso(descripcion, cmd, args) {
  const code = await ejecutar(cmd, args);
  if (code !== 0) fallar(`${descripcion} falló (código ${code}).`);
}

if (!fs.existsSync(path.join(root, "node_modules"))) fallar("Faltan las dependencias: ejecute primero npm install");
if (!fs.existsSync(envFile)) {
  fs.writeFileSync(
    envFile,
    [
      "# Creado por npm run demo (scripts/demo.mjs), como lo haría npm start. Vea .env.example para todas las opciones.",
      'DATABASE_URL="file:./data/fondo-idea.db"',
      `AUTH_SECRET="${crypto.randomBytes(32).toString("base64url")}"`,
      `AUDIT_KEY="${crypto.randomBytes(32).toString("base64url")}"`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  console.log("Se creó .env con una base SQLite local (data/fondo-idea.db), un AUTH_SECRET y una AUDIT_KEY aleatorios.");
}
process.loadEnvFile(envFile);
process.env.DATABASE_URL ??= "file:./data/fondo-idea.db";

const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);
const esquema = mtime(path.join(root, "prisma/schema.prisma"));
if (mtime(path.join(root, "lib/generated/prisma/client.ts")) < esquema || mtime(path.join(root, "lib/generated/prisma-pg/client.ts")) < esquema) {
  console.log("Generando los clientes Prisma…");
  await paso("La generación de los clientes Prisma", process.execPath, [path.join(root, "scripts/prisma-generate.mjs")]);
}
console.log("Migraciones de la base de datos…");
await paso("La migración de la base de datos", process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"]);

console.log("Demostración por etapas…");
// react-server: the product's server modules (attachment storage) import "server-only", which only
// loads under that condition, as inside Next.
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const code = await ejecutar(tsx, ["--conditions=react-server", path.join(root, "lib/seed/demo-cli.ts"), ...process.argv.slice(2)]);
process.exit(code);
