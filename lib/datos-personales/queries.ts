// Reads of the data-rights screens: a person reads only their own account and requests (by the session's
// id); the requests of everybody only who may open /admin/datos-personales (VISTAS.solicitudesDatos).
import "server-only";
import { puedeVer } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { estaVencida } from "@/lib/domain/plazos-datos";

const SELECT_SOLICITUD = { id: true, tipo: true, detalle: true, estado: true, venceEn: true, respuesta: true, resueltaEn: true, createdAt: true } as const;

/** /cuenta/datos: the caller's account as it is kept, and their requests (newest first). */
export async function getMisDatos(user: SessionUser, client: Db = dbPorDefecto) {
  const u = await client.user.findUnique({
    where: { id: user.id },
    select: { nombre: true, email: true, rut: true, rutVerificado: true, regionCut: true, createdAt: true, solicitudesDatos: { select: SELECT_SOLICITUD, orderBy: { createdAt: "desc" } } },
  });
  if (!u) return null;
  const { solicitudesDatos, ...cuenta } = u;
  return { cuenta, solicitudes: solicitudesDatos };
}

export type SolicitudAdmin = NonNullable<Awaited<ReturnType<typeof listarSolicitudesDatos>>>[number];

/**
 * /admin/datos-personales: every request, pending ones first by deadline (overdue at the top), then the
 * answered ones, newest first. Null for anyone who may not open the screen.
 */
export async function listarSolicitudesDatos(user: SessionUser | null, ahora = new Date(), client: Db = dbPorDefecto) {
  if (!user || !puedeVer("solicitudesDatos", user.roles)) return null;
  const filas = await client.solicitudDatos.findMany({
    select: {
      ...SELECT_SOLICITUD,
      resueltaPorId: true,
      user: { select: { id: true, nombre: true, email: true, rut: true, rutVerificado: true, regionCut: true, seudonimizadoEn: true } },
    },
    orderBy: [{ venceEn: "asc" }, { createdAt: "asc" }],
  });
  const pendientes = filas.filter((f) => f.estado === "PENDIENTE");
  const respondidas = filas.filter((f) => f.estado !== "PENDIENTE").sort((a, b) => (b.resueltaEn?.getTime() ?? 0) - (a.resueltaEn?.getTime() ?? 0));
  return [...pendientes, ...respondidas].map((f) => ({ ...f, vencida: f.estado === "PENDIENTE" && estaVencida(f.venceEn, ahora) }));
}
