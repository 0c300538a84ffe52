// GET /api/salud, the I/O part: each measurement that lib/salud/evaluar.ts judges. Every database query
// waits at most UMBRALES.tiempoMaximoBaseMs; the migrations and the outbox are read only when the database
// answered the trivial query. Nothing here reads a personal column: counts, dates and migration names.
import fs from "node:fs/promises";
import path from "node:path";
import { raizAlmacenamiento } from "@/lib/adjuntos/storage";
import { isPostgres, type Db } from "@/lib/db/client";
import { evaluarSalud, UMBRALES, type FilaMigracion, type InformeSalud, type MedicionBase, type MedicionCorreo, type MedicionDisco, type MedicionMigraciones } from "./evaluar";

class SinRespuesta extends Error {}

/** `p`, or SinRespuesta after `ms` (the query itself cannot be cancelled; its answer is then ignored). */
function conTiempoMaximo<T>(p: Promise<T>, ms = UMBRALES.tiempoMaximoBaseMs): Promise<T> {
  let temporizador: ReturnType<typeof setTimeout> | undefined;
  const limite = new Promise<never>((_, rechazar) => {
    temporizador = setTimeout(() => rechazar(new SinRespuesta()), ms);
  });
  return Promise.race([p, limite]).finally(() => clearTimeout(temporizador));
}

const tipoDeFallo = (e: unknown) => (e instanceof SinRespuesta ? ("sin-respuesta" as const) : ("error" as const));

export async function medirBase(db: Db): Promise<MedicionBase> {
  const inicio = performance.now();
  try {
    await conTiempoMaximo(db.$queryRaw`SELECT 1`);
    return { ok: true, ms: Math.round((performance.now() - inicio) * 10) / 10 };
  } catch (e) {
    return { ok: false, motivo: tipoDeFallo(e) };
  }
}

/**
 * The migration folders this code ships, as scripts/migrate.mjs lists them: PRISMA_MIGRATIONS, else
 * prisma/postgres/migrations (PostgreSQL) or prisma/migrations (SQLite), from the working directory
 * (the project's root, as for STORAGE_DIR and a relative SQLite file). null if the folder is missing.
 */
export async function migracionesDelCodigo(): Promise<string[] | null> {
  const relativa = process.env.PRISMA_MIGRATIONS ?? (isPostgres() ? "prisma/postgres/migrations" : "prisma/migrations");
  // turbopackIgnore: a runtime folder, not a source file for the build to trace.
  const carpeta = path.resolve(/*turbopackIgnore: true*/ process.cwd(), relativa);
  try {
    const entradas = await fs.readdir(carpeta, { withFileTypes: true });
    return entradas.filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return null;
  }
}

export async function medirMigraciones(db: Db): Promise<MedicionMigraciones> {
  try {
    const [enCodigo, filas] = await Promise.all([
      migracionesDelCodigo(),
      conTiempoMaximo(db.$queryRaw<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }[]>`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`),
    ]);
    const enBase: FilaMigracion[] = filas.map((f) => ({ nombre: f.migration_name, terminada: f.finished_at != null, revertida: f.rolled_back_at != null }));
    return { enCodigo, enBase };
  } catch (e) {
    return { error: tipoDeFallo(e) };
  }
}

export async function medirCorreo(db: Db): Promise<MedicionCorreo> {
  try {
    const [pendientes, fallidas] = await conTiempoMaximo(
      Promise.all([
        db.notificacion.aggregate({ where: { estado: "PENDIENTE" }, _count: { _all: true }, _min: { createdAt: true } }),
        db.notificacion.count({ where: { estado: "FALLIDA" } }),
      ]),
    );
    return { pendientes: pendientes._count._all, fallidas, pendienteMasAntigua: pendientes._min.createdAt };
  } catch (e) {
    return { error: tipoDeFallo(e) };
  }
}

/** Free space of the file system holding STORAGE_DIR (its nearest existing folder: it is made on the first upload). */
export async function medirDisco(raiz = raizAlmacenamiento()): Promise<MedicionDisco> {
  let carpeta = raiz;
  for (;;) {
    try {
      const s = await fs.statfs(carpeta);
      return { libresBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    } catch {
      const arriba = path.dirname(carpeta);
      if (arriba === carpeta) return { error: "no-medible" };
      carpeta = arriba;
    }
  }
}

/** Measures everything (database checks only when it answers) and judges it. */
export async function comprobarSalud(db: Db, ahora = () => new Date()): Promise<InformeSalud> {
  const [base, disco] = await Promise.all([medirBase(db), medirDisco()]);
  const [migraciones, correo] = base.ok ? await Promise.all([medirMigraciones(db), medirCorreo(db)]) : [null, null];
  return evaluarSalud({ base, migraciones, correo, disco }, ahora());
}
