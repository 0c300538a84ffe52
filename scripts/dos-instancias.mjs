// Two app instances over one PostgreSQL (issue 15, item 5): the smoke e2e across them.
//   node scripts/dos-instancias.mjs [playwright options, e.g. --reporter=list,json]
// Needs the production build (.next/BUILD_ID; this script never builds) and a PostgreSQL server
// (DOS_INSTANCIAS_PG_URL, postgres://postgres@127.0.0.1:5432 by default). It
//   1. creates a database with a name no other run uses, migrates it (scripts/migrate.mjs deploy) and seeds
//      the demo (prisma/seed.ts), as tests/e2e/serve.mjs does for SQLite;
//   2. starts ONE SMTP catcher (127.0.0.1:3612) that writes every message to a temporary folder as .eml;
//   3. starts TWO scripts/servidor.mjs (127.0.0.1:3610 = A, 3611 = B) with the same DATABASE_URL,
//      AUTH_SECRET, AUDIT_KEY, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, CACHE_EXPIRY_TOKEN, STORAGE_DIR and
//      AUDIT_CHECKPOINT_DIR, both sending mail every MAIL_INTERVAL_MS=500; only their MAIL_FROM display names
//      differ ("instancia A" / "instancia B"), so each .eml says which instance sent it;
//   4. runs tests/dos-instancias/dos-instancias.spec.ts (its own playwright.config.ts) against both;
//   5. with the instances still up, checks the whole run's mail: no Message-ID received twice, and as many
//      .eml files as outbox rows marked ENVIADA (nothing lost, nothing doubled);
//   6. stops everything, drops the database and deletes the temporary folder.
// Ports: DOS_INSTANCIAS_PUERTO_A / _B / _SMTP. DOS_INSTANCIAS_CONSERVAR=1 keeps the database and the folder.
// Exit code: non-zero if the spec or the mail check failed, or a step could not run.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { SMTPServer } from "smtp-server";

const root = path.resolve(import.meta.dirname, "..");
const bin = (nombre) => path.join(root, "node_modules", ".bin", nombre);
const PUERTO_A = Number(process.env.DOS_INSTANCIAS_PUERTO_A ?? 3610);
const PUERTO_B = Number(process.env.DOS_INSTANCIAS_PUERTO_B ?? 3611);
const PUERTO_SMTP = Number(process.env.DOS_INSTANCIAS_PUERTO_SMTP ?? 3612);
const SERVIDOR_PG = process.env.DOS_INSTANCIAS_PG_URL || "postgres://postgres@127.0.0.1:5432";
const CONSERVAR = process.env.DOS_INSTANCIAS_CONSERVAR === "1";
const INTERVALO_CORREO_MS = 500;

const inicio = Date.now();
const segundos = () => `${((Date.now() - inicio) / 1000).toFixed(1)} s`;
const log = (texto) => console.error(`[dos-instancias ${segundos()}] ${texto}`);

const nombreBase = `dos_instancias_${Date.now().toString(36)}_${process.pid}`;
const urlDe = (base) => {
  const u = new URL(SERVIDOR_PG);
  u.pathname = `/${base}`;
  return u.toString();
};
const DATABASE_URL = urlDe(nombreBase);
const carpeta = fs.mkdtempSync(path.join(os.tmpdir(), "fondo-dos-instancias-"));
const correos = path.join(carpeta, "correos");

// Everything the instances must share (README, «Despliegue en varias instancias»). Fresh secrets per run.
const secreto = () => crypto.randomBytes(32).toString("base64");
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL,
  AUTH_SECRET: secreto(),
  AUDIT_KEY: secreto(),
  // 32 random bytes in base64: an AES-256 key, the format Next 16 requires (16, 24 or 32 bytes).
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secreto(),
  CACHE_EXPIRY_TOKEN: crypto.randomBytes(32).toString("base64url"),
  STORAGE_DIR: path.join(carpeta, "adjuntos"),
  AUDIT_CHECKPOINT_DIR: path.join(carpeta, "auditoria"),
  SMTP_URL: `smtp://127.0.0.1:${PUERTO_SMTP}`,
  MAIL_INTERVAL_MS: String(INTERVALO_CORREO_MS),
};
// Direct connections (no proxy in front), plain http with the unprefixed cookie, no ClaveÚnica.
for (const k of Object.keys(env)) if (/^(AUTH_URL|NEXTAUTH_URL|TRUST_PROXY_HOPS|APP_URL|CLAVEUNICA_)/.test(k)) delete env[k];

// ─── Steps ───────────────────────────────────────────────────────────────────────────────────────────

function ejecutar(cmd, args, descripcion, entorno = env) {
  return new Promise((resolve, reject) => {
    const hijo = spawn(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: entorno });
    hijo.on("error", (e) => reject(new Error(`${descripcion}: ${e.message}`)));
    hijo.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function conPg(url, f) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

async function crearBase() {
  await conPg(urlDe("postgres"), (c) => c.query(`CREATE DATABASE "${nombreBase}"`));
  baseCreada = true;
  log(`base ${nombreBase} creada; migrando`);
  if ((await ejecutar(process.execPath, ["scripts/migrate.mjs", "deploy"], "migración")) !== 0) throw new Error("La migración falló.");
  log("sembrando la demostración (prisma/seed.ts)");
  if ((await ejecutar(bin("tsx"), ["prisma/seed.ts"], "siembra")) !== 0) throw new Error("La siembra falló.");
}

/** The SMTP catcher: each message received becomes NNNN.eml in the folder (the spec reads them). */
function iniciarSmtp() {
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
  return new Promise((resolve, reject) => smtp.listen(PUERTO_SMTP, "127.0.0.1", () => resolve(smtp)).on("error", reject));
}

/** One scripts/servidor.mjs; its output goes to instancia-X.log, and its "[correo] enviados N" lines are added up. */
function iniciarInstancia(nombre, puerto) {
  const archivo = path.join(carpeta, `instancia-${nombre}.log`);
  const salida = fs.createWriteStream(archivo);
  const hijo = spawn(process.execPath, ["scripts/servidor.mjs", "-p", String(puerto), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, PORT: String(puerto), MAIL_FROM: `Fondo IDEA instancia ${nombre} <no-responder@fondoidea.invalid>` },
  });
  const instancia = { nombre, puerto, url: `http://127.0.0.1:${puerto}`, hijo, archivo, enviados: 0, termino: null };
  for (const flujo of [hijo.stdout, hijo.stderr]) {
    readline.createInterface({ input: flujo }).on("line", (linea) => {
      salida.write(`${linea}\n`);
      const m = /\[correo\] enviados (\d+)/.exec(linea);
      if (m) instancia.enviados += Number(m[1]);
    });
  }
  hijo.on("exit", (code, signal) => {
    instancia.termino = signal ?? `código ${code}`;
    if (!deteniendo) log(`la instancia ${nombre} terminó sola (${instancia.termino})`);
  });
  return instancia;
}

async function esperarLista(instancia) {
  const hasta = Date.now() + 120_000;
  while (Date.now() < hasta) {
    if (instancia.termino) throw new Error(`La instancia ${instancia.nombre} terminó al arrancar (${instancia.termino}).`);
    try {
      const r = await fetch(`${instancia.url}/privacidad`);
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`La instancia ${instancia.nombre} no respondió en ${instancia.url} en 2 minutos.`);
}

/**
 * The run's mail, all of it: once nothing is due in the outbox, every .eml has its own Message-ID (the
 * outbox row's id: lib/mail/transport.ts) and there are as many files as rows marked ENVIADA.
 */
async function verificarCorreos() {
  const leer = async () => {
    const fila = await conPg(DATABASE_URL, async (c) => (await c.query(`SELECT count(*) FILTER (WHERE "estado" = 'ENVIADA')::int AS enviadas, count(*) FILTER (WHERE "estado" = 'PENDIENTE' AND "proximoIntento" <= (now() AT TIME ZONE 'UTC'))::int AS debidas, count(*) FILTER (WHERE "estado" = 'FALLIDA')::int AS fallidas FROM "Notificacion"`)).rows[0]);
    const archivos = fs.readdirSync(correos).filter((f) => f.endsWith(".eml"));
    return { ...fila, archivos };
  };
  let estado = await leer();
  for (let i = 0; i < 30 && (estado.debidas > 0 || estado.archivos.length !== estado.enviadas); i++) {
    await new Promise((r) => setTimeout(r, INTERVALO_CORREO_MS));
    estado = await leer();
  }
  const ids = new Map();
  const porInstancia = { A: 0, B: 0 };
  for (const f of estado.archivos) {
    const texto = fs.readFileSync(path.join(correos, f), "utf8");
    const id = /^Message-ID:\s*(.+)$/im.exec(texto)?.[1]?.trim() ?? f;
    ids.set(id, (ids.get(id) ?? 0) + 1);
    const de = /^From:.*instancia ([AB])\b/im.exec(texto)?.[1];
    if (de) porInstancia[de] += 1;
  }
  const repetidos = [...ids.values()].filter((n) => n > 1).length;
  const pasa = repetidos === 0 && estado.archivos.length === estado.enviadas && estado.debidas === 0;
  log(
    `correo de toda la corrida: ${pasa ? "PASS" : "FAIL"} — ${estado.archivos.length} recibidos por SMTP (instancia A: ${porInstancia.A}, instancia B: ${porInstancia.B}), ${ids.size} Message-ID distintos, ${repetidos} repetidos; en la bandeja: ${estado.enviadas} ENVIADA, ${estado.debidas} pendientes vencidas, ${estado.fallidas} FALLIDA`,
  );
  return pasa;
}

// ─── Run ─────────────────────────────────────────────────────────────────────────────────────────────

let baseCreada = false;
let deteniendo = false;
let smtp = null;
const instancias = [];

async function detener() {
  deteniendo = true;
  await Promise.all(
    instancias.map(async ({ hijo }) => {
      if (hijo.exitCode !== null || hijo.signalCode !== null) return;
      const fin = new Promise((r) => hijo.once("exit", r));
      hijo.kill("SIGTERM");
      const matar = setTimeout(() => hijo.kill("SIGKILL"), 10_000);
      await fin;
      clearTimeout(matar);
    }),
  );
  if (smtp) await new Promise((r) => smtp.close(r));
  if (baseCreada && !CONSERVAR) {
    await conPg(urlDe("postgres"), (c) => c.query(`DROP DATABASE IF EXISTS "${nombreBase}" WITH (FORCE)`)).catch((e) => log(`no se pudo borrar la base ${nombreBase}: ${e.message}`));
  }
  if (CONSERVAR) log(`se conservan la base ${nombreBase} y la carpeta ${carpeta}`);
  else fs.rmSync(carpeta, { recursive: true, force: true });
}

function mostrarRegistros() {
  for (const i of instancias) {
    const lineas = fs.existsSync(i.archivo) ? fs.readFileSync(i.archivo, "utf8").trimEnd().split("\n") : [];
    console.error(`\n--- últimas líneas de la instancia ${i.nombre} (${i.url}) ---\n${lineas.slice(-40).join("\n")}`);
  }
}

for (const senal of ["SIGINT", "SIGTERM"]) {
  process.once(senal, () => {
    log(`interrumpido (${senal}); deteniendo todo`);
    void detener().finally(() => process.exit(130));
  });
}

let codigo = 1;
try {
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("No hay compilación (.next/BUILD_ID): ejecute `npm run build` antes (este script no compila).");
  await crearBase();
  smtp = await iniciarSmtp();
  log(`SMTP de prueba en 127.0.0.1:${PUERTO_SMTP}, correos en ${correos}`);
  instancias.push(iniciarInstancia("A", PUERTO_A), iniciarInstancia("B", PUERTO_B));
  await Promise.all(instancias.map(esperarLista));
  log(`instancias listas: A ${instancias[0].url}, B ${instancias[1].url}; misma base, mismos secretos, misma carpeta de adjuntos`);

  const codigoPrueba = await ejecutar(bin("playwright"), ["test", "-c", "tests/dos-instancias/playwright.config.ts", ...process.argv.slice(2)], "playwright", {
    ...process.env,
    DATABASE_URL,
    DOS_INSTANCIAS_PUERTO_A: String(PUERTO_A),
    DOS_INSTANCIAS_PUERTO_B: String(PUERTO_B),
    DOS_INSTANCIAS_CORREOS: correos,
    MAIL_INTERVAL_MS: String(INTERVALO_CORREO_MS),
    CACHE_EXPIRY_TOKEN: env.CACHE_EXPIRY_TOKEN,
  });
  const correoBien = await verificarCorreos();
  const caidas = instancias.filter((i) => i.termino);
  log(`entregas anotadas por cada cartero: instancia A ${instancias[0].enviados}, instancia B ${instancias[1].enviados}`);
  if (caidas.length) log(`instancias que terminaron antes de tiempo: ${caidas.map((i) => `${i.nombre} (${i.termino})`).join(", ")}`);
  codigo = codigoPrueba === 0 && correoBien && caidas.length === 0 ? 0 : 1;
  if (codigo !== 0) mostrarRegistros();
  log(codigo === 0 ? "PASS: dos instancias sobre una base PostgreSQL" : `FAIL (playwright: código ${codigoPrueba}; correo: ${correoBien ? "bien" : "mal"})`);
} catch (e) {
  log(`✗ ${e instanceof Error ? e.message : e}`);
  mostrarRegistros();
  codigo = 1;
} finally {
  await detener();
}
process.exit(codigo);
