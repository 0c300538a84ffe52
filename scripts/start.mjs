// `npm start`: from a fresh `npm install` to a running portal with demo data, in one command.
//   1. .env: written with a SQLite DATABASE_URL, a random AUTH_SECRET and AUDIT_KEY if there is none; then loaded
//      (variables already in the environment win over the file).
//   2. migrations (scripts/migrate.mjs deploy)
//   3. demo seed (prisma/seed.ts; it only seeds an empty database and says whether it did)
//   4. `next build`, only when the build is missing or older than the code
//   5. scripts/servidor.mjs (Next's handler, peer address for per-IP limits) on $PORT (3000 by default), forwarding SIGINT/SIGTERM
// Every step exits non-zero on failure. See README.md.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const envFile = path.join(root, ".env");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const TOTAL = 5;
let paso = 0;
function titulo(texto) {
  paso += 1;
  console.log(`\n[${paso}/${TOTAL}] ${texto}`);
}
const info = (texto) => console.log(`      ${texto}`);

function fallar(texto) {
  console.error(`\n✗ ${texto}`);
  process.exit(1);
}

/** Runs a command in the project root with inherited output; rejects on a non-zero exit. */
function ejecutar(cmd, args, descripcion) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
    child.on("error", (e) => reject(new Error(`${descripcion}: no se pudo ejecutar ${cmd} (${e.message})`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${descripcion} falló (${signal ? `señal ${signal}` : `código ${code}`})`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// 1. Configuration
titulo("Configuración (.env)");
if (!fs.existsSync(path.join(root, "node_modules"))) fallar("Faltan las dependencias: ejecute primero npm install");
if (!fs.existsSync(envFile)) {
  const secreto = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(
    envFile,
    [
      "# Creado por npm start (scripts/start.mjs). Vea .env.example para todas las opciones.",
      'DATABASE_URL="file:./data/fondo-idea.db"',
      `AUTH_SECRET="${secreto}"`,
      `AUDIT_KEY="${crypto.randomBytes(32).toString("base64url")}"`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  info("Se creó .env con una base SQLite local (data/fondo-idea.db), un AUTH_SECRET y una AUDIT_KEY aleatorios.");
} else {
  info("Se usa el archivo .env existente.");
}
process.loadEnvFile(envFile);
if (!process.env.AUTH_SECRET) {
  // An .env written by hand without a secret: add one, so sessions survive restarts.
  const secreto = crypto.randomBytes(32).toString("base64url");
  fs.appendFileSync(envFile, `\n# Agregado por npm start: firma las sesiones.\nAUTH_SECRET="${secreto}"\n`);
  process.env.AUTH_SECRET = secreto;
  info("El .env no tenía AUTH_SECRET: se agregó uno aleatorio.");
}
process.env.DATABASE_URL ??= "file:./data/fondo-idea.db";
const esPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL);
info(`Base de datos: ${esPostgres ? "PostgreSQL" : "SQLite"} (${process.env.DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")})`);

// The generated Prisma clients are made by `npm install` (postinstall); remake them if missing or stale.
const clienteSqlite = path.join(root, "lib/generated/prisma/client.ts");
const clientePg = path.join(root, "lib/generated/prisma-pg/client.ts");
const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);
const esquema = mtime(path.join(root, "prisma/schema.prisma"));
try {
  if (mtime(clienteSqlite) < esquema || mtime(clientePg) < esquema) {
    info("Generando los clientes Prisma…");
    await ejecutar(process.execPath, [path.join(root, "scripts/prisma-generate.mjs")], "La generación de los clientes Prisma");
  }

  // -------------------------------------------------------------------------------------------
  // 2. Migrations
  titulo("Migraciones de la base de datos");
  await ejecutar(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], "La migración de la base de datos");

  // -------------------------------------------------------------------------------------------
  // 3. Demo data
  titulo("Datos de demostración (solo en una base vacía)");
  await ejecutar(bin("tsx"), [path.join(root, "prisma/seed.ts")], "La siembra de datos de demostración");

  // -------------------------------------------------------------------------------------------
  // 4. Build
  titulo("Compilación (next build)");
  const motivo = motivoParaCompilar();
  if (motivo) {
    info(`${motivo}: compilando (unos 30 s a 2 min)…`);
    await ejecutar(bin("next"), ["build"], "La compilación");
  } else {
    info("La compilación en .next/ está al día: se omite.");
  }
} catch (e) {
  fallar(e.message);
}

// ---------------------------------------------------------------------------------------------
// 5. Serve
const port = process.env.PORT || "3000";
titulo(`Servidor en http://localhost:${port}`);
info("Cuentas de demostración en README.md. Detenga el servidor con Ctrl+C.");
const server = spawn(process.execPath, ["scripts/servidor.mjs", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
let senal = null;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    senal = signal;
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}
server.on("error", (e) => fallar(`No se pudo iniciar el servidor: ${e.message}`));
server.on("exit", (code, signal) => {
  // Next exits with 130/143 (or by the signal) when it is asked to stop: that is a clean stop.
  if (senal && (signal || code === 0 || code === 130 || code === 143)) {
    console.log("\nServidor detenido.");
    process.exit(0);
  }
  if (code !== 0) console.error(`\n✗ El servidor terminó con código ${code}.`);
  process.exit(code ?? 1);
});

/**
 * Why a build is needed, or null when .next/BUILD_ID is newer than every source file.
 * A plain mtime walk: enough to pick up a `git pull` or an edit since the last build.
 */
function motivoParaCompilar() {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return "No hay una compilación previa";
  const compilado = fs.statSync(buildId).mtimeMs;
  const excluidos = new Set([path.join(root, "lib/generated"), path.join(root, "node_modules"), path.join(root, ".next")]);
  const raices = ["app", "components", "lib", "public", "package.json", "package-lock.json", "next.config.ts", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];
  let masNuevo = null;
  const visitar = (p) => {
    if (excluidos.has(p)) return;
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return; // optional path that does not exist
    }
    if (st.isDirectory()) {
      for (const hijo of fs.readdirSync(p)) visitar(path.join(p, hijo));
    } else if (st.mtimeMs > compilado && (!masNuevo || st.mtimeMs > masNuevo.mtimeMs)) {
      masNuevo = { p, mtimeMs: st.mtimeMs };
    }
  };
  for (const r of raices) visitar(path.join(root, r));
  return masNuevo ? `${path.relative(root, masNuevo.p)} cambió después de la última compilación` : null;
}
