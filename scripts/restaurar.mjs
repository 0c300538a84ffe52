// `npm run restaurar <carpeta> [--forzar]`: restores a folder made by scripts/respaldo.mjs into the places
// DATABASE_URL, STORAGE_DIR and AUDIT_CHECKPOINT_DIR name. Stop the app first.
//   1. Every file's size and SHA-256 is checked against manifiesto.json; any difference or missing file
//      stops here, before anything is touched.
//   2. A target that already holds data (tables in the database, files in either folder) is refused unless
//      --forzar. With --forzar the SQLite file and the two folders are moved aside as <name>.antes-<time>
//      (nothing is deleted); PostgreSQL is overwritten by pg_restore --clean.
//   3. SQLite: the file is copied into place. PostgreSQL: pg_restore --clean --if-exists --no-owner, in one
//      transaction (a failed restore leaves the database as it was). Then the attachments and the checkpoint.
//   4. Every table is counted again and compared with the manifest, with the audit head and the restored
//      attachments' SHA-256. Prints OK or each difference.
// Exit codes: 0 restored and equal; 1 restored with differences, or failed; 2 refused (nothing changed).
import fs from "node:fs/promises";
import path from "node:path";
import {
  CARPETA_ADJUNTOS,
  CARPETA_AUDITORIA,
  baseConfigurada,
  cargarEntorno,
  carpetaAdjuntos,
  carpetaPuntoDeControl,
  compararConteos,
  contarPostgres,
  contarSqlite,
  ejecutar,
  existe,
  leerManifiesto,
  listarArchivos,
  sha256Archivo,
  verificarArchivos,
} from "./respaldo-comun.mjs";

cargarEntorno();

class Rechazo extends Error {}

const args = process.argv.slice(2);
const forzar = args.includes("--forzar");
const [carpetaArg] = args.filter((a) => a !== "--forzar");
const sello = new Date().toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-");
const base = baseConfigurada();
const destinoAdjuntos = carpetaAdjuntos();
const destinoAuditoria = carpetaPuntoDeControl();

async function abrirSqlite(archivo) {
  const { default: Database } = await import("better-sqlite3");
  return new Database(archivo, { fileMustExist: true });
}

async function conPostgres(fn) {
  const { default: pg } = await import("pg");
  const cliente = new pg.Client({ connectionString: base.url });
  try {
    await cliente.connect();
  } catch (e) {
    if (e.code === "3D000") throw new Rechazo(`La base de destino no existe (${base.etiqueta}): créela vacía primero, p. ej. con createdb.`);
    throw e;
  }
  try {
    return await fn(cliente);
  } finally {
    await cliente.end();
  }
}

/** What the target already holds, in Spanish (empty: nothing). */
async function ocupado() {
  const hay = [];
  if (base.tipo === "sqlite") {
    if (await existe(base.archivo)) {
      const s = await abrirSqlite(base.archivo);
      try {
        const n = Object.keys(contarSqlite(s).tablas).length;
        if (n > 0) hay.push(`la base ${base.etiqueta} tiene ${n} tablas`);
      } finally {
        s.close();
      }
    }
  } else {
    const n = await conPostgres(async (c) =>
      Number((await c.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")).rows[0].n),
    );
    if (n > 0) hay.push(`la base ${base.etiqueta} tiene ${n} tablas`);
  }
  for (const carpeta of [destinoAdjuntos, destinoAuditoria]) {
    const n = (await listarArchivos(carpeta)).length;
    if (n > 0) hay.push(`la carpeta ${carpeta} tiene ${n} ${n === 1 ? "archivo" : "archivos"}`);
  }
  return hay;
}

/** Moves an existing file or folder aside as <ruta>.antes-<time>; returns the new path, or null. */
async function apartar(ruta) {
  if (!(await existe(ruta))) return null;
  const aparte = `${ruta}.antes-${sello}`;
  await fs.rename(ruta, aparte);
  return aparte;
}

async function restaurarBase(carpeta, m) {
  const origen = path.join(carpeta, m.base.archivo);
  if (base.tipo === "sqlite") {
    await fs.mkdir(path.dirname(base.archivo), { recursive: true });
    const temporal = `${base.archivo}.restaurando-${sello}`;
    await fs.copyFile(origen, temporal);
    for (const sufijo of ["", "-wal", "-shm"]) {
      const aparte = await apartar(`${base.archivo}${sufijo}`);
      if (aparte) console.log(`  lo anterior quedó en ${aparte}`);
    }
    await fs.rename(temporal, base.archivo);
    // The app runs SQLite in WAL mode (scripts/migrate.mjs); the backup was stored as a single file.
    const s = await abrirSqlite(base.archivo);
    s.pragma("journal_mode = WAL");
    s.close();
    return;
  }
  const r = await ejecutar("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "-d", base.url, origen]);
  if (r.code !== 0) throw new Error(`pg_restore terminó con código ${r.code} (la base quedó como estaba):\n${r.salida}`);
}

/** Copies the backup's `sub` folder into `hacia` (moved aside first if it holds files). */
async function restaurarCarpeta(carpeta, m, sub, hacia) {
  const archivos = m.archivos.filter((a) => a.ruta.startsWith(`${sub}/`));
  if ((await listarArchivos(hacia)).length > 0) console.log(`  lo anterior quedó en ${await apartar(hacia)}`);
  for (const a of archivos) {
    const d = path.join(hacia, a.ruta.slice(sub.length + 1));
    await fs.mkdir(path.dirname(d), { recursive: true, mode: 0o700 });
    await fs.copyFile(path.join(carpeta, a.ruta), d);
  }
  return archivos;
}

/** The restored files against the manifest's SHA-256. */
async function compararArchivos(archivos, sub, hacia) {
  const diferencias = [];
  for (const a of archivos) {
    const ruta = path.join(hacia, a.ruta.slice(sub.length + 1));
    const h = (await existe(ruta)) ? await sha256Archivo(ruta) : null;
    if (h !== a.sha256) diferencias.push(`${ruta}: ${h ? "la suma SHA-256 no coincide" : "no quedó copiado"}.`);
  }
  return diferencias;
}

async function main() {
  if (!carpetaArg) throw new Rechazo("Uso: npm run restaurar -- <carpeta-del-respaldo> [--forzar]");
  const carpeta = path.resolve(carpetaArg);
  let m;
  try {
    m = await leerManifiesto(carpeta);
  } catch (e) {
    throw new Rechazo(e.message);
  }
  console.log(`Restauración del respaldo ${carpeta} (${m.creadoEn})`);
  console.log(`  hacia ${base.etiqueta}, adjuntos en ${destinoAdjuntos}, punto de control en ${destinoAuditoria}`);

  const problemas = await verificarArchivos(carpeta, m);
  if (problemas.length > 0) {
    throw new Rechazo(`El respaldo está dañado o incompleto; no se cambió nada:\n${problemas.map((p) => `  - ${p}`).join("\n")}`);
  }
  console.log(`  ${m.archivos.length} archivos verificados con su SHA-256`);
  if (m.base.tipo !== base.tipo) {
    throw new Rechazo(`El respaldo es de ${m.base.tipo === "sqlite" ? "SQLite" : "PostgreSQL"} y DATABASE_URL apunta a ${base.etiqueta}; no se cambió nada.`);
  }
  const hay = await ocupado();
  if (hay.length > 0 && !forzar) {
    throw new Rechazo(`El destino no está vacío: ${hay.join("; ")}. No se cambió nada; use --forzar para reemplazarlo.`);
  }

  await restaurarBase(carpeta, m);
  const adjuntos = await restaurarCarpeta(carpeta, m, CARPETA_ADJUNTOS, destinoAdjuntos);
  const auditoria = await restaurarCarpeta(carpeta, m, CARPETA_AUDITORIA, destinoAuditoria);
  console.log(`  base restaurada; ${adjuntos.length} adjuntos copiados; punto de control: ${auditoria.length > 0 ? "copiado" : "el respaldo no tenía"}`);

  let conteos;
  if (base.tipo === "sqlite") {
    const s = await abrirSqlite(base.archivo);
    try {
      conteos = contarSqlite(s);
    } finally {
      s.close();
    }
  } else {
    conteos = await conPostgres(contarPostgres);
  }
  const diferencias = [
    ...compararConteos(m.conteos, conteos),
    ...(await compararArchivos(adjuntos, CARPETA_ADJUNTOS, destinoAdjuntos)),
    ...(await compararArchivos(auditoria, CARPETA_AUDITORIA, destinoAuditoria)),
  ];
  if (diferencias.length > 0) {
    console.error(`✗ La restauración no coincide con el respaldo:\n${diferencias.map((d) => `  - ${d}`).join("\n")}`);
    return 1;
  }
  const filas = Object.values(conteos.tablas).reduce((a, b) => a + b, 0);
  const cabeza = conteos.bitacora ? `hasta la entrada ${conteos.bitacora.ultimoId}` : "vacía";
  console.log(`OK: ${Object.keys(conteos.tablas).length} tablas y ${filas} filas como en el respaldo; bitácora ${cabeza}; ${adjuntos.length} adjuntos con su SHA-256.`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(e instanceof Rechazo ? `✗ ${e.message}` : `✗ La restauración falló: ${e.message}`);
  process.exitCode = e instanceof Rechazo ? 2 : 1;
}
