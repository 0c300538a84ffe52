// Reads of the mentoring (issue 13), every one scoped through the VISTAS rows (lib/incubacion/alcance.ts
// whereMentorias): a mentor reads only their live mentorías, a team only its own, staff all of them. A
// mentoría outside the reader's scope answers null, exactly like one that does not exist (the pages 404).
import "server-only";
import { puedeVer, type Vista } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { leerTemas, nombreTema } from "@/lib/domain/mentores";
import { estadoSemanas, progresoMentoria, semanasAtrasadas, sugerirMentores, type EstadoSemana, type Progreso, type Sugerencia } from "@/lib/domain/mentoria";
import { nombreRegion, regionDelPerfil } from "@/lib/domain/regiones";
import { whereMentorias } from "@/lib/incubacion/alcance";
import { wherePreseleccionadas } from "@/lib/incubacion/preseleccionadas";

type VistaMentoria = Extract<Vista, "mentor" | "equipo" | "incubacion">;

const convocatoriaActiva = (client: Db) => leerConvocatoriaActiva(client, { id: true, nombre: true, etapaActual: true });

export type ConvocatoriaBreve = { id: string; nombre: string; etapaActual: Etapa };

const SELECT_SESION = { id: true, semana: true, fecha: true, temas: true, acuerdos: true, proximosPasos: true, registradaEn: true, confirmadaEn: true } as const;

export type SesionVista = { id: string; semana: number; fecha: Date; temas: string; acuerdos: string; proximosPasos: string; registradaEn: Date; confirmadaEn: Date | null };

export type SemanaVista = { semana: number; estado: EstadoSemana; vence: Date; sesion: SesionVista | null };

function region(p: { regiones: { regionCut: string }[]; desafio: { regionCut: string | null } }) {
  const cut = regionDelPerfil(
    p.regiones.map((r) => r.regionCut),
    p.desafio.regionCut,
  );
  return { cut, nombre: nombreRegion(cut) };
}

function semanas(inicio: Date, hoy: Date, sesiones: SesionVista[]): SemanaVista[] {
  const porSemana = new Map(sesiones.map((s) => [s.semana, s]));
  return estadoSemanas(inicio, hoy, sesiones).map((w) => ({ ...w, sesion: porSemana.get(w.semana) ?? null }));
}

// ---------------------------------------------------------------------------------------------------
// The mentor (/mentor).

export type FilaMentoriaMentor = {
  id: string;
  proyecto: string;
  desafio: string;
  region: string;
  inicio: Date;
  progreso: Progreso;
  atrasadas: number[];
};

/** The caller's live mentorías in the active convocatoria (VISTAS.mentor), oldest first. */
export async function misMentorias(user: SessionUser, client: Db = dbPorDefecto): Promise<{ convocatoria: ConvocatoriaBreve | null; mentorias: FilaMentoriaMentor[] }> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return { convocatoria, mentorias: [] };
  const filas = await client.mentoria.findMany({
    where: { postulacion: { convocatoriaId: convocatoria.id }, AND: [whereMentorias(user, "mentor")] },
    select: {
      id: true,
      createdAt: true,
      sesiones: { select: { semana: true, confirmadaEn: true } },
      postulacion: { select: { nombreProyecto: true, regiones: { select: { regionCut: true } }, desafio: { select: { titulo: true, regionCut: true } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const hoy = new Date();
  return {
    convocatoria,
    mentorias: filas.map((m) => ({
      id: m.id,
      proyecto: m.postulacion.nombreProyecto,
      desafio: m.postulacion.desafio.titulo,
      region: region(m.postulacion).nombre,
      inicio: m.createdAt,
      progreso: progresoMentoria(m.sesiones),
      atrasadas: semanasAtrasadas(m.createdAt, hoy, m.sesiones),
    })),
  };
}

export type DetalleMentoria = {
  id: string;
  inicio: Date;
  etapaActual: Etapa;
  mentor: { nombre: string; institucion: string };
  equipo: {
    postulacionId: string;
    proyecto: string;
    problema: string;
    solucion: string;
    usuarios: string;
    desafio: string;
    region: string;
    /** The applicant, for the mentor to get in touch; not shown to anyone else. */
    contacto: { nombre: string; email: string } | null;
  };
  progreso: Progreso;
  atrasadas: number[];
  semanas: SemanaVista[];
};

/**
 * One mentoría as `vista` lets the caller read it: "mentor", the assigned mentor's own live one (with the
 * team's contact); "equipo", the team's own live one; "incubacion", any (staff). Null otherwise: 404.
 */
export async function getMentoria(mentoriaId: string, user: SessionUser | null, vista: VistaMentoria, client: Db = dbPorDefecto): Promise<DetalleMentoria | null> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria || !user) return null;
  const m = await client.mentoria.findFirst({
    where: { id: mentoriaId, postulacion: { convocatoriaId: convocatoria.id }, AND: [whereMentorias(user, vista)] },
    select: {
      id: true,
      createdAt: true,
      mentor: { select: { nombre: true, mentorPerfil: { select: { institucion: true } } } },
      sesiones: { select: SELECT_SESION, orderBy: { semana: "asc" } },
      postulacion: {
        select: {
          id: true,
          nombreProyecto: true,
          problema: true,
          solucion: true,
          usuarios: true,
          regiones: { select: { regionCut: true } },
          desafio: { select: { titulo: true, regionCut: true } },
          postulante: { select: { nombre: true, email: true } },
        },
      },
    },
  });
  if (!m) return null;
  const hoy = new Date();
  const p = m.postulacion;
  return {
    id: m.id,
    inicio: m.createdAt,
    etapaActual: convocatoria.etapaActual,
    mentor: { nombre: m.mentor.nombre, institucion: m.mentor.mentorPerfil?.institucion ?? "" },
    equipo: {
      postulacionId: p.id,
      proyecto: p.nombreProyecto,
      problema: p.problema,
      solucion: p.solucion,
      usuarios: p.usuarios,
      desafio: p.desafio.titulo,
      region: region(p).nombre,
      contacto: vista === "equipo" ? null : { nombre: p.postulante.nombre, email: p.postulante.email },
    },
    progreso: progresoMentoria(m.sesiones),
    atrasadas: semanasAtrasadas(m.createdAt, hoy, m.sesiones),
    semanas: semanas(m.createdAt, hoy, m.sesiones),
  };
}

// ---------------------------------------------------------------------------------------------------
// The team (/postulante/incubacion/mentoria).

export type MentoriaDelEquipo = {
  id: string;
  proyecto: string;
  /** Only the name and the institution of the mentor: nothing else of theirs reaches the team. */
  mentor: { nombre: string; institucion: string };
  progreso: Progreso;
  semanas: SemanaVista[];
};

/** The live mentorías of the caller's own perfiles (VISTAS.equipo), one per preselected perfil with a mentor. */
export async function mentoriasDelEquipo(user: SessionUser, client: Db = dbPorDefecto): Promise<{ convocatoria: ConvocatoriaBreve | null; mentorias: MentoriaDelEquipo[] }> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return { convocatoria, mentorias: [] };
  const filas = await client.mentoria.findMany({
    where: { postulacion: { convocatoriaId: convocatoria.id }, AND: [whereMentorias(user, "equipo")] },
    select: {
      id: true,
      createdAt: true,
      mentor: { select: { nombre: true, mentorPerfil: { select: { institucion: true } } } },
      sesiones: { select: SELECT_SESION, orderBy: { semana: "asc" } },
      postulacion: { select: { nombreProyecto: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const hoy = new Date();
  return {
    convocatoria,
    mentorias: filas.map((m) => ({
      id: m.id,
      proyecto: m.postulacion.nombreProyecto,
      mentor: { nombre: m.mentor.nombre, institucion: m.mentor.mentorPerfil?.institucion ?? "" },
      progreso: progresoMentoria(m.sesiones),
      semanas: semanas(m.createdAt, hoy, m.sesiones),
    })),
  };
}

/** The sessions of one mentoría as the team reads them; null (404) when it is not the caller's team's. */
export async function sesionesDelEquipo(mentoriaId: string, user: SessionUser | null, client: Db = dbPorDefecto): Promise<SesionVista[] | null> {
  const m = await getMentoria(mentoriaId, user, "equipo", client);
  return m ? m.semanas.flatMap((w) => (w.sesion ? [w.sesion] : [])) : null;
}

// ---------------------------------------------------------------------------------------------------
// Staff (/seguimiento/incubacion).

export type FilaEquipoIncubacion = {
  postulacionId: string;
  folio: number | null;
  proyecto: string;
  desafio: string;
  region: string;
  mentoria: { id: string; mentorId: string; mentor: string; institucion: string; inicio: Date; progreso: Progreso; atrasadas: number[] } | null;
  /** Mentors recused with this team (conflict or reassignment): never suggested again. */
  recusadas: { mentorId: string; mentor: string; conflicto: string | null; recusadaEn: Date }[];
  /** The top approved mentors for this team (lib/domain/mentoria.ts sugerirMentores), with spare capacity. */
  sugerencias: Sugerencia[];
};

export type TableroIncubacion = {
  convocatoria: ConvocatoriaBreve;
  equipos: FilaEquipoIncubacion[];
  /** Every approved mentor with spare capacity, by name (for the "other mentor" choice). */
  mentores: { userId: string; nombre: string; region: string; cupo: number }[];
  totalAtrasadas: number;
};

const SUGERENCIAS = 3;

/** The staff dashboard of the mentoring (VISTAS.incubacion): every preselected team. Null without that view. */
export async function tableroMentorias(user: SessionUser | null, client: Db = dbPorDefecto): Promise<TableroIncubacion | null> {
  if (!user || !puedeVer("incubacion", user.roles)) return null;
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return null;
  const [perfiles, pool] = await Promise.all([
    client.postulacion.findMany({
      where: wherePreseleccionadas(convocatoria.id),
      select: {
        id: true,
        folio: true,
        nombreProyecto: true,
        problema: true,
        solucion: true,
        postulanteId: true,
        regiones: { select: { regionCut: true } },
        desafio: { select: { titulo: true, resumen: true, regionCut: true } },
        mentorias: {
          where: whereMentorias(user, "incubacion"),
          select: {
            id: true,
            createdAt: true,
            recusadaEn: true,
            conflictoDetalle: true,
            mentorId: true,
            mentor: { select: { nombre: true, mentorPerfil: { select: { institucion: true } } } },
            sesiones: { select: { semana: true, confirmadaEn: true } },
          },
          orderBy: { createdAt: "asc" },
        },
      },
      orderBy: [{ folio: "asc" }, { id: "asc" }],
    }),
    client.mentorPerfil.findMany({
      where: { estado: "APROBADO", user: { roles: { some: { rol: "MENTOR" } } } },
      select: {
        userId: true,
        regionCut: true,
        temas: true,
        experiencia: true,
        maxEquipos: true,
        user: { select: { nombre: true, _count: { select: { mentorias: { where: { recusadaEn: null } } } } } },
      },
    }),
  ]);
  const candidatos = pool.map((m) => ({
    userId: m.userId,
    nombre: m.user.nombre,
    regionCut: m.regionCut,
    temas: leerTemas(m.temas).map(nombreTema),
    experiencia: m.experiencia,
    maxEquipos: m.maxEquipos,
    vivas: m.user._count.mentorias,
  }));
  const hoy = new Date();
  let totalAtrasadas = 0;
  const equipos = perfiles.map((p): FilaEquipoIncubacion => {
    const r = region(p);
    const viva = p.mentorias.find((m) => m.recusadaEn === null) ?? null;
    const atrasadas = viva ? semanasAtrasadas(viva.createdAt, hoy, viva.sesiones) : [];
    totalAtrasadas += atrasadas.length;
    // Never suggested: mentors recused with the team, and the team's own applicant (mentoria.asignar refuses them).
    const excluir = new Set([...p.mentorias.map((m) => m.mentorId), p.postulanteId]);
    return {
      postulacionId: p.id,
      folio: p.folio,
      proyecto: p.nombreProyecto,
      desafio: p.desafio.titulo,
      region: r.nombre,
      mentoria: viva
        ? { id: viva.id, mentorId: viva.mentorId, mentor: viva.mentor.nombre, institucion: viva.mentor.mentorPerfil?.institucion ?? "", inicio: viva.createdAt, progreso: progresoMentoria(viva.sesiones), atrasadas }
        : null,
      recusadas: p.mentorias.filter((m) => m.recusadaEn !== null).map((m) => ({ mentorId: m.mentorId, mentor: m.mentor.nombre, conflicto: m.conflictoDetalle, recusadaEn: m.recusadaEn! })),
      sugerencias: sugerirMentores(
        { regiones: [r.cut, ...p.regiones.map((x) => x.regionCut)], texto: [p.desafio.titulo, p.desafio.resumen, p.nombreProyecto, p.problema, p.solucion].join(" ") },
        candidatos,
        { excluir, limite: SUGERENCIAS },
      ),
    };
  });
  const COMPARAR = new Intl.Collator("es-CL", { sensitivity: "base" });
  const mentores = candidatos
    .filter((m) => m.maxEquipos > m.vivas)
    .map((m) => ({ userId: m.userId, nombre: m.nombre, region: nombreRegion(m.regionCut), cupo: m.maxEquipos - m.vivas }))
    .sort((a, b) => COMPARAR.compare(a.nombre, b.nombre) || (a.userId < b.userId ? -1 : 1));
  return { convocatoria, equipos, mentores, totalAtrasadas };
}
