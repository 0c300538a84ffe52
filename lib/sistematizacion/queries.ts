// Reads of the pilots' final reports (issue 14).
// - getInformesEquipo: the team's own pilots (VISTAS.piloto, "propio") in the current convocatoria, each with
//   its report; before the first save, the prefill (baseline and targets, budget) without writing anything.
// - listarInformesStaff / getInformeStaff: FOSIS staff (VISTAS.ejecucion), every pilot with its report's state.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { estadoCierre } from "@/lib/convocatoria/cierre";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { armarInforme, contenidoDeFila, type ContenidoSistematizacion, type EstadoSistematizacion } from "@/lib/domain/sistematizacion";
import type { Prisma } from "@/lib/generated/prisma/client";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { fuentesInforme, wherePilotos } from "./piloto";

const ID_VALIDO = /^[A-Za-z0-9_-]{1,64}$/;

const PILOTO = {
  id: true,
  nombreProyecto: true,
  folio: true,
  desafio: { select: { titulo: true } },
  sistematizacion: {
    select: {
      estado: true,
      version: true,
      enviadaEn: true,
      revisionMotivo: true,
      aprobadaEn: true,
      updatedAt: true,
      loRealizado: true,
      aprendizajes: true,
      evidenciaCoproduccion: true,
      resultadosMetricas: true,
      costos: true,
      recomendacion: true,
      fundamentoRecomendacion: true,
    },
  },
} as const;

export type InformePiloto = {
  id: string;
  nombreProyecto: string;
  folio: number | null;
  desafio: string;
  estado: EstadoSistematizacion;
  version: number;
  enviadaEn: Date | null;
  revisionMotivo: string;
  aprobadaEn: Date | null;
  contenido: ContenidoSistematizacion;
};

async function comoInforme(client: Db, p: Prisma.PostulacionGetPayload<{ select: typeof PILOTO }>): Promise<InformePiloto> {
  const s = p.sistematizacion;
  const base = { id: p.id, nombreProyecto: p.nombreProyecto, folio: p.folio, desafio: p.desafio.titulo };
  if (!s) {
    // Not opened yet: the prefill, as the first save will store it.
    const contenido = armarInforme(await fuentesInforme(client, p.id));
    return { ...base, estado: "BORRADOR", version: 0, enviadaEn: null, revisionMotivo: "", aprobadaEn: null, contenido };
  }
  return { ...base, estado: s.estado, version: s.version, enviadaEn: s.enviadaEn, revisionMotivo: s.revisionMotivo, aprobadaEn: s.aprobadaEn, contenido: contenidoDeFila(s) };
}

/** The team's pilots in the current convocatoria, with their reports (usually one). */
export async function getInformesEquipo(user: SessionUser, client: Db = dbPorDefecto): Promise<InformePiloto[]> {
  const conv = await leerConvocatoriaActiva(client, { id: true });
  if (!conv) return [];
  const pilotos = await client.postulacion.findMany({
    where: { ...wherePilotos(conv.id), AND: [wherePostulaciones(user, "piloto")] },
    orderBy: [{ folio: "asc" }, { id: "asc" }],
    select: PILOTO,
  });
  return Promise.all(pilotos.map((p) => comoInforme(client, p)));
}

/** Staff: every pilot of the current convocatoria with its report's state, those waiting for review first. */
export async function listarInformesStaff(user: SessionUser, client: Db = dbPorDefecto) {
  const conv = await leerConvocatoriaActiva(client, { id: true });
  if (!conv) return [];
  const pilotos = await client.postulacion.findMany({
    where: { ...wherePilotos(conv.id), AND: [wherePostulaciones(user, "ejecucion")] },
    orderBy: [{ folio: "asc" }, { id: "asc" }],
    select: { id: true, nombreProyecto: true, folio: true, desafio: { select: { titulo: true } }, sistematizacion: { select: { estado: true, enviadaEn: true, aprobadaEn: true, recomendacion: true } } },
  });
  const orden: Record<EstadoSistematizacion | "SIN_INFORME", number> = { ENVIADA: 0, OBSERVADA: 1, BORRADOR: 2, SIN_INFORME: 3, APROBADA: 4 };
  return pilotos
    .map((p) => ({
      id: p.id,
      nombreProyecto: p.nombreProyecto,
      folio: p.folio,
      desafio: p.desafio.titulo,
      estado: p.sistematizacion?.estado ?? null,
      enviadaEn: p.sistematizacion?.enviadaEn ?? null,
      aprobadaEn: p.sistematizacion?.aprobadaEn ?? null,
      recomendacion: p.sistematizacion?.recomendacion ?? null,
    }))
    .sort((a, b) => orden[a.estado ?? "SIN_INFORME"] - orden[b.estado ?? "SIN_INFORME"]);
}

/** Staff: one pilot's report (null when it is no pilot of the current convocatoria in the viewer's scope). */
export async function getInformeStaff(user: SessionUser, postulacionId: string, client: Db = dbPorDefecto): Promise<InformePiloto | null> {
  if (!ID_VALIDO.test(postulacionId)) return null;
  const conv = await leerConvocatoriaActiva(client, { id: true });
  if (!conv) return null;
  const p = await client.postulacion.findFirst({ where: { id: postulacionId, ...wherePilotos(conv.id), AND: [wherePostulaciones(user, "ejecucion")] }, select: PILOTO });
  return p ? comoInforme(client, p) : null;
}

/** Admin: what closing the current convocatoria waits for (its pilots' reports) and whether next year's exists. */
export async function getCierreConvocatoria(client: Db = dbPorDefecto) {
  const conv = await leerConvocatoriaActiva(client, { id: true, anio: true });
  if (!conv) return null;
  const [estado, siguientes] = await Promise.all([estadoCierre(client, conv.id), client.convocatoria.count({ where: { anio: conv.anio + 1 } })]);
  return { anio: conv.anio, ...estado, haySiguiente: siguientes > 0 };
}
