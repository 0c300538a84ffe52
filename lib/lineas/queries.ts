import "server-only";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { NivelMadurez, TipoEjecutor } from "@/lib/generated/prisma/enums";
import { NIVELES, TIPOS_EJECUTOR } from "@/lib/postulaciones/schema";
import { leerAdjuntos } from "./schema";

/** Matrix order (maturity, then executor type): enums sort differently on SQLite (text) and PostgreSQL. */
function enOrden<T extends { nivelMadurez: NivelMadurez; tipoEjecutor: TipoEjecutor }>(lineas: T[]): T[] {
  const clave = (l: T) => NIVELES.indexOf(l.nivelMadurez) * 10 + TIPOS_EJECUTOR.indexOf(l.tipoEjecutor);
  return [...lineas].sort((a, b) => clave(a) - clave(b));
}

export type LineaAbierta = { id: string; nivelMadurez: NivelMadurez; tipoEjecutor: TipoEjecutor; montoMaximo: number; adjuntosRequeridos: string[] };

const seleccion = { id: true, nivelMadurez: true, tipoEjecutor: true, habilitada: true, montoMaximo: true, adjuntosRequeridos: true } as const;

/** The open líneas of the active convocatoria (for the perfil form: which cells an applicant may choose). */
export async function listarLineasAbiertas(client: Db = dbPorDefecto): Promise<LineaAbierta[]> {
  const lineas = await client.lineaPostulacion.findMany({
    where: { habilitada: true, convocatoria: { activa: true } },
    select: { id: true, nivelMadurez: true, tipoEjecutor: true, montoMaximo: true, adjuntosRequeridos: true },
  });
  return enOrden(lineas).map((l) => ({ ...l, adjuntosRequeridos: leerAdjuntos(l.adjuntosRequeridos) }));
}

/** Every cell of the active convocatoria's matrix, with the band its amounts must stay in. */
export async function listarLineasAdmin(client: Db = dbPorDefecto) {
  const conv = await leerConvocatoriaActiva(client, { montoMinProyecto: true, montoMaxProyecto: true, lineas: { select: seleccion } });
  if (!conv) return null;
  return {
    banda: { min: conv.montoMinProyecto, max: conv.montoMaxProyecto },
    lineas: enOrden(conv.lineas).map((l) => ({ ...l, adjuntosRequeridos: leerAdjuntos(l.adjuntosRequeridos) })),
  };
}

export async function getLineaAdmin(id: string, client: Db = dbPorDefecto) {
  const l = await client.lineaPostulacion.findFirst({
    where: { id, convocatoria: { activa: true } },
    select: { ...seleccion, convocatoria: { select: { montoMinProyecto: true, montoMaxProyecto: true } } },
  });
  if (!l) return null;
  const { convocatoria, ...resto } = l;
  return { ...resto, adjuntosRequeridos: leerAdjuntos(l.adjuntosRequeridos), banda: { min: convocatoria.montoMinProyecto, max: convocatoria.montoMaxProyecto } };
}
