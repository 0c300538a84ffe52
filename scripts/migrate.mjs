// The project's migration command: `prisma migrate {deploy,dev,status}` and `migrate diff`, run through
// @prisma/schema-engine-wasm over the same driver adapters the app uses, because the native schema
// engine cannot be downloaded on these machines. See docs/decisions/0001-dos-proveedores-y-migraciones-wasm.md
//
// Usage: node scripts/migrate.mjs deploy | dev <name> | status | diff
//   env: DATABASE_URL (file:… → SQLite, postgres://… → PostgreSQL)
//        PRISMA_SCHEMA, PRISMA_MIGRATIONS override the schema file and migrations folder.
// `diff` exits 2 when the schema has changes that no migration holds (the drift check of CI).
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const root = path.resolve(import.meta.dirname, "..");
try {
  process.loadEnvFile?.(path.join(root, ".env"));
} catch {
  // no .env file: the environment decides
}

const url = process.env.DATABASE_URL ?? "file:./data/fondo-idea.db";
const isPg = /^postgres(ql)?:/.test(url);
const schemaPath = path.resolve(root, process.env.PRISMA_SCHEMA ?? (isPg ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma"));
const migDir = path.resolve(root, process.env.PRISMA_MIGRATIONS ?? (isPg ? "prisma/postgres/migrations" : "prisma/migrations"));
const filters = { externalTables: [], externalEnums: [] };

function pgFields(database) {
  // Discrete fields, not a connectionString: with a connectionString pg ignores a `database`
  // override, and the adapter's shadow database would silently become the main database.
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password),
    database: database ?? u.pathname.slice(1),
  };
}

async function sqliteFile() {
  // The SQLite file's folder must exist before better-sqlite3 opens it.
  const file = url.replace(/^file:/, "").split("?")[0];
  if (file && file !== ":memory:") await fs.mkdir(path.dirname(path.resolve(root, file)), { recursive: true });
}

// WAL lets readers go on while the single writer writes; the mode is stored in the database file.
async function enableWal() {
  await sqliteFile();
  const { default: Database } = await import("better-sqlite3");
  const file = url.replace(/^file:/, "").split("?")[0];
  const sqlite = new Database(path.resolve(root, file));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

async function makeFactory() {
  if (isPg) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg(pgFields());
  }
  await sqliteFile();
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  return new PrismaBetterSqlite3({ url });
}

// Work-arounds for adapter gaps, each needed by the wasm engine.
function patch(adapter) {
  if (isPg) {
    // adapter-pg 7.10 cannot deserialize pg's internal "char" type (OID 18, e.g. pg_class.relkind),
    // which the engine's schema describer selects: present it as text (OID 25).
    const pool = adapter.underlyingDriver();
    const query = pool.query.bind(pool);
    pool.query = async (...a) => {
      const r = await query(...a);
      for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
      return r;
    };
    // adapter-pg's executeScript splits the script on every ";", which cuts PL/pgSQL bodies
    // ($$ … ; … $$) in half. PostgreSQL's simple-query protocol runs a whole script in one call.
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (e) {
        adapter.onError?.(e);
        throw e;
      }
    };
  }
  // better-sqlite3's prepare() rejects multi-statement SQL, and the engine sends whole migration
  // scripts through executeRaw when it replays history into the shadow database.
  const raw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (q) => {
    try {
      return await raw(q);
    } catch (e) {
      const msg = String(e?.message ?? e?.cause?.message ?? JSON.stringify(e));
      if ((q.args?.length ?? 0) === 0 && /more than one statement/i.test(msg)) {
        await adapter.executeScript(q.sql);
        return 0;
      }
      throw e;
    }
  };
  return adapter;
}

// adapter-pg's own connectToShadowDb drops the shadow database while its pool is still open;
// this one closes the pool first, then drops it.
async function pgShadow() {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const admin = await (await makeFactory()).connect();
  const db = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
  await admin.executeScript(`CREATE DATABASE "${db}"`);
  const shadow = patch(await new PrismaPg(pgFields(db)).connect());
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await admin.executeScript(`DROP DATABASE IF EXISTS "${db}"`);
    await admin.dispose();
  };
  return shadow;
}

async function loadEngine(schemaFiles) {
  const jsUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmFile = path.join(path.dirname(fileURLToPath(jsUrl)), "schema_engine_bg.wasm");
  const mod = new WebAssembly.Module(await fs.readFile(wasmFile));
  const inst = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(inst.exports);
  inst.exports.__wbindgen_start();
  const f = await makeFactory();
  const connect = f.connect.bind(f);
  const shadow = f.connectToShadowDb.bind(f);
  f.connect = async () => patch(await connect());
  f.connectToShadowDb = isPg ? pgShadow : async () => patch(await shadow());
  const debug = process.env.MIGRATE_DEBUG ? (m) => console.error(m) : () => {};
  return glue.SchemaEngine.new({ datamodels: schemaFiles.map((x) => [x.path, x.content]) }, debug, bindMigrationAwareSqlAdapterFactory(f));
}

async function migrationsList() {
  await fs.mkdir(migDir, { recursive: true });
  const entries = (await fs.readdir(migDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const dirs = [];
  for (const name of entries) {
    const p = path.join(migDir, name, "migration.sql");
    let content;
    try {
      content = { tag: "ok", value: await fs.readFile(p, "utf8") };
    } catch (e) {
      content = { tag: "error", value: String(e) };
    }
    dirs.push({ path: name, migrationFile: { path: "migration.sql", content } });
  }
  let lock = null;
  try {
    lock = await fs.readFile(path.join(migDir, "migration_lock.toml"), "utf8");
  } catch {
    lock = null;
  }
  return { baseDir: migDir, lockfile: { path: "migration_lock.toml", content: lock }, shadowDbInitScript: "", migrationDirectories: dirs };
}

const [cmd = "deploy", name = "migration"] = process.argv.slice(2);
if (!isPg) await enableWal(); // before the engine opens its own connection
const schemaFiles = [{ path: schemaPath, content: await fs.readFile(schemaPath, "utf8") }];
const engine = await loadEngine(schemaFiles);
const t0 = Date.now();
try {
  if (cmd === "deploy") {
    const r = await engine.applyMigrations({ migrationsList: await migrationsList(), filters });
    console.log(`migraciones aplicadas: ${r.appliedMigrationNames.length} ${r.appliedMigrationNames.join(", ")}`);
  } else if (cmd === "dev") {
    const list = await migrationsList();
    // applyMigrations first: on a fresh database devDiagnostic fails with P1014 (_prisma_migrations
    // missing); applyMigrations creates that table.
    await engine.applyMigrations({ migrationsList: list, filters });
    const diag = await engine.devDiagnostic({ migrationsList: list, filters });
    if (diag.action.tag === "reset") throw new Error(`deriva: hay que reiniciar la base: ${diag.action.reason}`);
    const out = await engine.createMigration({ draft: false, migrationName: name, migrationsList: list, schema: { files: schemaFiles }, filters });
    if (!out.migrationScript) {
      console.log("sin cambios en el esquema");
    } else {
      const dir = path.join(migDir, out.generatedMigrationName);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript);
      const lockPath = path.join(migDir, "migration_lock.toml");
      try {
        await fs.access(lockPath);
      } catch {
        await fs.writeFile(lockPath, `# Please do not edit this file manually\nprovider = "${out.connectorType}"\n`);
      }
      const r = await engine.applyMigrations({ migrationsList: await migrationsList(), filters });
      console.log(`creada ${out.generatedMigrationName}; aplicadas: ${r.appliedMigrationNames.join(", ")}`);
    }
  } else if (cmd === "status") {
    const r = await engine.diagnoseMigrationHistory({ migrationsList: await migrationsList(), optInToShadowDatabase: false, filters });
    console.log(JSON.stringify(r));
    if (r.history || r.failedMigrationNames.length) process.exitCode = 1;
  } else if (cmd === "diff") {
    const r = await engine.diff({
      from: { tag: "migrations", ...(await migrationsList()) },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: true,
      filters,
    });
    process.stdout.write(r.stdout ?? "");
    process.exitCode = r.exitCode;
    if (r.exitCode === 2) console.error(`deriva: ${path.relative(root, schemaPath)} tiene cambios sin migración (npm run db:migrate:dev -- NOMBRE)`);
  } else {
    throw new Error(`comando desconocido: ${cmd}`);
  }
} catch (e) {
  console.error(e?.message ?? e);
  process.exitCode = 1;
} finally {
  if (process.env.MIGRATE_VERBOSE) console.error(`[migrate ${cmd}] ${Date.now() - t0} ms`);
  setImmediate(() => process.exit()); // pg pools would otherwise keep the process alive ~10 s
}
