// Test databases: one fresh, migrated template per run (global-setup.ts) and one clone of it per test
// file (setup-db.ts). SQLite: files in a temp folder. PostgreSQL: databases on the server of the
// DATABASE_URL given, named fondo_test_<random> (template) and fondo_test_<random>_<random> (clones).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const RAIZ = path.resolve(import.meta.dirname, "../..");

export type BaseDePruebas =
  | { proveedor: "sqlite"; carpeta: string; plantilla: string }
  | { proveedor: "postgres"; servidor: string; plantilla: string };

declare module "vitest" {
  export interface ProvidedContext {
    baseDePruebas: BaseDePruebas;
  }
}

export const esPostgres = (url: string | undefined): url is string => !!url && /^postgres(ql)?:/.test(url);

export const sufijo = () => randomBytes(4).toString("hex");

/** The same server and credentials, another database. */
export function urlConBase(url: string, base: string): string {
  const u = new URL(url);
  u.pathname = `/${base}`;
  return u.toString();
}

export const urlSqlite = (archivo: string) => `file:${archivo}`;

/** Runs `node scripts/migrate.mjs <args>` against `url`; resolves with its exit code and output. */
export function ejecutarMigrate(url: string, ...args: string[]): Promise<{ code: number | null; salida: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(RAIZ, "scripts/migrate.mjs"), ...args], {
      cwd: RAIZ,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let salida = "";
    p.stdout.on("data", (d: Buffer) => (salida += d.toString()));
    p.stderr.on("data", (d: Buffer) => (salida += d.toString()));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, salida }));
  });
}

/** A pg client on the server's own database (the one named in the URL, or `postgres`). */
export async function clienteServidor(servidor: string): Promise<pg.Client> {
  for (const url of [servidor, urlConBase(servidor, "postgres")]) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      return c;
    } catch (e) {
      await c.end().catch(() => {});
      if ((e as { code?: string }).code !== "3D000") throw e; // 3D000: that database does not exist
    }
  }
  throw new Error(`No se pudo conectar a ${servidor}`);
}

const identificador = (nombre: string) => {
  if (!/^[a-z0-9_]+$/.test(nombre)) throw new Error(`Nombre de base inválido: ${nombre}`);
  return `"${nombre}"`;
};

/** Creates this test file's own database from the run's template and returns its URL. */
export async function clonarBase(base: BaseDePruebas): Promise<string> {
  if (base.proveedor === "sqlite") {
    const archivo = path.join(base.carpeta, `archivo-${sufijo()}.db`);
    await fs.copyFile(base.plantilla, archivo);
    return urlSqlite(archivo);
  }
  const nombre = `${base.plantilla}_${sufijo()}`;
  const c = await clienteServidor(base.servidor);
  try {
    await c.query(`CREATE DATABASE ${identificador(nombre)} TEMPLATE ${identificador(base.plantilla)}`);
    // A throwaway database needs no durability: commits do not wait for the WAL to reach the disk.
    await c.query(`ALTER DATABASE ${identificador(nombre)} SET synchronous_commit = off`);
  } finally {
    await c.end();
  }
  return urlConBase(base.servidor, nombre);
}

/** Drops the template and every clone of it (connections still open are closed by FORCE). */
export async function borrarBasesPostgres(servidor: string, plantilla: string): Promise<void> {
  const c = await clienteServidor(servidor);
  try {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2", [
      plantilla,
      `${plantilla}\\_%`,
    ]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${identificador(r.datname)} WITH (FORCE)`);
  } finally {
    await c.end();
  }
}
