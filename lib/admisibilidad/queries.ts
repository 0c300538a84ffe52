// What staff read to decide a perfil's admissibility: its full content, the automatic checks
// (lib/domain/admisibilidad.ts) and the decisions so far. Staff screens only, each reader within their
// scope and seeing only the personal data their roles may (ADR 0003): no public page may use these.
import "server-only";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { chequeosAdmisibilidad, type Chequeo, type DatosAdmisibilidad } from "@/lib/domain/admisibilidad";
import { normalizarRut } from "@/lib/domain/rut";
import { leerAdjuntos } from "@/lib/lineas/schema";
import { cierreConvocatoria } from "@/lib/postulaciones/plazo";
import { CAMPOS_PERFIL, NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR } from "@/lib/postulaciones/schema";
import { DECISIONES, type DecisionAdmisibilidad } from "./schema";
import { SELECCION_CONTENIDO_PERFIL } from "@/lib/postulaciones/seleccion";
import { datosVisibles } from "@/lib/auth/datos-personales";
import type { SessionUser } from "@/lib/auth/session-user";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";

type PerfilParaChequeo = {
  montoSolicitado: number | null;
  organizacionRut: string;
  enviadaEn: Date | null;
  adjuntos: { categoria: string }[];
} & Record<keyof typeof CAMPOS_PERFIL, string>;

/** Builds the input of chequeosAdmisibilidad from the stored perfil, its línea, the band and the deadline. */
export function datosAdmisibilidad(
  p: PerfilParaChequeo,
  linea: { habilitada: boolean; montoMaximo: number; adjuntosRequeridos: string } | null,
  banda: { min: number; max: number },
  cierre: Date | null,
): DatosAdmisibilidad {
  return {
    campos: Object.fromEntries(Object.entries(CAMPOS_PERFIL).map(([k, c]) => [c.etiqueta, p[k as keyof typeof CAMPOS_PERFIL]])),
    montoSolicitado: p.montoSolicitado,
    linea: linea ? { habilitada: linea.habilitada, montoMaximo: linea.montoMaximo, adjuntosRequeridos: leerAdjuntos(linea.adjuntosRequeridos) } : null,
    banda,
    organizacionRut: normalizarRut(p.organizacionRut),
    adjuntos: p.adjuntos.map((a) => a.categoria),
    enviadaEn: p.enviadaEn,
    cierre,
  };
}

export type DecisionRegistrada = { en: Date; por: string | null; anterior: string | null; decision: DecisionAdmisibilidad; motivos: string };

/**
 * A submitted perfil of the active convocatoria, for review by `user`: null for a draft, an unknown id or
 * one outside the user's scope on the staff screens (the page answers 404 to all three). The applicant's
 * personal data comes only as far as the user's roles may see it (lib/auth/datos-personales.ts): null
 * where they may not.
 */
export async function getPerfilParaRevision(id: string, user: SessionUser, client: Db = dbPorDefecto) {
  // Ids are cuids: anything else (a NUL byte from the URL would fail on PostgreSQL) cannot be one.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const ve = datosVisibles(user.roles);
  const p = await client.postulacion.findFirst({
    where: { id, convocatoria: { activa: true }, AND: [wherePostulaciones(user, "postulaciones")] },
    select: {
      id: true,
      convocatoriaId: true,
      folio: true,
      huella: true,
      estado: true,
      enviadaEn: true,
      slugPublico: true,
      ...SELECCION_CONTENIDO_PERFIL,
      admisible: true,
      admisibilidadMotivos: true,
      admisibilidadEn: true,
      admisibilidadPor: { select: { nombre: true } },
      postulante: { select: { nombre: true, email: ve.email } },
      desafio: { select: { titulo: true, slug: true } },
      linea: { select: { habilitada: true, montoMaximo: true, adjuntosRequeridos: true } },
      regiones: { select: { region: { select: { cut: true, nombre: true, orden: true } } } },
      adjuntos: { orderBy: { createdAt: "asc" }, select: { id: true, categoria: true, nombreArchivo: true, mime: true, bytes: true } },
    },
  });
  if (!p) return null;

  const [conv, cierre, lineaPorCelda, auditoria] = await Promise.all([
    client.convocatoria.findUniqueOrThrow({ where: { id: p.convocatoriaId }, select: { montoMinProyecto: true, montoMaxProyecto: true } }),
    cierreConvocatoria(client, p.convocatoriaId),
    // The línea is the cell nivel × tipo: read it from the cell when the perfil has no lineaId.
    !p.linea && p.nivelMadurez && p.tipoEjecutor
      ? client.lineaPostulacion.findUnique({
          where: { convocatoriaId_nivelMadurez_tipoEjecutor: { convocatoriaId: p.convocatoriaId, nivelMadurez: p.nivelMadurez, tipoEjecutor: p.tipoEjecutor } },
          select: { habilitada: true, montoMaximo: true, adjuntosRequeridos: true },
        })
      : null,
    client.auditLog.findMany({
      where: { entidad: "Postulacion", entidadId: p.id, accion: "perfil.decidirAdmisibilidad" },
      orderBy: { id: "asc" },
      select: { createdAt: true, datos: true, actor: { select: { nombre: true } } },
    }),
  ]);
  const chequeos: Chequeo[] = chequeosAdmisibilidad(
    datosAdmisibilidad(p, p.linea ?? lineaPorCelda, { min: conv.montoMinProyecto, max: conv.montoMaxProyecto }, cierre),
  );

  const historial: DecisionRegistrada[] = auditoria.flatMap((a) => {
    try {
      const d = JSON.parse(a.datos) as { anterior?: unknown; decision?: unknown; motivos?: unknown };
      if (!(DECISIONES as readonly unknown[]).includes(d.decision)) return [];
      return [
        {
          en: a.createdAt,
          por: a.actor?.nombre ?? null,
          anterior: typeof d.anterior === "string" ? d.anterior : null,
          decision: d.decision as DecisionAdmisibilidad,
          motivos: typeof d.motivos === "string" ? d.motivos : "",
        },
      ];
    } catch {
      return [];
    }
  });

  // The RUT is read for the automatic checks (its validity is one), and returned only to who may see it.
  const { linea: _linea, convocatoriaId: _c, regiones, postulante, organizacionRut, equipo, ...resto } = p;
  return {
    ...resto,
    postulante: { nombre: ve.nombre ? postulante.nombre : null, email: ve.email ? postulante.email : null },
    equipo: ve.equipo ? equipo : null,
    organizacionRut: ve.rut ? organizacionRut : null,
    organizacionRutNormalizado: ve.rut ? normalizarRut(organizacionRut) : null,
    nivel: p.nivelMadurez ? NOMBRE_NIVEL[p.nivelMadurez] : null,
    tipo: p.tipoEjecutor ? NOMBRE_TIPO_EJECUTOR[p.tipoEjecutor] : null,
    regiones: regiones.map((r) => r.region).sort((a, b) => a.orden - b.orden).map(({ cut, nombre }) => ({ cut, nombre })),
    cierre,
    chequeos,
    historial,
  };
}

export type PerfilParaRevision = NonNullable<Awaited<ReturnType<typeof getPerfilParaRevision>>>;
