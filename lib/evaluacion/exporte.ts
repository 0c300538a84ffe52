// Staff CSV of the evaluación técnica: one row per submitted evaluation × criterion, evaluators under a
// pseudonymous code (./seudonimo.ts), never their names. Cells go through lib/seguimiento/csv.ts, which
// neutralises formulas (CSV injection) in the free text (project names, comments).
import "server-only";
import { alcances } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { formatearFechaHora } from "@/lib/domain/formato";
import { documentoCsv } from "@/lib/seguimiento/csv";
import { NOMBRE_CONFIANZA } from "./schema";
import { codigoEvaluador } from "./seudonimo";

export const ENCABEZADOS_CSV_EVALUACIONES = [
  "Folio",
  "Proyecto",
  "Evaluador (código)",
  "Criterio",
  "Nota",
  "Peso (%)",
  "Comentario del criterio",
  "Nota final",
  "Confianza",
  "Enviada (hora de Chile)",
] as const;

/** A decimal as Excel reads it with the Chilean locale: decimal comma, no rounding ("5,325"). */
export const decimalCsv = (x: number | null) => (x === null ? null : String(x).replace(".", ","));

export type FilaCsvEvaluacion = (string | number | null)[];

/** Rows of the export, by folio, evaluator code and criterion order, and the year for its file name. */
export async function exportarEvaluaciones(client: Db = dbPorDefecto): Promise<{ anio: number; encabezados: string[]; filas: FilaCsvEvaluacion[] } | null> {
  const conv = await leerConvocatoriaActiva(client, { id: true, anio: true });
  if (!conv) return null;
  const puntajes = await client.puntaje.findMany({
    where: { evaluacion: { enviadaEn: { not: null }, asignacion: { recusadaEn: null, postulacion: { convocatoriaId: conv.id } } } },
    select: {
      nota: true,
      comentario: true,
      criterio: { select: { nombre: true, peso: true, orden: true } },
      evaluacion: {
        select: {
          notaFinal: true,
          confianza: true,
          enviadaEn: true,
          asignacion: { select: { evaluadorId: true, postulacion: { select: { folio: true, nombreProyecto: true } } } },
        },
      },
    },
  });
  const filas = puntajes
    .map((p) => {
      const e = p.evaluacion;
      return {
        orden: [e.asignacion.postulacion.folio ?? Number.MAX_SAFE_INTEGER, codigoEvaluador(conv.id, e.asignacion.evaluadorId), p.criterio.orden] as const,
        celdas: [
          e.asignacion.postulacion.folio,
          e.asignacion.postulacion.nombreProyecto,
          codigoEvaluador(conv.id, e.asignacion.evaluadorId),
          p.criterio.nombre,
          decimalCsv(p.nota),
          p.criterio.peso,
          p.comentario,
          decimalCsv(e.notaFinal),
          e.confianza ? NOMBRE_CONFIANZA[e.confianza] : null,
          e.enviadaEn ? formatearFechaHora(e.enviadaEn) : null,
        ],
      };
    })
    .sort((a, b) => a.orden[0] - b.orden[0] || (a.orden[1] < b.orden[1] ? -1 : a.orden[1] > b.orden[1] ? 1 : 0) || a.orden[2] - b.orden[2])
    .map((f) => f.celdas);
  return { anio: conv.anio, encabezados: [...ENCABEZADOS_CSV_EVALUACIONES], filas };
}

const noEncontrado = () => new Response("No encontrado.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The export route's answer for `user` (app/api/exportes/evaluaciones/route.ts): the CSV for FOSIS staff
 * (VISTAS.evaluacion, every row); a 404 for anyone else, signed in or not, so the export's existence is not revealed.
 */
export async function respuestaExporteEvaluaciones(user: SessionUser | null, client: Db = dbPorDefecto): Promise<Response> {
  // The whole convocatoria's scores: only for a scope of every row on the staff screen.
  if (!user || !alcances("evaluacion", user.roles).includes("todos")) return noEncontrado();
  const datos = await exportarEvaluaciones(client);
  if (!datos) return noEncontrado();
  return new Response(documentoCsv(datos.encabezados, datos.filas), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="evaluaciones-${datos.anio}.csv"`,
      // Unpublished scores and comments: never kept by a shared cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
