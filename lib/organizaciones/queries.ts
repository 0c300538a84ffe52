// Reads for the organisation pages. Scope is in the WHERE clause:
// - an applicant reads the organisations they are an ACTIVO member of: the names and e-mails of its
//   active members, and the name, e-mail and message of whoever asks to join it (to tell whether they
//   act for it). Pending INVITATIONS are never listed to members: a row exists only when the invited
//   e-mail has an applicant account, so listing it would tell the inviter what the answer hides;
// - an applicant reads the invitations made to them (the organisation's declared name and RUT, and who
//   invited them), and nothing about the requests they sent: whether one exists would tell whether the
//   RUT is registered (organizacion.solicitarIngreso answers the same either way);
// - the staff list is only for those who resolve disputes (VISTAS.organizaciones).
import "server-only";
import { puedeVer } from "@/lib/auth/permissions";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Rol } from "@/lib/domain/roles";
import { INVITACION_PENDIENTE, SOLICITUD_PENDIENTE } from "./membresia";

const PERSONA = { select: { id: true, nombre: true, email: true } } as const;
const ORDEN = [{ createdAt: "asc" }, { id: "asc" }] as const;

/** The applicant's organisations (ACTIVO membership), with their active members and pending requests to join. */
export async function misOrganizaciones(userId: string, client: Db = dbPorDefecto) {
  return client.organizacion.findMany({
    where: { miembros: { some: { userId, estado: "ACTIVO" } } },
    orderBy: [{ nombre: "asc" }, { id: "asc" }],
    select: {
      id: true,
      nombre: true,
      rut: true,
      miembros: {
        // Active members and requests only: never an invitation (see above).
        where: { OR: [{ estado: "ACTIVO" }, SOLICITUD_PENDIENTE] },
        orderBy: [...ORDEN],
        select: { id: true, estado: true, mensaje: true, createdAt: true, user: PERSONA },
      },
    },
  });
}

/** Pending invitations to the applicant, oldest first. */
export async function misInvitaciones(userId: string, client: Db = dbPorDefecto) {
  return client.miembroOrganizacion.findMany({
    where: { userId, ...INVITACION_PENDIENTE },
    orderBy: [...ORDEN],
    select: { id: true, createdAt: true, agregadoPor: { select: { nombre: true } }, organizacion: { select: { nombre: true, rut: true } } },
  });
}

/**
 * Staff: every pending request to join (not invitations: only the invited person decides those), oldest
 * first, with the organisation, its active members and the requester. Empty for anyone who may not open
 * /seguimiento/organizaciones, so no other caller can leak the RUTs and e-mails it holds.
 */
export async function solicitudesPendientes(roles: readonly Rol[] | null, client: Db = dbPorDefecto) {
  if (!puedeVer("organizaciones", roles)) return [];
  return client.miembroOrganizacion.findMany({
    where: SOLICITUD_PENDIENTE,
    orderBy: [...ORDEN],
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
          miembros: { where: { estado: "ACTIVO" }, orderBy: [...ORDEN], select: { id: true, createdAt: true, user: PERSONA } },
        },
      },
    },
  });
}
