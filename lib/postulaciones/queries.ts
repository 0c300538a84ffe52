import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { SELECCION_CONTENIDO_PERFIL } from "@/lib/postulaciones/seleccion";

/** The applicant's own postulaciones, newest first. Ownership is in the WHERE clause (lib/postulaciones/alcance.ts). */
export async function misPostulaciones(user: SessionUser) {
  return db.postulacion.findMany({
    where: wherePostulaciones(user, "postulante"),
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      estado: true,
      nombreProyecto: true,
      folio: true,
      enviadaEn: true,
      admisibilidadEn: true,
      admisibilidadMotivos: true,
      slugPublico: true,
      updatedAt: true,
      desafio: { select: { titulo: true, slug: true } },
    },
  });
}

/** One of the applicant's own perfiles, with everything the form needs; null when missing or not theirs. */
export async function getPerfilPropio(user: SessionUser, id: string) {
  return db.postulacion.findFirst({
    where: { id, AND: [wherePostulaciones(user, "postulante")] },
    select: {
      id: true,
      estado: true,
      borradorVersion: true,
      updatedAt: true,
      ...SELECCION_CONTENIDO_PERFIL,
      folio: true,
      huella: true,
      enviadaEn: true,
      admisibilidadMotivos: true,
      slugPublico: true,
      regiones: { select: { regionCut: true } },
      desafio: {
        select: { titulo: true, slug: true, resumen: true, metricas: { orderBy: { orden: "asc" }, select: { indicador: true, valor: true, unidad: true } } },
      },
      convocatoria: { select: { nombre: true, montoMinProyecto: true, montoMaxProyecto: true } },
    },
  });
}

/** Data for the PDF receipt: only a submitted perfil of this applicant. */
export async function getComprobante(user: SessionUser, id: string) {
  const p = await db.postulacion.findFirst({
    where: { id, folio: { not: null }, estado: { notIn: ["BORRADOR"] }, AND: [wherePostulaciones(user, "postulante")] },
    select: {
      folio: true,
      huella: true,
      enviadaEn: true,
      nombreProyecto: true,
      montoSolicitado: true,
      organizacionNombre: true,
      desafio: { select: { titulo: true } },
      convocatoria: { select: { nombre: true } },
      postulante: { select: { nombre: true } },
    },
  });
  if (!p || p.folio === null || !p.huella || !p.enviadaEn) return null;
  return {
    folio: p.folio,
    huella: p.huella,
    enviadaEn: p.enviadaEn,
    nombreProyecto: p.nombreProyecto,
    desafio: p.desafio.titulo,
    organizacion: p.organizacionNombre,
    montoSolicitado: p.montoSolicitado ?? 0,
    convocatoria: p.convocatoria.nombre,
    postulante: p.postulante.nombre,
  };
}

/**
 * A perfil's public page, once declared admissible. No personal data: no RUT, e-mail, phone, team
 * members; the organisation's name is hidden when the executor is a natural person.
 */
export async function getPerfilPublico(slug: string) {
  const p = await db.postulacion.findFirst({
    where: { slugPublico: slug, admisible: true, estado: { notIn: ["BORRADOR", "RETIRADA", "INADMISIBLE"] } },
    select: {
      nombreProyecto: true,
      problema: true,
      solucion: true,
      usuarios: true,
      coproduccion: true,
      nivelMadurez: true,
      tipoEjecutor: true,
      organizacionNombre: true,
      folio: true,
      regiones: { select: { region: { select: { nombre: true, orden: true } } } },
      desafio: { select: { titulo: true, slug: true } },
      convocatoria: { select: { nombre: true } },
      _count: { select: { votos: true } },
    },
  });
  if (!p) return null;
  return {
    ...p,
    organizacionNombre: p.tipoEjecutor === "PERSONA_NATURAL" ? null : p.organizacionNombre,
    regiones: p.regiones.map((r) => r.region).sort((a, b) => a.orden - b.orden).map((r) => r.nombre),
    votos: p._count.votos,
  };
}
