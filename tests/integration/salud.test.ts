// GET /api/salud against this file's database (SQLite or PostgreSQL, as the run's DATABASE_URL):
// lib/salud/responder.ts, what app/api/salud/route.ts runs, on the process-wide client as a server makes
// it, and on this file's client with the states that fail it: an old pending mail, a migration the
// database lacks, a migration that failed, a database that does not answer.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDb, isPostgres, type Db } from "@/lib/db/client";
import type { InformeSalud } from "@/lib/salud/evaluar";
import { migracionesDelCodigo } from "@/lib/salud/medir";
import { responderSalud } from "@/lib/salud/responder";
import { db } from "../support/escenario";

const carpetasTemporales: string[] = [];

async function leer(r: Response) {
  const texto = await r.text();
  return { status: r.status, cache: r.headers.get("cache-control"), texto, informe: JSON.parse(texto) as InformeSalud };
}

async function encolarPendiente(para: string, hace: number) {
  await db.notificacion.create({ data: { para, asunto: "Prueba de salud", cuerpo: "Texto", createdAt: new Date(Date.now() - hace) } });
}

beforeEach(async () => {
  // Each test sets the outbox it needs: nothing pending to begin with.
  await db.notificacion.updateMany({ where: { estado: "PENDIENTE" }, data: { estado: "ENVIADA", enviadaEn: new Date() } });
});

afterEach(() => {
  delete process.env.PRISMA_MIGRATIONS;
});

afterAll(async () => {
  for (const c of carpetasTemporales) await fs.rm(c, { recursive: true, force: true });
});

describe("GET /api/salud", () => {
  it("lo que corre la ruta, con la base del proceso (la que arma lib/db/client desde DATABASE_URL): 200, ok, sin caché, sin datos personales", async () => {
    // GET itself first awaits next/server's connection(), which needs Next's request scope (it keeps the
    // route out of build-time prerendering) and throws outside it; then it is responderSalud() with no
    // argument. A fresh module graph, so the process-wide client is made from this file's DATABASE_URL
    // (setup-db.ts), not left over from another file in this worker.
    const global = globalThis as unknown as { fondoIdeaDb?: Db };
    const anterior = global.fondoIdeaDb;
    delete global.fondoIdeaDb;
    vi.resetModules();
    try {
      expect(typeof (await import("@/app/api/salud/route")).GET).toBe("function");
      const { responderSalud: comoLaRuta } = await import("@/lib/salud/responder");
      const r = await leer(await comoLaRuta());
      expect(r.status).toBe(200);
      expect(r.cache).toBe("no-store");
      expect(r.informe.estado).toBe("ok");
      const enCodigo = (await migracionesDelCodigo())!.length;
      expect(enCodigo).toBeGreaterThan(5);
      expect(r.informe.comprobaciones).toMatchObject({
        baseDeDatos: { estado: "ok" },
        migraciones: { estado: "ok", aplicadas: enCodigo, enCodigo },
        correo: { estado: "ok", pendientes: 0, pendienteMasAntiguaSegundos: null },
        disco: { estado: "ok" },
      });
      expect(r.informe.comprobaciones.disco.libresBytes).toBeGreaterThan(0);
      expect(r.texto).not.toMatch(/@|file:|postgres|fondo_test|\/tmp\//);
    } finally {
      await (global.fondoIdeaDb as Db | undefined)?.$disconnect();
      global.fondoIdeaDb = anterior;
    }
  });

  it("un correo pendiente hace 20 minutos: 200 degradado por el correo (la instancia sigue atendiendo), sin su destinatario en la respuesta", async () => {
    await encolarPendiente("persona.salud@prueba.cl", 20 * 60_000);
    await encolarPendiente("otra.salud@prueba.cl", 60_000);
    const r = await leer(await responderSalud(db));
    expect(r.status).toBe(200);
    expect(r.cache).toBe("no-store");
    expect(r.informe.estado).toBe("degradado");
    expect(r.informe.comprobaciones.correo).toMatchObject({ estado: "degradado", pendientes: 2, motivo: "hay correos pendientes hace más de 15 minutos" });
    expect(r.informe.comprobaciones.correo.pendienteMasAntiguaSegundos).toBeGreaterThanOrEqual(20 * 60);
    expect(r.informe.comprobaciones.baseDeDatos.estado).toBe("ok");
    expect(r.texto).not.toContain("salud@prueba.cl");
  });

  it("un correo pendiente hace un minuto no degrada", async () => {
    await encolarPendiente("reciente.salud@prueba.cl", 60_000);
    const r = await leer(await responderSalud(db));
    expect(r.status).toBe(200);
    expect(r.informe.comprobaciones.correo).toMatchObject({ estado: "ok", pendientes: 1 });
  });

  it("una migración del código que la base no tiene: 503 caído, con su nombre", async () => {
    const carpeta = await fs.mkdtemp(path.join(os.tmpdir(), "fondo-idea-migraciones-"));
    carpetasTemporales.push(carpeta);
    for (const nombre of [...(await migracionesDelCodigo())!, "29991231000000_futura"]) await fs.mkdir(path.join(carpeta, nombre));
    process.env.PRISMA_MIGRATIONS = carpeta;
    const r = await leer(await responderSalud(db));
    expect(r.status).toBe(503);
    expect(r.informe.estado).toBe("caido");
    expect(r.informe.comprobaciones.migraciones).toMatchObject({ estado: "caido", pendientes: ["29991231000000_futura"], fallidas: [] });
    expect(r.texto).not.toContain(carpeta);
  });

  it("una migración que empezó y no terminó (como la deja migrate deploy al fallar): 503 caído", async () => {
    const nombre = "29991231000001_a_medias";
    const id = "salud-migracion-fallida";
    await db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (${id}, ${"0".repeat(64)}, ${nombre}, ${new Date()}, 0)`;
    try {
      const r = await leer(await responderSalud(db));
      expect(r.status).toBe(503);
      expect(r.informe.comprobaciones.migraciones).toMatchObject({ estado: "caido", motivo: "hay migraciones que fallaron", fallidas: [nombre] });
    } finally {
      await db.$executeRaw`DELETE FROM _prisma_migrations WHERE id = ${id}`;
    }
  });

  it("una base que no responde: 503 caído en pocos segundos; migraciones y correo omitidos; el disco se mide igual", async () => {
    const url = isPostgres() ? "postgres://postgres@127.0.0.1:1/no_existe" : `file:${path.join(os.tmpdir(), "no-existe-esta-carpeta-fondo-idea", "x.db")}`;
    const caida = createDb(url);
    try {
      const inicio = Date.now();
      const r = await leer(await responderSalud(caida));
      expect(Date.now() - inicio).toBeLessThan(5_000);
      expect(r.status).toBe(503);
      expect(r.informe.estado).toBe("caido");
      expect(r.informe.comprobaciones.baseDeDatos.estado).toBe("caido");
      expect(r.informe.comprobaciones.migraciones.estado).toBe("omitida");
      expect(r.informe.comprobaciones.correo.estado).toBe("omitida");
      expect(r.informe.comprobaciones.disco.estado).toBe("ok");
      expect(r.texto).not.toMatch(/127\.0\.0\.1|no-existe|postgres:/);
    } finally {
      await caida.$disconnect().catch(() => {});
    }
  });

  it("la carpeta de adjuntos aún no existe (se crea con la primera subida): mide el disco que la tendrá", async () => {
    const antes = process.env.STORAGE_DIR;
    process.env.STORAGE_DIR = path.join(antes!, "aun", "no", "existe");
    try {
      const r = await leer(await responderSalud(db));
      expect(r.informe.comprobaciones.disco.estado).toBe("ok");
    } finally {
      process.env.STORAGE_DIR = antes;
    }
  });
});
