// Which votes a user may read, as a WHERE clause, from the scope the permission table gives them on
// voto.emitir (lib/auth/permissions.ts; ADR 0003): an afiliado, their own. Nobody else reads whose a vote is:
// the public sees counts only (secret ballot).
import { alcances, type Alcance, type ReglaConAlcance } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";

const NINGUNO = { id: { in: [] } } as const satisfies Prisma.VotoWhereInput;

export function whereAlcanceVotos(user: SessionUser, alcance: Alcance): Prisma.VotoWhereInput {
  switch (alcance) {
    case "propio":
      return { votanteId: user.id };
    // No other scope reads votes with their voter: a row naming one would break the secret ballot.
    case "asignado":
    case "region":
    case "todos":
      return NINGUNO;
  }
}

export function whereVotos(user: SessionUser | null, ...reglas: ReglaConAlcance[]): Prisma.VotoWhereInput {
  if (!user) return NINGUNO;
  const clausulas = [...new Set(reglas.flatMap((r) => alcances(r, user.roles)))].map((a) => whereAlcanceVotos(user, a));
  if (clausulas.length === 0) return NINGUNO;
  return clausulas.length === 1 ? clausulas[0] : { OR: clausulas };
}
