// Shared by scripts/respaldo.mjs and scripts/restaurar.mjs: where the database, the attachments and the
// audit checkpoint live (same variables and defaults as the app), the backup folder's layout, the
// manifest (reader and writer, one place), and the counts (rows per table, audit head) both sides compare.
//
// A backup folder holds:
//   manifiesto.json                   created at, database kind, counts, audit head, every file's size and SHA-256
//   base.sqlite | base.dump           SQLite online backup | pg_dump custom format
//   adjuntos/<xx>/<key>               every attachment file (STORAGE_DIR)
//   auditoria/punto-de-control.json   the signed audit checkpoint (AUDIT_CHECKPOINT_DIR), when there is one
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

export const RAIZ = path.resolve(import.meta.dirname, "..");
export const FORMATO = 1;
export const MANIFIESTO = "manifiesto.json";
export const ARCHIVO_BASE = { sqlite: "base.sqlite", postgres: "base.dump" };
export const CARPETA_ADJUNTOS = "adjuntos";
export const CARPETA_AUDITORIA = "auditoria";
/** The audit log's table and the columns of its head (prisma/schema.prisma, model AuditLog). */
export const TABLA_BITACORA = "AuditLog";

/** Loads the project's .env like scripts/migrate.mjs does; variables already set win over the file. */
export function cargarEntorno() {
  try {
    process.loadEnvFile?.(path.join(RAIZ, ".env"));
  } catch {
    // no .env file: the environment decides
  }
}

// Parameters Prisma accepts in a PostgreSQL URL that libpq (pg_dump, pg_restore) rejects.
const SOLO_PRISMA = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "sslaccept"];

/** The database DATABASE_URL names (default as lib/db/client.ts), with a label safe to print. */
export function baseConfigurada() {
  const url = process.env.DATABASE_URL ?? "file:./data/fondo-idea.db";
  if (/^postgres(ql)?:/.test(url)) {
    const u = new URL(url);
    for (const p of SOLO_PRISMA) u.searchParams.delete(p);
    return { tipo: "postgres", url: u.toString(), etiqueta: `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}` };
  }
  // Relative paths are read from the working folder, as the app's better-sqlite3 adapter does.
  const archivo = path.resolve(url.replace(/^file:/, "").split("?")[0]);
  return { tipo: "sqlite", archivo, etiqueta: `SQLite ${archivo}` };
}

/** STORAGE_DIR, as lib/adjuntos/storage.ts reads it. */
export const carpetaAdjuntos = () => path.resolve(process.env.STORAGE_DIR || "./storage/adjuntos");
/** AUDIT_CHECKPOINT_DIR, as lib/audit/punto-de-control.ts reads it. */
export const carpetaPuntoDeControl = () => path.resolve(process.env.AUDIT_CHECKPOINT_DIR || "./storage/auditoria");

export async function sha256Archivo(ruta) {
  const h = createHash("sha256");
  for await (const trozo of createReadStream(ruta)) h.update(trozo);
  return h.digest("hex");
}

/** Every file under `carpeta`, as sorted relative paths with "/" (none when the folder does not exist). */
export async function listarArchivos(carpeta) {
  let entradas;
  try {
    entradas = await fs.readdir(carpeta, { recursive: true, withFileTypes: true });
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
  return entradas
    .filter((d) => d.isFile())
    .map((d) => path.relative(carpeta, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
    .sort();
}

export async function existe(ruta) {
  try {
    await fs.access(ruta);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Counts: rows of every table of the database and the audit log's head (last id and its hash).

const comillas = (nombre) => `"${nombre.replaceAll('"', '""')}"`;

/** On an open better-sqlite3 database. */
export function contarSqlite(sqlite) {
  const nombres = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all();
  const tablas = {};
  for (const n of nombres) tablas[n] = Number(sqlite.prepare(`SELECT COUNT(*) FROM ${comillas(n)}`).pluck().get());
  const fila = nombres.includes(TABLA_BITACORA)
    ? sqlite.prepare(`SELECT id, hash FROM ${comillas(TABLA_BITACORA)} ORDER BY id DESC LIMIT 1`).get()
    : undefined;
  return { tablas, bitacora: fila ? { ultimoId: Number(fila.id), hash: fila.hash } : null };
}

/** On a connected pg client (inside the caller's transaction, if any): the tables of the current schema. */
export async function contarPostgres(cliente) {
  const { rows } = await cliente.query(
    "SELECT table_name AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const tablas = {};
  for (const { n } of rows) tablas[n] = Number((await cliente.query(`SELECT COUNT(*) AS c FROM ${comillas(n)}`)).rows[0].c);
  const fila = TABLA_BITACORA in tablas ? (await cliente.query(`SELECT id, hash FROM ${comillas(TABLA_BITACORA)} ORDER BY id DESC LIMIT 1`)).rows[0] : undefined;
  return { tablas, bitacora: fila ? { ultimoId: Number(fila.id), hash: fila.hash } : null };
}

/** The differences between the counts of the manifest and the ones read now, in Spanish (empty: equal). */
export function compararConteos(esperado, actual) {
  const diferencias = [];
  for (const [tabla, n] of Object.entries(esperado.tablas)) {
    if (!(tabla in actual.tablas)) diferencias.push(`Falta la tabla ${tabla} (el respaldo tiene ${n} filas).`);
    else if (actual.tablas[tabla] !== n) diferencias.push(`Tabla ${tabla}: ${actual.tablas[tabla]} filas; el respaldo tiene ${n}.`);
  }
  for (const tabla of Object.keys(actual.tablas)) {
    if (!(tabla in esperado.tablas)) diferencias.push(`La tabla ${tabla} no está en el respaldo (tiene ${actual.tablas[tabla]} filas).`);
  }
  const e = esperado.bitacora;
  const a = actual.bitacora;
  if (JSON.stringify(e) !== JSON.stringify(a)) {
    const texto = (c) => (c ? `entrada ${c.ultimoId} (hash ${c.hash})` : "vacía");
    diferencias.push(`Cabeza de la bitácora: ${texto(a)}; el respaldo tiene ${texto(e)}.`);
  }
  return diferencias;
}

// ---------------------------------------------------------------------------------------------
// Manifest

/** Writes manifiesto.json for `carpeta`: the given facts plus the size and SHA-256 of every file in it. */
export async function escribirManifiesto(carpeta, { tipo, conteos }) {
  const archivos = [];
  for (const ruta of await listarArchivos(carpeta)) {
    if (ruta === MANIFIESTO) continue;
    const absoluta = path.join(carpeta, ruta);
    archivos.push({ ruta, bytes: (await fs.stat(absoluta)).size, sha256: await sha256Archivo(absoluta) });
  }
  const manifiesto = {
    formato: FORMATO,
    creadoEn: new Date().toISOString(),
    base: { tipo, archivo: ARCHIVO_BASE[tipo] },
    tablas: conteos.tablas,
    bitacora: conteos.bitacora && { tabla: TABLA_BITACORA, ...conteos.bitacora },
    archivos,
  };
  const destino = path.join(carpeta, MANIFIESTO);
  await fs.writeFile(`${destino}.tmp`, `${JSON.stringify(manifiesto, null, 2)}\n`);
  await fs.rename(`${destino}.tmp`, destino);
  return manifiesto;
}

/** Reads manifiesto.json; throws a Spanish message when it is missing or not one this script wrote. */
export async function leerManifiesto(carpeta) {
  let texto;
  try {
    texto = await fs.readFile(path.join(carpeta, MANIFIESTO), "utf8");
  } catch {
    throw new Error(`${carpeta} no es un respaldo: no tiene ${MANIFIESTO}.`);
  }
  let m;
  try {
    m = JSON.parse(texto);
  } catch {
    throw new Error(`${MANIFIESTO} de ${carpeta} no es JSON válido.`);
  }
  const valido =
    m?.formato === FORMATO &&
    (m.base?.tipo === "sqlite" || m.base?.tipo === "postgres") &&
    m.base.archivo === ARCHIVO_BASE[m.base.tipo] &&
    m.tablas && typeof m.tablas === "object" &&
    Array.isArray(m.archivos) &&
    m.archivos.every((a) => typeof a?.ruta === "string" && !a.ruta.split("/").includes("..") && !path.isAbsolute(a.ruta) && Number.isInteger(a.bytes) && /^[0-9a-f]{64}$/.test(a.sha256));
  if (!valido) throw new Error(`${MANIFIESTO} de ${carpeta} no tiene el formato esperado (formato ${FORMATO}).`);
  if (!m.archivos.some((a) => a.ruta === m.base.archivo)) throw new Error(`${MANIFIESTO} no lista el archivo de la base (${m.base.archivo}).`);
  // Counts and head, in the shape contarSqlite / contarPostgres return.
  m.conteos = { tablas: m.tablas, bitacora: m.bitacora ? { ultimoId: m.bitacora.ultimoId, hash: m.bitacora.hash } : null };
  return m;
}

/** Checks every file the manifest lists against its size and SHA-256; returns the problems in Spanish. */
export async function verificarArchivos(carpeta, manifiesto) {
  const problemas = [];
  for (const a of manifiesto.archivos) {
    const ruta = path.join(carpeta, a.ruta);
    let bytes;
    try {
      bytes = (await fs.stat(ruta)).size;
    } catch {
      problemas.push(`Falta ${a.ruta}.`);
      continue;
    }
    if (bytes !== a.bytes) problemas.push(`${a.ruta}: ${bytes} bytes; el manifiesto dice ${a.bytes}.`);
    else if ((await sha256Archivo(ruta)) !== a.sha256) problemas.push(`${a.ruta}: la suma SHA-256 no coincide con el manifiesto.`);
  }
  return problemas;
}

/** Runs a program; resolves with its exit code and output (rejects only if it cannot start). */
export function ejecutar(programa, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(programa, args, { stdio: ["ignore", "pipe", "pipe"] });
    let salida = "";
    p.stdout.on("data", (d) => (salida += d));
    p.stderr.on("data", (d) => (salida += d));
    p.on("error", (e) => reject(new Error(`No se pudo ejecutar ${programa}: ${e.message}`)));
    p.on("close", (code) => resolve({ code, salida: salida.trim() }));
  });
}
