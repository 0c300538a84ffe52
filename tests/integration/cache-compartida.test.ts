// Cache tags expired by one app instance reach the others (lib/cache/sincronia-etiquetas.mjs, the handlers
// next.config.ts gives Next: lib/cache/manejador-use-cache.mjs and manejador-isr.mjs; ADR 0010, «Varias
// instancias»). Two "sides" in this process stand for two instances, each with its own synchroniser and
// its own throttle clock (advanced by hand, so "not before the throttle allows" is exact):
//   - side A wraps Next's default handler of size 0, whose updateTags writes nothing locally: whatever
//     side B's cache then sees, only B's synchroniser can have put there (the process's tags manifest is
//     one, shared by every handler of Next in a process);
//   - side B wraps Next's real in-memory default handler, and a FileSystemCache (prerendered route entries).
// The two-sides part needs PostgreSQL (DATABASE_URL=postgres://… npx vitest run this file): the SQLite run
// has no PostgreSQL server, and on SQLite the handlers are Next's own, which the other parts check on both.
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CacheEntry, CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import { crearCacheDelProceso } from "@/lib/cache/cache-del-proceso.mjs";
import ManejadorIsrDelProceso, { crearClaseIsr } from "@/lib/cache/manejador-isr.mjs";
import { generacion } from "@/lib/http/cache-respuestas.mjs";
import { crearSincronia, envolverManejador, esPostgres, type Sincronia } from "@/lib/cache/sincronia-etiquetas.mjs";
import { crearRegistro } from "@/lib/registro/log.mjs";
import { db } from "../support/escenario";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default") as { createDefaultCacheHandler: (tamano: number) => CacheHandler };
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default as unknown;
const { nodeFs } = require("next/dist/server/lib/node-fs-methods") as { nodeFs: unknown };

const URL_BASE = process.env.DATABASE_URL!;
const sufijo = crypto.randomBytes(4).toString("hex");
const etiqueta = (n: string) => `prueba-${sufijo}-${n}`;
const ahoraNext = () => performance.timeOrigin + performance.now();
const pausa = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Next stamps a tag's expiry with Math.round(performance.timeOrigin + performance.now()) and compares it
// with the unrounded clock when reading: within half a millisecond of the updateTags the rounded stamp
// can still lie ahead, so a read in that instant serves the entry once more. Tests read after it.
const pasarElMilisegundo = () => pausa(2);

/** A "use cache" entry rendered a second ago, with `etiquetas`. */
function entrada(etiquetas: string[], timestamp = ahoraNext() - 1000): Promise<CacheEntry> {
  const value = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode("render"));
      c.close();
    },
  });
  return Promise.resolve({ value, tags: etiquetas, stale: 300, timestamp, expire: 604_800, revalidate: 86_400 });
}

const cerrar: Sincronia[] = [];
afterAll(async () => {
  for (const s of cerrar) await s.cerrar();
});

describe("con SQLite (una instancia): los manejadores son los de Next, más el aviso a las páginas en memoria", () => {
  it("con una DATABASE_URL file:, no hay sincronizador; el manejador guarda en el de Next y cada expiración olvida las páginas en memoria", async () => {
    const local = createDefaultCacheHandler(1024 * 1024);
    const c = crearCacheDelProceso({ env: { DATABASE_URL: "file:./datos/fondo.db" }, local });
    expect(c.sincronia).toBeNull();
    // Nor during `next build`, whatever the database.
    expect(crearCacheDelProceso({ env: { DATABASE_URL: "postgres://x@127.0.0.1/y", NEXT_PHASE: "phase-production-build" }, local }).sincronia).toBeNull();
    const t = etiqueta("sqlite");
    await c.manejador.set("clave-sqlite", entrada([t]));
    expect(await local.get("clave-sqlite", [])).toBeDefined();
    const antes = generacion();
    await c.manejador.updateTags([t]);
    expect(generacion()).toBe(antes + 1);
    await pasarElMilisegundo();
    expect(await local.get("clave-sqlite", [])).toBeUndefined();
  });

  it("con la base de esta corrida: en SQLite, la FileSystemCache de Next tal cual; en PostgreSQL, los envoltorios", async () => {
    const local = createDefaultCacheHandler(1024 * 1024);
    const c = crearCacheDelProceso({ local });
    if (c.sincronia) cerrar.push(c.sincronia);
    expect(c.manejador).not.toBe(local);
    if (esPostgres(URL_BASE)) {
      expect(c.sincronia).not.toBeNull();
      expect(ManejadorIsrDelProceso).not.toBe(FileSystemCache);
    } else {
      expect(c.sincronia).toBeNull();
      expect(ManejadorIsrDelProceso).toBe(FileSystemCache);
    }
  });
});

describe("una base que no responde no rompe ninguna página", () => {
  it("refreshTags y updateTags terminan bien, la caché local sigue sirviendo y el aviso se escribe una vez", async () => {
    const lineas: string[] = [];
    const log = crearRegistro({ nivel: "warn", salida: { write: (l: string) => lineas.push(l) } });
    let reloj = 0;
    // Port 1 on this machine: the connection is refused at once.
    const sincronia = crearSincronia({ url: "postgres://postgres@127.0.0.1:1/nadie", aplicar: async () => {}, instancia: "caida", ahora: () => reloj, log });
    cerrar.push(sincronia);
    const local = createDefaultCacheHandler(1024 * 1024);
    const m = envolverManejador(local, sincronia);
    const t = etiqueta("caida");
    await m.set("clave-caida", entrada([t]));
    await expect(m.refreshTags()).resolves.toBeUndefined();
    reloj += 1000;
    await expect(m.refreshTags()).resolves.toBeUndefined();
    expect(sincronia.cuenta.consultas).toBe(2);
    expect(await m.get("clave-caida", [])).toBeDefined();
    // This instance's own expiry still applies locally when it cannot be recorded.
    await expect(m.updateTags([t])).resolves.toBeUndefined();
    expect(await m.get("clave-caida", [])).toBeUndefined();
    expect(lineas).toHaveLength(1);
    expect(JSON.parse(lineas[0])).toMatchObject({ level: "warn", msg: expect.stringContaining("sigue con su caché local") });
  });
});

describe.runIf(esPostgres(URL_BASE))("dos instancias sobre PostgreSQL", () => {
  const relojA = 0; // A refreshes once (its first query is always due)
  let relojB = 0;
  const localA = createDefaultCacheHandler(0);
  const sincroniaA = crearSincronia({ url: URL_BASE, aplicar: (e, d) => localA.updateTags(e, d), instancia: `A-${sufijo}`, ahora: () => relojA });
  const A = envolverManejador(localA, sincroniaA);
  const localB = createDefaultCacheHandler(8 * 1024 * 1024);
  const sincroniaB = crearSincronia({ url: URL_BASE, aplicar: (e, d) => localB.updateTags(e, d), instancia: `B-${sufijo}`, ahora: () => relojB });
  const B = envolverManejador(localB, sincroniaB);
  cerrar.push(sincroniaA, sincroniaB);

  it("una etiqueta que A expira la aplica B en su siguiente refreshTags permitido, no antes; B consulta una vez por segundo como máximo", async () => {
    const t = etiqueta("uno");
    await B.set("clave-uno", entrada([t]));
    await B.refreshTags(); // B's clock at 0: B queries now
    expect(sincroniaB.cuenta.consultas).toBe(1);

    await A.updateTags([t]); // an updateTag on A
    const fila = await db.cacheEtiqueta.findUniqueOrThrow({ where: { etiqueta: t } });
    expect(fila.instancia).toBe(`A-${sufijo}`);
    expect(fila.expiradaEn).toEqual(fila.actualizadaEn);
    expect(await B.get("clave-uno", []), "A no tocó la caché de B").toBeDefined();

    relojB = 999;
    await B.refreshTags();
    expect(sincroniaB.cuenta.consultas, "antes de un segundo, B no consulta").toBe(1);
    expect(await B.get("clave-uno", [])).toBeDefined();

    relojB = 1000;
    await B.refreshTags();
    expect(sincroniaB.cuenta.consultas).toBe(2);
    await pasarElMilisegundo();
    expect(await B.get("clave-uno", []), "B aplicó la expiración de A").toBeUndefined();

    // Many requests at once share one query.
    relojB = 2000;
    await Promise.all(Array.from({ length: 8 }, () => B.refreshTags()));
    expect(sincroniaB.cuenta.consultas).toBe(3);
  });

  it("una fila ya aplicada no se vuelve a aplicar: lo renderizado después en B sigue sirviéndose", async () => {
    const t = etiqueta("uno");
    await B.set("clave-uno-nueva", entrada([t], ahoraNext()));
    await pausa(5);
    relojB = 3000;
    await B.refreshTags(); // re-reads A's row within the overlap
    expect(await B.get("clave-uno-nueva", [])).toBeDefined();
  });

  it("B no reaplica sus propias expiraciones: las escribe para los demás", async () => {
    const t = etiqueta("propia");
    await B.updateTags([t]);
    expect((await db.cacheEtiqueta.findUniqueOrThrow({ where: { etiqueta: t } })).instancia).toBe(`B-${sufijo}`);
    await pausa(2);
    await B.set("clave-propia", entrada([t], ahoraNext()));
    await pausa(5);
    relojB = 4000;
    await B.refreshTags();
    expect(await B.get("clave-propia", [])).toBeDefined();
    // A, on the other hand, applies it (A's local handler keeps nothing, so it is seen in A's count).
    const antes = sincroniaA.cuenta.aplicadas;
    await A.refreshTags();
    expect(sincroniaA.cuenta.aplicadas).toBeGreaterThan(antes);
  });

  it("revalidateTag con perfil (servir vencido y regenerar): B sirve la entrada una vez más marcada para regenerar, no la descarta", async () => {
    const t = etiqueta("swr");
    await B.set("clave-swr", entrada([t]));
    await A.updateTags([t], { expire: 300 });
    const fila = await db.cacheEtiqueta.findUniqueOrThrow({ where: { etiqueta: t } });
    expect(fila.expiradaEn!.getTime() - fila.actualizadaEn.getTime()).toBe(300_000);
    relojB = 5000;
    await B.refreshTags();
    const e = await B.get("clave-swr", []);
    expect(e).toBeDefined();
    expect(e!.revalidate).toBe(-1);
  });

  it("las entradas de ruta prerenderizadas (FileSystemCache) de B también: cada lectura sincroniza antes, con el mismo límite", async () => {
    const t = etiqueta("ruta");
    const Clase = crearClaseIsr(() => sincroniaB);
    const carpeta = fs.mkdtempSync(path.join(os.tmpdir(), "fondo-cache-isr-"));
    try {
      const isr = new Clase({ fs: nodeFs, serverDistDir: carpeta, flushToDisk: false, maxMemoryCacheSize: 8 * 1024 * 1024, revalidatedTags: [], dev: false });
      const clave = `/prueba-${sufijo}`;
      const pagina = { kind: "APP_PAGE", html: "<h1>antes</h1>", rscData: Buffer.from("0:antes"), headers: { "x-next-cache-tags": `${t},_N_T_/layout` }, status: 200, postponed: undefined, segmentData: undefined };
      await isr.set(clave, pagina, { cacheControl: { revalidate: 86_400, expire: 604_800 } });
      const leer = () => isr.get(clave, { kind: "APP_PAGE", isFallback: false, isRoutePPREnabled: false });
      const antes = sincroniaB.cuenta.consultas;
      relojB = 6000;
      expect(await leer()).toMatchObject({ value: { html: "<h1>antes</h1>" } });
      const consultas = sincroniaB.cuenta.consultas;
      expect(consultas, "la lectura consultó la base antes de leer").toBe(antes + 1);
      await pausa(20);

      await A.updateTags([t]);
      relojB = 6500;
      expect(await leer(), "antes de un segundo, B sigue sirviendo la página").not.toBeNull();
      expect(sincroniaB.cuenta.consultas).toBe(consultas);
      relojB = 7000;
      const pagina7000 = await leer();
      await pasarElMilisegundo();
      expect(pagina7000 === null || (await leer()) === null, "B aplicó la expiración de A a la página").toBe(true);
      expect(sincroniaB.cuenta.consultas).toBe(consultas + 1);
    } finally {
      fs.rmSync(carpeta, { recursive: true, force: true });
    }
  });
});
