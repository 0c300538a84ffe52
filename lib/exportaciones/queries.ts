// Reads of the exports (issue 14, item 5): the staff panel (VISTAS.exportaciones), the staff-only download
// (anyone else gets the answer of an id that does not exist) and the latest open-data bundle the public
// routes serve.
import "server-only";
import { puedeVer } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { WHERE_PILOTO_RECOMENDADO } from "./pilotos";
import { leerParametros, TIPOS_EXPORTACION, type TipoExportacion } from "./schema";

export type EstadoExportacion = "PENDIENTE" | "EN_CURSO" | "LISTA" | "FALLIDA";

export type FilaExportacion = {
  id: string;
  tipo: TipoExportacion;
  detalle: string;
  estado: EstadoExportacion;
  avance: number;
  total: number;
  nombre: string;
  bytes: number | null;
  error: string;
  solicitadaPor: string;
  createdAt: Date;
  terminadaEn: Date | null;
};

export type PanelExportaciones = {
  exportaciones: FilaExportacion[];
  mesas: { id: string; mesaNombre: string; grupo: string }[];
  recomendados: { id: string; folio: number | null; nombreProyecto: string; anio: number }[];
};

const MAX_FILAS = 50;

export async function panelExportaciones(user: SessionUser, client: Db = dbPorDefecto): Promise<PanelExportaciones | null> {
  if (!puedeVer("exportaciones", user.roles)) return null;
  const [filas, grupos, recomendados] = await Promise.all([
    client.exportacion.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_FILAS,
      select: { id: true, tipo: true, parametros: true, estado: true, avance: true, total: true, nombre: true, error: true, createdAt: true, terminadaEn: true, solicitadaPorId: true },
    }),
    client.grupoVulnerable.findMany({ select: { id: true, nombre: true, mesaNombre: true }, orderBy: { mesaNombre: "asc" } }),
    client.postulacion.findMany({
      where: WHERE_PILOTO_RECOMENDADO,
      select: { id: true, folio: true, nombreProyecto: true, convocatoria: { select: { anio: true } } },
      orderBy: [{ convocatoria: { anio: "desc" } }, { folio: "asc" }],
    }),
  ]);
  // Sizes without reading the bytes: one query over the listed rows.
  const listas = filas.filter((f) => f.estado === "LISTA").map((f) => f.id);
  const [personas, tamanos] = await Promise.all([
    client.user.findMany({ where: { id: { in: [...new Set(filas.map((f) => f.solicitadaPorId))] } }, select: { id: true, nombre: true } }),
    listas.length ? tamanosArchivos(client, listas) : Promise.resolve(new Map<string, number>()),
  ]);
  const nombreDe = new Map(personas.map((p) => [p.id, p.nombre]));
  const mesaDe = new Map(grupos.map((g) => [g.id, g.mesaNombre]));
  const proyectoDe = new Map(recomendados.map((r) => [r.id, r.nombreProyecto]));
  return {
    exportaciones: filas
      .filter((f) => (TIPOS_EXPORTACION as readonly string[]).includes(f.tipo))
      .map((f) => {
        const p = leerParametros(f.parametros);
        const tipo = f.tipo as TipoExportacion;
        const detalle =
          tipo === "mesa"
            ? (mesaDe.get(p.grupoVulnerableId ?? "") ?? "Mesa Compromiso País")
            : tipo === "exante"
              ? p.postulacionId
                ? `Piloto: ${proyectoDe.get(p.postulacionId) ?? "un piloto recomendado"}`
                : "Todos los pilotos recomendados"
              : "Desafíos, perfiles, puntajes, votos y resultados";
        return {
          id: f.id,
          tipo,
          detalle,
          estado: f.estado,
          avance: f.avance,
          total: f.total,
          nombre: f.nombre,
          bytes: tamanos.get(f.id) ?? null,
          error: f.error,
          solicitadaPor: nombreDe.get(f.solicitadaPorId) ?? "—",
          createdAt: f.createdAt,
          terminadaEn: f.terminadaEn,
        };
      }),
    mesas: grupos.map((g) => ({ id: g.id, mesaNombre: g.mesaNombre, grupo: g.nombre })),
    recomendados: recomendados.map((r) => ({ id: r.id, folio: r.folio, nombreProyecto: r.nombreProyecto, anio: r.convocatoria.anio })),
  };
}

async function tamanosArchivos(client: Db, ids: string[]): Promise<Map<string, number>> {
  const filas = await client.$queryRaw<{ id: string; bytes: number | bigint | null }[]>`
    SELECT "id", LENGTH("archivo") AS "bytes" FROM "Exportacion" WHERE "id" IN (${Prisma.join(ids)})`;
  return new Map(filas.map((f) => [f.id, Number(f.bytes ?? 0)]));
}

/** The rows the panel polls while some are PENDIENTE or EN_CURSO. */
export function hayEnProceso(p: PanelExportaciones): boolean {
  return p.exportaciones.some((e) => e.estado === "PENDIENTE" || e.estado === "EN_CURSO");
}

export type ArchivoExportacion = { archivo: Uint8Array; mime: string; nombre: string };

/** A finished export's file, for FOSIS staff only; null (404) for anyone else and for unknown or unfinished ids. */
export async function archivoExportacionPara(id: string, user: SessionUser | null, client: Db = dbPorDefecto): Promise<ArchivoExportacion | null> {
  if (!user || !puedeVer("exportaciones", user.roles)) return null;
  if (typeof id !== "string" || id.length === 0 || id.length > 64 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const e = await client.exportacion.findFirst({ where: { id, estado: "LISTA" }, select: { archivo: true, mime: true, nombre: true } });
  if (!e?.archivo) return null;
  return { archivo: e.archivo, mime: e.mime || "application/octet-stream", nombre: e.nombre || `exportacion-${id}` };
}

/** The latest finished open-data export: its id keys the public routes' cache. */
export async function ultimaDatosAbiertos(client: Db = dbPorDefecto): Promise<{ id: string; terminadaEn: Date | null } | null> {
  return client.exportacion.findFirst({
    where: { tipo: "datos-abiertos", estado: "LISTA" },
    orderBy: [{ terminadaEn: "desc" }, { id: "desc" }],
    select: { id: true, terminadaEn: true },
  });
}
