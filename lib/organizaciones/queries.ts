// Reads for the organisation pages. Scope is in the WHERE clause: an applicant reads only the organisations
// they are an ACTIVO member of (members, e-mails and pending requests) and their own requests; the staff
// list is for /seguimiento only.
import "server-only";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";

const PERSONA = { select: { id: true, nombre: true, email: true } } as const;

/** The applicant's organisations (ACTIVO membership), with their active members and pending requests. */
export async function misOrganizaciones(userId: string, client: Db = dbPorDefecto) {
  return client.organizacion.findMany({
    where: { miembros: { some: { userId, estado: "ACTIVO" } } },
    orderBy: [{ nombre: "asc" }, { id: "asc" }],
    select: {
      id: true,
      nombre: true,
      rut: true,
      miembros: {
        where: { estado: { in: ["ACTIVO", "PENDIENTE"] } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, estado: true, mensaje: true, createdAt: true, user: PERSONA },
      },
    },
  });
}

/** Requests to join that the applicant sent (pending or rejected), newest first. */
export async function misSolicitudes(userId: string, client: Db = dbPorDefecto) {
  return client.miembroOrganizacion.findMany({
    where: { userId, estado: { in: ["PENDIENTE", "RECHAZADO"] } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, estado: true, createdAt: true, resueltoEn: true, organizacion: { select: { nombre: true, rut: true } } },
  });
}

/** Staff: every pending request to join, oldest first, with the organisation, its active members and the requester. */
export async function solicitudesPendientes(client: Db = dbPorDefecto) {
  return client.miembroOrganizacion.findMany({
    where: { estado: "PENDIENTE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      mensaje: true,
      createdAt: true,
      user: PERSONA,
      organizacion: {
        select: {
          id: true,
          nombre: true,
          rut: true,
          createdAt: true,
          creadaPor: { select: { nombre: true } },
          miembros: { where: { estado: "ACTIVO" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, createdAt: true, user: PERSONA } },
        },
      },
    },
  });
}
