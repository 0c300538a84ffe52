import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { whereInscripciones } from "./alcance";
import { hashToken } from "./confirmacion";
import { FORMATO_TOKEN_CONFIRMACION } from "./schema";

const seleccionPublica = {
  id: true,
  tipo: true,
  titulo: true,
  descripcion: true,
  inicio: true,
  lugar: true,
  enlace: true,
  capacidad: true,
  cuposOcupados: true,
  region: { select: { cut: true, nombre: true } },
} as const;

/**
 * Upcoming events of the active convocatoria, soonest first. A regional filter also shows the online
 * events without a region (anyone can join those).
 */
export async function listarTalleresProximos(filtro: { region?: string } = {}, client: Db = dbPorDefecto) {
  return client.evento.findMany({
    where: {
      convocatoria: { activa: true },
      tipo: { not: "DEMO_DAY" },
      inicio: { gt: new Date() },
      ...(filtro.region ? { OR: [{ regionCut: filtro.region }, { regionCut: null }] } : {}),
    },
    orderBy: [{ inicio: "asc" }, { id: "asc" }],
    select: seleccionPublica,
  });
}

export async function getTallerPublico(id: string, client: Db = dbPorDefecto) {
  const t = await client.evento.findFirst({
    where: { id, convocatoria: { activa: true }, tipo: { not: "DEMO_DAY" } },
    // The material staff shared (taller.compartirMaterial); the page shows it once the event started.
    select: { ...seleccionPublica, material: true },
  });
  // Started (or past) events take no more registrations.
  return t ? { ...t, comenzado: t.inicio.getTime() <= Date.now() } : null;
}

/** The signed-in person's live registration to an event, if any (to offer cancelling it: that action's scope). */
export async function getMiInscripcion(eventoId: string, user: SessionUser, client: Db = dbPorDefecto) {
  return client.inscripcion.findFirst({
    where: { eventoId, estado: { in: ["CONFIRMADA", "LISTA_ESPERA"] }, AND: [whereInscripciones(user, "taller.cancelarInscripcion")] },
    orderBy: { createdAt: "desc" },
    select: { id: true, estado: true, email: true },
  });
}

/**
 * The confirmation page of an anonymous registration (a read: it never confirms). null when the token is
 * not even well formed (the page answers 404); NO_VALIDO when no registration waits for it (unknown,
 * replaced by a newer link, or already used).
 */
export async function getConfirmacionInscripcion(token: string, client: Db = dbPorDefecto) {
  if (!FORMATO_TOKEN_CONFIRMACION.test(token)) return null;
  const ins = await client.inscripcion.findFirst({
    where: { tokenHash: hashToken(token), evento: { convocatoria: { activa: true } } },
    select: { estado: true, nombre: true, email: true, confirmarAntes: true, evento: { select: seleccionPublica } },
  });
  if (!ins || ins.estado === "CANCELADA") return { estado: "NO_VALIDO" as const };
  // Already confirmed through this link: the page says how it ended (a refresh after the POST lands here).
  if (ins.estado === "CONFIRMADA" || ins.estado === "LISTA_ESPERA") return { estado: ins.estado, taller: ins.evento };
  const ahora = Date.now();
  const vigente = !!ins.confirmarAntes && ins.confirmarAntes.getTime() > ahora && ins.evento.inicio.getTime() > ahora;
  return { estado: vigente ? ("VIGENTE" as const) : ("VENCIDO" as const), nombre: ins.nombre, email: ins.email, confirmarAntes: ins.confirmarAntes, taller: ins.evento };
}

/**
 * Staff: every event of the active convocatoria with its registration and attendance counts. Registrations
 * still waiting for their e-mail confirmation are counted apart (porConfirmar): they hold no seat.
 */
export async function listarTalleresStaff(client: Db = dbPorDefecto) {
  const [eventos, conteos, presentes] = await Promise.all([
    client.evento.findMany({
      where: { convocatoria: { activa: true } },
      orderBy: [{ inicio: "desc" }, { id: "asc" }],
      select: { id: true, tipo: true, titulo: true, inicio: true, capacidad: true, cuposOcupados: true, enlace: true, lugar: true, region: { select: { nombre: true } } },
    }),
    client.inscripcion.groupBy({ by: ["eventoId", "estado"], where: { evento: { convocatoria: { activa: true } } }, _count: { _all: true } }),
    client.asistencia.findMany({ where: { presente: true, inscripcion: { evento: { convocatoria: { activa: true } } } }, select: { inscripcion: { select: { eventoId: true } } } }),
  ]);
  const contar = (eventoId: string, estado: string) => conteos.find((c) => c.eventoId === eventoId && c.estado === estado)?._count._all ?? 0;
  return eventos.map((e) => ({
    ...e,
    confirmadas: contar(e.id, "CONFIRMADA"),
    enEspera: contar(e.id, "LISTA_ESPERA"),
    porConfirmar: contar(e.id, "POR_CONFIRMAR"),
    presentes: presentes.filter((p) => p.inscripcion.eventoId === e.id).length,
  }));
}

/**
 * Staff: one event with its registrations (confirmed first, then the waitlist in order, then those still
 * waiting for their e-mail confirmation, then the cancelled) and attendance.
 */
export async function getTallerStaff(id: string, user: SessionUser, client: Db = dbPorDefecto) {
  const e = await client.evento.findFirst({
    where: { id, convocatoria: { activa: true } },
    select: {
      ...seleccionPublica,
      material: true,
      inscripciones: {
        where: whereInscripciones(user, "talleres"),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, nombre: true, email: true, estado: true, createdAt: true, asistencia: { select: { presente: true, marcadaEn: true } } },
      },
    },
  });
  if (!e) return null;
  const orden = { CONFIRMADA: 0, LISTA_ESPERA: 1, POR_CONFIRMAR: 2, CANCELADA: 3 } as const satisfies Record<(typeof e.inscripciones)[number]["estado"], number>;
  // comenzado: its material may be shared (taller.compartirMaterial).
  return { ...e, comenzado: e.inicio.getTime() <= Date.now(), inscripciones: [...e.inscripciones].sort((a, b) => orden[a.estado] - orden[b.estado]) };
}
