// Who acts for an organisation: its ACTIVO members. The first account to register a RUT claims it;
// others join when they accept a member's invitation, or when a member (or FOSIS staff, in a dispute)
// approves their request. Both wait as PENDIENTE rows, told apart by who made them (see below).
import { isPostgres, type Tx } from "@/lib/db/client";
import type { TipoEjecutor } from "@/lib/generated/prisma/enums";

/** Serializes claims of one RUT on PostgreSQL (SQLite has one writer already); the unique rut is the backstop. */
const ORGANIZACION_LOCK_KEY = 7_262_021;
/** Serializes writes of one person's row in one organisation (invitation, request) on PostgreSQL. */
const MIEMBRO_LOCK_KEY = 7_262_022;

/**
 * A PENDIENTE row is either a REQUEST to join (the person asked; agregadoPorId is null) or an INVITATION
 * (a member invited them; agregadoPorId is that member). A request is decided by the organisation's
 * members or FOSIS staff; an invitation only by the invited person.
 */
export const SOLICITUD_PENDIENTE = { estado: "PENDIENTE", agregadoPorId: null } as const;
export const INVITACION_PENDIENTE = { estado: "PENDIENTE", agregadoPorId: { not: null } } as const;

export const MENSAJE_ORGANIZACION_AJENA = "Esta organización ya está registrada en el portal por otra persona.";
export const DETALLE_ORGANIZACION_AJENA =
  "Esta organización ya está registrada en el portal por otra persona. Pida a un integrante que lo invite, o solicite unirse desde «Mis organizaciones».";

/**
 * Is `userId` an active member of the organisation? Checked with a conditional write on the member's own
 * row, which also locks it until commit: a concurrent removal of that member waits for this transaction,
 * or wins first and makes this check fail (never both).
 */
export async function bloquearMembresiaActiva(tx: Tx, organizacionId: string, userId: string): Promise<boolean> {
  const { count } = await tx.miembroOrganizacion.updateMany({ where: { organizacionId, userId, estado: "ACTIVO" }, data: { estado: "ACTIVO" } });
  return count === 1;
}

/**
 * Holds, until commit, the right to write `userId`'s row in the organisation: two invitations, or an
 * invitation and a request, for the same person at once read one after the other instead of both
 * inserting (the loser's unique violation would answer differently, telling whether the account
 * exists). SQLite needs nothing: its adapter runs one transaction at a time.
 */
export async function bloquearFilaDeMiembro(tx: Tx, organizacionId: string, userId: string): Promise<void> {
  if (isPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MIEMBRO_LOCK_KEY}::int, hashtext(${`${organizacionId}:${userId}`}))`;
}

export type OrganizacionDelEnvio = { id: string; reclamada: boolean };

/**
 * The organisation a perfil is sent for: a new RUT is created and claimed by the submitter (who becomes
 * its first ACTIVO member); an existing one only for its active members, and it is never renamed.
 * null: the RUT belongs to an organisation the submitter does not act for.
 */
export async function organizacionParaEnviar(
  tx: Tx,
  d: { rut: string; nombre: string; tipo: TipoEjecutor; userId: string },
): Promise<OrganizacionDelEnvio | null> {
  // Two first claims of one RUT at once: the second waits here, then reads the first one's organisation.
  if (isPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ORGANIZACION_LOCK_KEY}::int, hashtext(${d.rut}))`;
  const org = await tx.organizacion.findUnique({ where: { rut: d.rut }, select: { id: true } });
  if (!org) {
    const creada = await tx.organizacion.create({
      data: { rut: d.rut, nombre: d.nombre, tipo: d.tipo, creadaPorId: d.userId, miembros: { create: { userId: d.userId, estado: "ACTIVO", resueltoEn: new Date() } } },
      select: { id: true },
    });
    return { id: creada.id, reclamada: true };
  }
  return (await bloquearMembresiaActiva(tx, org.id, d.userId)) ? { id: org.id, reclamada: false } : null;
}
