// Which postulaciones a user may touch, as a WHERE clause: the one rule every query and action of
// postulaciones (and of their documents) reads, built from the scope each role has in the permission
// tables (PERMISOS and VISTAS, lib/auth/permissions.ts; ADR 0003). A row outside it answers exactly like
// one that does not exist. A draft is the applicant's private work: only its owner ever sees it.
import { alcances, type Alcance, type ReglaConAlcance } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Submitted at some point (not BORRADOR): the only postulaciones anyone but their owner may see. */
const ENVIADAS = { estado: { not: "BORRADOR" } } as const satisfies Prisma.PostulacionWhereInput;

/** Matches no row (Prisma has no literal `false`). */
export const NINGUNA_POSTULACION = { id: { in: [] } } as const satisfies Prisma.PostulacionWhereInput;

/** One scope as a WHERE clause. */
export function whereAlcancePostulaciones(user: SessionUser, alcance: Alcance): Prisma.PostulacionWhereInput {
  switch (alcance) {
    case "propio":
      return { postulanteId: user.id };
    case "asignado":
      // Only a live assignment: one recused (a declared conflict, or reassigned by the technical lead)
      // keeps its row for the audit, but its perfil is no longer the evaluator's to read or score.
      return { ...ENVIADAS, asignaciones: { some: { evaluadorId: user.id, recusadaEn: null } } };
    case "region":
      // A perfil names the regions where it would run; the user's region is User.regionCut, read here.
      return { ...ENVIADAS, regiones: { some: { region: { usuarios: { some: { id: user.id } } } } } };
    case "todos":
      return ENVIADAS;
  }
}

/**
 * The postulaciones `user` may touch under these rows (an action's name, or a screen): the union of the
 * scopes their roles hold there. Nobody signed in, or no role in those rows: none.
 */
export function wherePostulaciones(user: SessionUser | null, ...reglas: ReglaConAlcance[]): Prisma.PostulacionWhereInput {
  if (!user) return NINGUNA_POSTULACION;
  const clausulas = [...new Set(reglas.flatMap((r) => alcances(r, user.roles)))].map((a) => whereAlcancePostulaciones(user, a));
  if (clausulas.length === 0) return NINGUNA_POSTULACION;
  return clausulas.length === 1 ? clausulas[0] : { OR: clausulas };
}
