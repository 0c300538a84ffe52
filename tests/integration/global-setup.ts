// Once per run: a FRESH database, migrated with the project's own command (scripts/migrate.mjs) and
// seeded with the regions and the demo (lib/seed/demo.ts sembrarDemo). Each test file then works on
// its own clone of it (setup-db.ts). DATABASE_URL picks the provider: postgres://… → a new database
// fondo_test_<random> on that server; anything else → a temp SQLite file. Both are deleted at teardown.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  borrarBasesPostgres,
  clienteServidor,
  ejecutarMigrate,
  esPostgres,
  sufijo,
  urlConBase,
  urlSqlite,
  type BaseDePruebas,
} from "../support/base-de-datos";

export default async function setup(project: TestProject) {
  const original = process.env.DATABASE_URL;
  let base: BaseDePruebas;
  let url: string;
  let limpiar: () => Promise<void>;

  if (esPostgres(original)) {
    const plantilla = `fondo_test_${sufijo()}`;
    const c = await clienteServidor(original);
    try {
      await c.query(`CREATE DATABASE "${plantilla}"`);
    } finally {
      await c.end();
    }
    base = { proveedor: "postgres", servidor: original, plantilla };
    url = urlConBase(original, plantilla);
    limpiar = () => borrarBasesPostgres(original, plantilla);
  } else {
    const carpeta = await fs.mkdtemp(path.join(os.tmpdir(), "fondo-test-"));
    const plantilla = path.join(carpeta, "plantilla.db");
    base = { proveedor: "sqlite", carpeta, plantilla };
    url = urlSqlite(plantilla);
    limpiar = () => fs.rm(carpeta, { recursive: true, force: true });
  }

  try {
    const m = await ejecutarMigrate(url, "deploy");
    if (m.code !== 0) throw new Error(`La migración de la base de pruebas falló:\n${m.salida}`);

    // lib/db/client reads DATABASE_URL when imported: set it first.
    process.env.DATABASE_URL = url;
    const { createDb } = await import("@/lib/db/client");
    const { sembrarDemo } = await import("@/lib/seed/demo");
    const db = createDb(url);
    try {
      // Regions plus the 2019 demo (convocatoria, desafíos, one account per role): every file's
      // fixtures start from it (tests/support/escenario.ts).
      const r = await sembrarDemo(db);
      if (!r.sembrado) throw new Error(r.motivo);
    } finally {
      await db.$disconnect();
    }
    if (base.proveedor === "sqlite") {
      // Fold the WAL into the file so that a plain copy of it is complete.
      const { default: Database } = await import("better-sqlite3");
      const s = new Database(base.plantilla);
      s.pragma("wal_checkpoint(TRUNCATE)");
      s.close();
    } else {
      // CREATE DATABASE … TEMPLATE needs the template to have no open connections.
      const c = await clienteServidor(base.servidor);
      try {
        await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [base.plantilla]);
      } finally {
        await c.end();
      }
    }
  } catch (e) {
    await limpiar();
    throw e;
  }

  project.provide("baseDePruebas", base);
  return async () => {
    await limpiar();
  };
}
