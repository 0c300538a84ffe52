// Which registrations (Inscripcion) a user may touch, as a WHERE clause: the one rule the talleres'
// queries and actions read, built from the scope each role has in the permission tables (PERMISOS and
// VISTAS, lib/auth/permissions.ts; ADR 0003). A registration outside it answers like one that does not exist.
import { alcances, type Alcance, type ReglaConAlcance } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Matches no row (Prisma has no literal `false`). */
const NINGUNA = { id: { in: [] } } as const satisfies Prisma.InscripcionWhereInput;

/** One scope as a WHERE clause. */
export function whereAlcanceInscripciones(user: SessionUser, alcance: Alcance): Prisma.InscripcionWhereInput {
  switch (alcance) {
    case "propio":
      return { userId: user.id };
    case "region":
      // The event's region is the user's (User.regionCut); events without a region are nobody's region.
      return { evento: { region: { usuarios: { some: { id: user.id } } } } };
    case "asignado":
      // Nobody is assigned registrations.
      return NINGUNA;
    case "todos":
      return {};
  }
}

/** The registrations `user` may touch under these rows: the union of the scopes their roles hold there. */
export function whereInscripciones(user: SessionUser | null, ...reglas: ReglaConAlcance[]): Prisma.InscripcionWhereInput {
  if (!user) return NINGUNA;
  const clausulas = [...new Set(reglas.flatMap((r) => alcances(r, user.roles)))].map((a) => whereAlcanceInscripciones(user, a));
  if (clausulas.length === 0) return NINGUNA;
  return clausulas.length === 1 ? clausulas[0] : { OR: clausulas };
}
