// One Prisma client for the process, bound to SQLite (file: URL, the default) or PostgreSQL
// (postgres:// URL) through its driver adapter. See docs/decisions/0001-dos-proveedores-y-migraciones-wasm.md
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PrismaClientPg } from "@/lib/generated/prisma-pg/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

export const DEFAULT_DATABASE_URL = "file:./data/fondo-idea.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export function isPostgres(url = databaseUrl()): boolean {
  return /^postgres(ql)?:/.test(url);
}

/** `envolver` wraps the driver adapter (tests count the statements a path sends: tests/support/contador-sentencias.ts). */
export function createDb(url = databaseUrl(), { envolver = (f) => f }: { envolver?: (f: SqlDriverAdapterFactory) => SqlDriverAdapterFactory } = {}): Db {
  if (isPostgres(url)) {
    const adapter = envolver(new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) }));
    // Both generated clients have the same models; the PostgreSQL one is used through the SQLite one's type.
    return new PrismaClientPg({ adapter }) as unknown as Db;
  }
  // timeout: wait up to 10 s for SQLite's single writer instead of failing with SQLITE_BUSY.
  return new PrismaClient({ adapter: envolver(new PrismaBetterSqlite3({ url, timeout: 10_000 })) });
}

const globalForDb = globalThis as unknown as { fondoIdeaDb?: Db };

/** The process-wide client (kept across hot reloads in development). */
export const db: Db = globalForDb.fondoIdeaDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.fondoIdeaDb = db;

/**
 * `contains` filter that ignores case on both providers: SQLite's LIKE already does (for ASCII) and
 * rejects `mode`, PostgreSQL needs `mode: "insensitive"`.
 */
export function contieneTexto(texto: string): { contains: string; mode?: "insensitive" } {
  return isPostgres() ? { contains: texto, mode: "insensitive" } : { contains: texto };
}
