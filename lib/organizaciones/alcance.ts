// Which organisations a user may act on, from the scope each role has in the permission tables (PERMISOS
// and VISTAS, lib/auth/permissions.ts; ADR 0003): "propio", those they are an ACTIVO member of; "todos",
// any (FOSIS staff, who settle disputes). Outside it, an organisation and its requests do not exist.
import { alcances, type Alcance, type ReglaConAlcance } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bloquearMembresiaActiva } from "./membresia";

/** Matches no row (Prisma has no literal `false`). */
const NINGUNA = { id: { in: [] } } as const satisfies Prisma.OrganizacionWhereInput;

/** One scope as a WHERE clause. */
export function whereAlcanceOrganizaciones(user: Pick<SessionUser, "id">, alcance: Alcance): Prisma.OrganizacionWhereInput {
  switch (alcance) {
    case "propio":
      return { miembros: { some: { userId: user.id, estado: "ACTIVO" } } };
    case "todos":
      return {};
    case "region":
    case "asignado":
      // Organisations have no region nor assignees.
      return NINGUNA;
  }
}

/** The organisations `user` may act on under these rows: the union of the scopes their roles hold there. */
export function whereOrganizaciones(user: Pick<SessionUser, "id" | "roles"> | null, ...reglas: ReglaConAlcance[]): Prisma.OrganizacionWhereInput {
  if (!user) return NINGUNA;
  const clausulas = [...new Set(reglas.flatMap((r) => alcances(r, user.roles)))].map((a) => whereAlcanceOrganizaciones(user, a));
  if (clausulas.length === 0) return NINGUNA;
  return clausulas.length === 1 ? clausulas[0] : { OR: clausulas };
}

/**
 * In an action: is this (existing) organisation in the caller's scope? "propio" is checked with the
 * membership's locking form (bloquearMembresiaActiva: a conditional write on the member's own row, held
 * until commit, so a concurrent removal of that member cannot interleave), "todos" needs no row.
 */
export async function organizacionEnAlcance(tx: Tx, user: SessionUser, regla: ReglaConAlcance, organizacionId: string): Promise<boolean> {
  const suyos = alcances(regla, user.roles);
  if (suyos.includes("todos")) return true;
  return suyos.includes("propio") && (await bloquearMembresiaActiva(tx, organizacionId, user.id));
}
