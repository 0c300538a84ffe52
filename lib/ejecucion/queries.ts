// Reads of the pilots' execution (issue 14, item 1), every one scoped through the VISTAS rows
// (lib/ejecucion/alcance.ts): a team reads its own pilot, a mentor the pilots of their live mentorías,
// staff all of them. A pilot outside the reader's scope answers null / is left out, exactly like one that
// does not exist (the pages 404).
import "server-only";
import type { Vista } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Etapa } from "@/lib/domain/etapas";
import { estadoHito, estaAtrasado, progresoPiloto, recordatoriosPendientes, type EstadoHito, type EstadoReporte, type Progreso } from "@/lib/domain/hitos";
import { nombreRegion, regionDelPerfil } from "@/lib/domain/regiones";
import { wherePilotos, wherePilotosDe, wherePilotosVisibles } from "./alcance";
import { CATEGORIA_EVIDENCIA } from "./schema";

type VistaEjecucion = Extract<Vista, "ejecucion" | "piloto" | "mentorPiloto">;

export type ConvocatoriaBreve = { id: string; nombre: string; etapaActual: Etapa };

export type EvidenciaVista = { id: string; nombreArchivo: string; bytes: number; mime: string };

export type ReporteVista = {
  id: string;
  contenido: string;
  avance: number;
  enviadoEn: Date;
  estado: EstadoReporte;
  revisionMotivo: string;
  revisadoEn: Date | null;
  autor: string;
  evidencias: EvidenciaVista[];
};

export type HitoVista = {
  id: string;
  orden: number;
  titulo: string;
  descripcion: string;
  vence: Date;
  cumplidoEn: Date | null;
  estado: EstadoHito;
  atrasado: boolean;
  /** Newest first. */
  reportes: ReporteVista[];
};

export type NotaVista = { id: string; texto: string; createdAt: Date; autor: string };

export type PilotoVista = {
  postulacionId: string;
  proyecto: string;
  folio: number | null;
  desafio: string;
  region: string;
  equipo: string;
  convenio: { fechaInicio: Date; fechaTermino: Date };
  progreso: Progreso;
  hitos: HitoVista[];
  atrasados: number;
  enRevision: number;
  /** Newest first. */
  notas: NotaVista[];
};

const convocatoriaActiva = (client: Db) => leerConvocatoriaActiva(client, { id: true, nombre: true, etapaActual: true });

const SELECT_PILOTO = {
  id: true,
  nombreProyecto: true,
  folio: true,
  regiones: { select: { regionCut: true } },
  desafio: { select: { titulo: true, regionCut: true } },
  postulante: { select: { nombre: true } },
  convenio: {
    select: {
      fechaInicio: true,
      fechaTermino: true,
      hitos: {
        orderBy: [{ orden: "asc" }, { vence: "asc" }],
        select: {
          id: true,
          orden: true,
          titulo: true,
          descripcion: true,
          vence: true,
          cumplidoEn: true,
          reportes: {
            orderBy: { enviadoEn: "desc" },
            select: {
              id: true,
              contenido: true,
              avance: true,
              enviadoEn: true,
              estado: true,
              revisionMotivo: true,
              revisadoEn: true,
              autor: { select: { nombre: true } },
              evidencias: { where: { categoria: CATEGORIA_EVIDENCIA }, orderBy: { createdAt: "asc" }, select: { id: true, nombreArchivo: true, bytes: true, mime: true } },
            },
          },
        },
      },
    },
  },
  notasSeguimiento: { orderBy: { createdAt: "desc" }, select: { id: true, texto: true, createdAt: true, autor: { select: { nombre: true } } } },
} satisfies Prisma.PostulacionSelect;

type FilaPiloto = {
  id: string;
  nombreProyecto: string;
  folio: number | null;
  regiones: { regionCut: string }[];
  desafio: { titulo: string; regionCut: string | null };
  postulante: { nombre: string };
  convenio: {
    fechaInicio: Date;
    fechaTermino: Date;
    hitos: {
      id: string;
      orden: number;
      titulo: string;
      descripcion: string;
      vence: Date;
      cumplidoEn: Date | null;
      reportes: { id: string; contenido: string; avance: number; enviadoEn: Date; estado: EstadoReporte; revisionMotivo: string; revisadoEn: Date | null; autor: { nombre: string }; evidencias: EvidenciaVista[] }[];
    }[];
  } | null;
  notasSeguimiento: { id: string; texto: string; createdAt: Date; autor: { nombre: string } }[];
};

function aVista(p: FilaPiloto, ahora: Date): PilotoVista {
  const hitos: HitoVista[] = (p.convenio?.hitos ?? []).map((h) => ({
    id: h.id,
    orden: h.orden,
    titulo: h.titulo,
    descripcion: h.descripcion,
    vence: h.vence,
    cumplidoEn: h.cumplidoEn,
    estado: estadoHito(h, h.reportes[0]?.estado ?? null, ahora),
    atrasado: estaAtrasado(h, ahora),
    reportes: h.reportes.map((r) => ({ ...r, autor: r.autor.nombre })),
  }));
  const cut = regionDelPerfil(
    p.regiones.map((r) => r.regionCut),
    p.desafio.regionCut,
  );
  return {
    postulacionId: p.id,
    proyecto: p.nombreProyecto,
    folio: p.folio,
    desafio: p.desafio.titulo,
    region: nombreRegion(cut),
    equipo: p.postulante.nombre,
    convenio: { fechaInicio: p.convenio!.fechaInicio, fechaTermino: p.convenio!.fechaTermino },
    progreso: progresoPiloto(hitos),
    hitos,
    atrasados: hitos.filter((h) => h.atrasado).length,
    enRevision: hitos.filter((h) => h.estado === "en_revision").length,
    notas: p.notasSeguimiento.map((n) => ({ id: n.id, texto: n.texto, createdAt: n.createdAt, autor: n.autor.nombre })),
  };
}

/** The pilots of the active convocatoria the reader sees under `vista`, in folio order. */
export async function pilotosVisibles(
  user: SessionUser,
  vista: VistaEjecucion,
  client: Db = dbPorDefecto,
  ahora = new Date(),
): Promise<{ convocatoria: ConvocatoriaBreve | null; pilotos: PilotoVista[] }> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return { convocatoria, pilotos: [] };
  const filas = await client.postulacion.findMany({
    where: wherePilotosVisibles(user, convocatoria.id, vista),
    orderBy: [{ folio: "asc" }, { id: "asc" }],
    select: SELECT_PILOTO,
  });
  return { convocatoria, pilotos: filas.map((f) => aVista(f, ahora)) };
}

/** One pilot the reader sees under `vista`, or null (outside their rows, not a pilot, or not there: alike). */
export async function getPiloto(
  postulacionId: string,
  user: SessionUser,
  vista: VistaEjecucion,
  client: Db = dbPorDefecto,
  ahora = new Date(),
): Promise<{ convocatoria: ConvocatoriaBreve; piloto: PilotoVista } | null> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria || typeof postulacionId !== "string" || postulacionId.length > 64) return null;
  const fila = await client.postulacion.findFirst({
    where: { id: postulacionId, AND: [wherePilotosVisibles(user, convocatoria.id, vista)] },
    select: SELECT_PILOTO,
  });
  return fila ? { convocatoria, piloto: aVista(fila, ahora) } : null;
}

export type ReportePendiente = {
  id: string;
  postulacionId: string;
  proyecto: string;
  hito: string;
  vence: Date;
  contenido: string;
  avance: number;
  enviadoEn: Date;
  autor: string;
  evidencias: EvidenciaVista[];
};

export type PanelEjecucion = {
  convocatoria: ConvocatoriaBreve | null;
  pilotos: PilotoVista[];
  /** Pilots without hitos yet (ejecucion.prepararHitos). */
  sinHitos: number;
  /** Reports awaiting review, oldest first. */
  pendientes: ReportePendiente[];
  /** Reminders that «Enviar recordatorios» would send now (hitos). */
  recordatorios: number;
};

/** The staff's panel (VISTAS.ejecucion): every pilot, the reports to review and what the buttons would do. */
export async function panelEjecucion(user: SessionUser, client: Db = dbPorDefecto, ahora = new Date()): Promise<PanelEjecucion> {
  const { convocatoria, pilotos } = await pilotosVisibles(user, "ejecucion", client, ahora);
  if (!convocatoria) return { convocatoria, pilotos, sinHitos: 0, pendientes: [], recordatorios: 0 };
  const marcas = await client.hito.findMany({
    where: { cumplidoEn: null, convenio: { postulacion: wherePilotos(convocatoria.id) } },
    select: { id: true, vence: true, cumplidoEn: true, recordadoEn: true, atrasoAvisadoEn: true },
  });
  const pendientes: ReportePendiente[] = pilotos
    .flatMap((p) =>
      p.hitos.flatMap((h) =>
        h.reportes
          .filter((r) => r.estado === "ENVIADO")
          .map((r) => ({ id: r.id, postulacionId: p.postulacionId, proyecto: p.proyecto, hito: h.titulo, vence: h.vence, contenido: r.contenido, avance: r.avance, enviadoEn: r.enviadoEn, autor: r.autor, evidencias: r.evidencias })),
      ),
    )
    .sort((a, b) => a.enviadoEn.getTime() - b.enviadoEn.getTime());
  return {
    convocatoria,
    pilotos,
    sinHitos: pilotos.filter((p) => p.hitos.length === 0).length,
    pendientes,
    recordatorios: recordatoriosPendientes(marcas, ahora).length,
  };
}

export type EvidenciaDescargable = { clave: string; mime: string; nombreArchivo: string; bytes: number };

/**
 * The evidence file to serve if `user` sees its pilot (its team, its live mentor, staff), in any
 * convocatoria; anyone else, anonymous included, gets null, exactly as for an id that does not exist.
 */
export async function evidenciaVisiblePara(id: string, user: SessionUser | null, client: Db = dbPorDefecto): Promise<EvidenciaDescargable | null> {
  if (!user || typeof id !== "string" || id.length === 0 || id.length > 64 || id.includes("\u0000")) return null;
  return client.adjunto.findFirst({
    where: { id, categoria: CATEGORIA_EVIDENCIA, reporte: { postulacion: wherePilotosDe(user, "piloto", "mentorPiloto", "ejecucion") } },
    select: { clave: true, mime: true, nombreArchivo: true, bytes: true },
  });
}
