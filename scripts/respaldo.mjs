// `npm run respaldo [carpeta-destino]`: backs up the database (DATABASE_URL), the attachments (STORAGE_DIR)
// and the signed audit checkpoint (AUDIT_CHECKPOINT_DIR) together into one folder, default
// ./respaldos/<UTC time>, with manifiesto.json (scripts/respaldo-comun.mjs). Safe while the app runs:
//   - SQLite: better-sqlite3's online backup API (a consistent copy, the writers go on);
//   - PostgreSQL: the counts are read in a REPEATABLE READ transaction whose snapshot pg_dump -Fc reuses
//     (--snapshot), so the dump and the manifest's counts describe the same instant.
// Order: the checkpoint is copied first (it only records entries already in the log, so it is never ahead
// of the database copy), the attachments last (every attachment row in the copy already had its file).
// Exit code 0 when the backup is complete; 1 otherwise (a partial folder is removed).
import fs from "node:fs/promises";
import path from "node:path";
import {
  ARCHIVO_BASE,
  CARPETA_ADJUNTOS,
  CARPETA_AUDITORIA,
  baseConfigurada,
  cargarEntorno,
  carpetaAdjuntos,
  carpetaPuntoDeControl,
  contarPostgres,
  contarSqlite,
  ejecutar,
  escribirManifiesto,
  existe,
  listarArchivos,
} from "./respaldo-comun.mjs";

cargarEntorno();

const sello = new Date().toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-");
const destino = path.resolve(process.argv[2] ?? path.join("respaldos", sello));
const base = baseConfigurada();

async function respaldarSqlite(archivo) {
  if (!(await existe(base.archivo))) throw new Error(`No existe la base SQLite ${base.archivo}.`);
  const { default: Database } = await import("better-sqlite3");
  const origen = new Database(base.archivo, { fileMustExist: true });
  try {
    await origen.backup(archivo);
  } finally {
    origen.close();
  }
  // The copy as one self-contained file (no -wal beside it), then counted: the counts are the copy's own.
  const copia = new Database(archivo);
  try {
    copia.pragma("journal_mode = DELETE");
    return contarSqlite(copia);
  } finally {
    copia.close();
  }
}

async function respaldarPostgres(archivo) {
  const { default: pg } = await import("pg");
  const cliente = new pg.Client({ connectionString: base.url });
  await cliente.connect();
  try {
    await cliente.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const instantanea = (await cliente.query("SELECT pg_export_snapshot() AS s")).rows[0].s;
    const conteos = await contarPostgres(cliente);
    // pg_dump reads the same snapshot while this transaction stays open.
    const r = await ejecutar("pg_dump", ["-Fc", `--snapshot=${instantanea}`, "-f", archivo, "-d", base.url]);
    if (r.code !== 0) throw new Error(`pg_dump terminó con código ${r.code}:\n${r.salida}`);
    await cliente.query("COMMIT");
    return conteos;
  } finally {
    await cliente.end();
  }
}

/** Copies every file of `origen` into `hacia`; a file removed meanwhile (a deleted attachment) is skipped. */
async function copiarCarpeta(origen, hacia, { omitir = () => false } = {}) {
  let n = 0;
  for (const ruta of await listarArchivos(origen)) {
    if (omitir(ruta)) continue;
    const d = path.join(hacia, ruta);
    await fs.mkdir(path.dirname(d), { recursive: true });
    try {
      await fs.copyFile(path.join(origen, ruta), d);
      n += 1;
    } catch (e) {
      if (e.code !== "ENOENT") throw e;
    }
  }
  return n;
}

async function main() {
  const previos = await listarArchivos(destino);
  if (previos.length > 0) throw new Error(`La carpeta de destino ${destino} no está vacía: elija otra.`);
  await fs.mkdir(destino, { recursive: true });
  console.log(`Respaldo de ${base.etiqueta}`);
  console.log(`  en ${destino}`);
  try {
    const auditoria = await copiarCarpeta(carpetaPuntoDeControl(), path.join(destino, CARPETA_AUDITORIA), { omitir: (r) => r.endsWith(".tmp") });
    const archivoBase = path.join(destino, ARCHIVO_BASE[base.tipo]);
    const conteos = base.tipo === "sqlite" ? await respaldarSqlite(archivoBase) : await respaldarPostgres(archivoBase);
    // Files being written are "<key>.<hex>.tmp" until renamed into place (lib/archivos/escribir-atomico.ts).
    const adjuntos = await copiarCarpeta(carpetaAdjuntos(), path.join(destino, CARPETA_ADJUNTOS), { omitir: (r) => r.endsWith(".tmp") });
    const m = await escribirManifiesto(destino, { tipo: base.tipo, conteos });
    const filas = Object.values(m.tablas).reduce((a, b) => a + b, 0);
    const bytes = m.archivos.reduce((a, b) => a + b.bytes, 0);
    console.log(`  base: ${Object.keys(m.tablas).length} tablas, ${filas} filas`);
    console.log(`  bitácora: ${m.bitacora ? `última entrada ${m.bitacora.ultimoId} (hash ${m.bitacora.hash.slice(0, 12)}…)` : "vacía"}`);
    console.log(`  adjuntos: ${adjuntos} archivos; punto de control: ${auditoria ? "copiado" : "no hay"}`);
    console.log(`  manifiesto: ${m.archivos.length} archivos, ${bytes} bytes en total, con su SHA-256`);
    console.log("Respaldo completo.");
  } catch (e) {
    await fs.rm(destino, { recursive: true, force: true });
    throw e;
  }
}

try {
  await main();
} catch (e) {
  console.error(`✗ El respaldo falló: ${e.message}`);
  process.exit(1);
}
