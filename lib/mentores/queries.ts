// Reads of the mentor pool (issue 13): the pool and the invitations sent, for staff only (VISTAS.incubacion:
// anyone else reads nothing), and a person's own registration.
import "server-only";
import { alcances } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { leerTemas, ordenarPool, type EstadoMentorPool, type HeliceMentor, type TemaMentoria } from "@/lib/domain/mentores";
import { nombreRegion } from "@/lib/domain/regiones";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ASUNTO_INVITACION_MENTOR } from "./rutas";

/** The MentorPerfil rows `user` may read in the pool: every one for staff, none for anyone else. */
export function whereMentores(user: SessionUser | null): Prisma.MentorPerfilWhereInput {
  return user && alcances("incubacion", user.roles).includes("todos") ? {} : { id: { in: [] } };
}

export type FiltrosPool = { estado?: EstadoMentorPool; regionCut?: string };

export type FilaPool = {
  id: string;
  userId: string;
  nombre: string;
  email: string;
  helice: HeliceMentor;
  institucion: string;
  regionCut: string;
  region: string;
  experiencia: string;
  temas: TemaMentoria[];
  horasSemana: number;
  maxEquipos: number;
  estado: EstadoMentorPool;
  createdAt: Date;
  revisadoEn: Date | null;
  revisadoPor: string | null;
  /** Live mentorías (not recused) the mentor has now. */
  equiposActivos: number;
};

/** Staff: the pool, pending first (oldest first), then approved and rejected; filterable by state and region. */
export async function listarPoolMentores(user: SessionUser, filtros: FiltrosPool = {}, client: Db = dbPorDefecto): Promise<FilaPool[]> {
  const filas = await client.mentorPerfil.findMany({
    where: { AND: [whereMentores(user), { ...(filtros.estado && { estado: filtros.estado }), ...(filtros.regionCut && { regionCut: filtros.regionCut }) }] },
    select: {
      id: true,
      userId: true,
      helice: true,
      institucion: true,
      regionCut: true,
      experiencia: true,
      temas: true,
      horasSemana: true,
      maxEquipos: true,
      estado: true,
      createdAt: true,
      revisadoEn: true,
      revisadoPor: { select: { nombre: true } },
      user: { select: { nombre: true, email: true, _count: { select: { mentorias: { where: { recusadaEn: null } } } } } },
    },
  });
  return ordenarPool(
    filas.map((m) => ({
      id: m.id,
      userId: m.userId,
      nombre: m.user.nombre,
      email: m.user.email,
      helice: m.helice,
      institucion: m.institucion,
      regionCut: m.regionCut,
      region: nombreRegion(m.regionCut),
      experiencia: m.experiencia,
      temas: leerTemas(m.temas),
      horasSemana: m.horasSemana,
      maxEquipos: m.maxEquipos,
      estado: m.estado,
      createdAt: m.createdAt,
      revisadoEn: m.revisadoEn,
      revisadoPor: m.revisadoPor?.nombre ?? null,
      equiposActivos: m.user._count.mentorias,
    })),
  );
}

/** Staff: the invitations to the pool sent (the outbox rows with the invitation's subject), newest first. */
export async function listarInvitacionesMentor(user: SessionUser, client: Db = dbPorDefecto) {
  if (!alcances("incubacion", user.roles).includes("todos")) return [];
  return client.notificacion.findMany({
    where: { asunto: ASUNTO_INVITACION_MENTOR },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
    select: { id: true, para: true, createdAt: true, estado: true },
  });
}

export type MiInscripcionMentor = {
  id: string;
  helice: HeliceMentor;
  institucion: string;
  regionCut: string;
  experiencia: string;
  temas: TemaMentoria[];
  horasSemana: number;
  maxEquipos: number;
  estado: EstadoMentorPool;
  revisadoEn: Date | null;
  /** The reason of the last rejection (from the audit log), while it stands. */
  motivoRechazo: string | null;
};

/** The caller's own registration in the pool, or null. */
export async function miInscripcionMentor(user: SessionUser, client: Db = dbPorDefecto): Promise<MiInscripcionMentor | null> {
  const m = await client.mentorPerfil.findUnique({
    where: { userId: user.id },
    select: { id: true, helice: true, institucion: true, regionCut: true, experiencia: true, temas: true, horasSemana: true, maxEquipos: true, estado: true, revisadoEn: true },
  });
  if (!m) return null;
  let motivoRechazo: string | null = null;
  if (m.estado === "RECHAZADO") {
    const entrada = await client.auditLog.findFirst({ where: { entidad: "MentorPerfil", entidadId: m.id, accion: "mentor.revisar" }, orderBy: { id: "desc" }, select: { datos: true } });
    try {
      const datos = JSON.parse(entrada?.datos ?? "{}") as { motivo?: unknown };
      motivoRechazo = typeof datos.motivo === "string" ? datos.motivo : null;
    } catch {
      motivoRechazo = null;
    }
  }
  return { ...m, temas: leerTemas(m.temas), motivoRechazo };
}
