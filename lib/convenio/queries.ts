// Reads of the convenios (issue 13), for FOSIS staff only (VISTAS.incubacion): the projects the signed final
// acta selected with their convenio's state, and the signed PDF for the staff-only download route
// (app/seguimiento/incubacion/convenios/[id]/documento/route.ts). Anyone else gets null / nothing, exactly as
// for an id that does not exist. Every function takes the client (tests pass theirs).
import "server-only";
import type { AdjuntoDescargable } from "@/lib/adjuntos/queries";
import { puedeVer } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { aFechaInput } from "@/lib/domain/formato";
import type { Etapa } from "@/lib/domain/etapas";
import { whereSeleccionadasFinal } from "@/lib/incubacion/preseleccionadas";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import type { ConvenioDto } from "./schema";

export type EstadoConvenio = "SIN_CONVENIO" | "SIN_DOCUMENTO" | "FIRMADO";

export type ProyectoConvenio = {
  postulacionId: string;
  folio: number | null;
  nombreProyecto: string;
  postulante: string;
  regiones: string[];
  montoSolicitado: number | null;
  /** The amount the committee decided in the final acta. */
  montoAsignado: number | null;
  estado: EstadoConvenio;
  convenio: ConvenioDto | null;
};

export type PanelConvenios = {
  convocatoria: { id: string; etapaActual: Etapa; montoMinProyecto: number; montoMaxProyecto: number };
  /** Whether the final round's acta is signed (CERRADA): before that there is no project to sign a convenio with. */
  actaFinalFirmada: boolean;
  proyectos: ProyectoConvenio[];
};

export function estadoConvenio(c: { documentoId: string | null } | null): EstadoConvenio {
  if (!c) return "SIN_CONVENIO";
  return c.documentoId ? "FIRMADO" : "SIN_DOCUMENTO";
}

/** The finally selected projects of the active convocatoria with their convenio; null without an active convocatoria or for anyone but staff. */
export async function getPanelConvenios(user: SessionUser, client: Db = dbPorDefecto): Promise<PanelConvenios | null> {
  if (!puedeVer("incubacion", user.roles)) return null;
  const convocatoria = await leerConvocatoriaActiva(client, { id: true, etapaActual: true, montoMinProyecto: true, montoMaxProyecto: true });
  if (!convocatoria) return null;
  const [ronda, filas] = await Promise.all([
    client.rondaSeleccion.findUnique({ where: { convocatoriaId_fase: { convocatoriaId: convocatoria.id, fase: "SELECCION_FINAL" } }, select: { estado: true } }),
    client.postulacion.findMany({
      where: { AND: [wherePostulaciones(user, "incubacion"), whereSeleccionadasFinal(convocatoria.id)] },
      orderBy: [{ folio: "asc" }, { id: "asc" }],
      select: {
        id: true,
        folio: true,
        nombreProyecto: true,
        montoSolicitado: true,
        postulante: { select: { nombre: true } },
        regiones: { select: { regionCut: true } },
        decisiones: { where: { fase: "SELECCION_FINAL" }, select: { montoAsignado: true } },
        convenio: {
          select: {
            id: true,
            montoAdjudicado: true,
            fechaInicio: true,
            fechaTermino: true,
            responsableNombre: true,
            responsableRut: true,
            responsableEmail: true,
            documentoId: true,
            firmadoEn: true,
            documento: { select: { nombreArchivo: true, bytes: true, sha256: true } },
          },
        },
      },
    }),
  ]);
  return {
    convocatoria,
    actaFinalFirmada: ronda?.estado === "CERRADA",
    proyectos: filas.map((p) => ({
      postulacionId: p.id,
      folio: p.folio,
      nombreProyecto: p.nombreProyecto,
      postulante: p.postulante.nombre,
      regiones: p.regiones.map((r) => r.regionCut),
      montoSolicitado: p.montoSolicitado,
      montoAsignado: p.decisiones[0]?.montoAsignado ?? null,
      estado: estadoConvenio(p.convenio),
      convenio: p.convenio
        ? {
            id: p.convenio.id,
            montoAdjudicado: p.convenio.montoAdjudicado,
            fechaInicio: aFechaInput(p.convenio.fechaInicio),
            fechaTermino: aFechaInput(p.convenio.fechaTermino),
            responsableNombre: p.convenio.responsableNombre,
            responsableRut: p.convenio.responsableRut,
            responsableEmail: p.convenio.responsableEmail,
            documento: p.convenio.documento,
            firmadoEn: p.convenio.firmadoEn,
          }
        : null,
    })),
  };
}

/** The signed PDF of a convenio, for staff (VISTAS.incubacion) only; anyone else, anonymous included, gets null like a missing id. */
export async function documentoConvenioPara(convenioId: string, user: SessionUser | null, client: Db = dbPorDefecto): Promise<AdjuntoDescargable | null> {
  if (!user || !puedeVer("incubacion", user.roles)) return null;
  if (typeof convenioId !== "string" || convenioId.length === 0 || convenioId.length > 64 || convenioId.includes("\u0000")) return null;
  const c = await client.convenio.findFirst({
    where: { id: convenioId, postulacion: wherePostulaciones(user, "incubacion") },
    select: { documento: { select: { clave: true, mime: true, nombreArchivo: true, bytes: true } } },
  });
  return c?.documento ?? null;
}
