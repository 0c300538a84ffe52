// The e2e database, opened from the test process: the same SQLite file the portal's server uses
// (tests/e2e/serve.mjs creates it fresh on every run). SQLite lets both write; each waits its turn.
import { createDb, type Db } from "../../../lib/db/client";
import { calcularDv } from "../../../lib/domain/rut";

export const URL_BASE_E2E = "file:./.test-output/e2e.db";

let db: Db | null = null;

/** One client per worker process, opened on first use (fixtures.ts closes it when the worker ends). */
export function baseE2e(): Db {
  db ??= createDb(URL_BASE_E2E);
  return db;
}

export async function cerrarBaseE2e(): Promise<void> {
  const abierta = db;
  db = null;
  await abierta?.$disconnect();
}

let ultimo = 0;

/** A number no earlier call in this run returned (the clock in ms, or one more than the last one). */
export function unico(): number {
  ultimo = Math.max(Date.now(), ultimo + 1);
  return ultimo;
}

/**
 * A RUT ("12345678-5") no other row of this run has: `desde` + a number that changes every call, below
 * `desde` + 9,000,000. The fixtures use 90 M (people) and 60 M (organisations); the specs' own RUTs
 * stay out of those ranges.
 */
export function rutUnico(desde: number): string {
  const cuerpo = String(desde + (unico() % 9_000_000));
  return `${cuerpo}-${calcularDv(cuerpo)}`;
}

// The portal's server caches its public pages (docs/decisions/0010-paginas-publicas-en-cache.md) and only
// its actions expire them. A fixture that writes straight to the database calls this afterwards, as an
// action would: tests/e2e/serve.mjs gives the server the same token (CACHE_EXPIRY_TOKEN).
export const TOKEN_CACHE_E2E = process.env.CACHE_EXPIRY_TOKEN || "e2e-token-para-expirar-la-cache";
const URL_SERVIDOR_E2E = `http://127.0.0.1:${process.env.E2E_PORT ?? "3210"}`;

/** Expires every public cache tag on the e2e server; throws if it did not answer 200. */
export async function expirarCacheE2e(): Promise<void> {
  const r = await fetch(`${URL_SERVIDOR_E2E}/api/interno/expirar-cache`, { method: "POST", headers: { "x-fondo-cache-token": TOKEN_CACHE_E2E } });
  if (!r.ok) throw new Error(`No se pudo expirar la caché del servidor e2e (HTTP ${r.status}).`);
}
