// Which mentorías and demo days a user may touch, as WHERE clauses built from the scopes of the permission
// table (lib/auth/permissions.ts): a mentor's "asignado" rows are their live (not recused) mentorías; a
// juror's, the demo days they sit on; a team's "propio", the mentorías of its own perfil; staff's "todos",
// every one. A row outside the scope answers exactly like one that does not exist (404).
import { alcances, type Alcance, type ReglaConAlcance } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";

export const NINGUNA_MENTORIA = { id: { in: [] } } as const satisfies Prisma.MentoriaWhereInput;
export const NINGUN_EVENTO = { id: { in: [] } } as const satisfies Prisma.EventoWhereInput;

function clausulas<W>(user: SessionUser | null, reglas: ReglaConAlcance[], una: (a: Alcance, u: SessionUser) => W | null, ninguna: W): W | { OR: W[] } {
  if (!user) return ninguna;
  const partes = [...new Set(reglas.flatMap((r) => alcances(r, user.roles)))].map((a) => una(a, user)).filter((w): w is W => w !== null);
  if (partes.length === 0) return ninguna;
  return partes.length === 1 ? partes[0] : { OR: partes };
}

/** The mentorías `user` may touch under these rows. Recused ones belong to nobody but staff. */
export function whereMentorias(user: SessionUser | null, ...reglas: ReglaConAlcance[]): Prisma.MentoriaWhereInput {
  return clausulas<Prisma.MentoriaWhereInput>(
    user,
    reglas,
    (a, u) => {
      switch (a) {
        case "asignado":
          return { mentorId: u.id, recusadaEn: null };
        case "propio":
          return { postulacion: { postulanteId: u.id }, recusadaEn: null };
        case "todos":
          return {};
        case "region":
          return null;
      }
    },
    NINGUNA_MENTORIA,
  );
}

/** The demo-day events `user` may touch under these rows: a juror's own, or all of them for staff. */
export function whereDemoDays(user: SessionUser | null, ...reglas: ReglaConAlcance[]): Prisma.EventoWhereInput {
  const w = clausulas<Prisma.EventoWhereInput>(
    user,
    reglas,
    (a, u) => {
      switch (a) {
        case "asignado":
          return { jurados: { some: { juradoId: u.id } } };
        case "todos":
          return {};
        case "propio":
        case "region":
          return null;
      }
    },
    NINGUN_EVENTO,
  );
  return { tipo: "DEMO_DAY", AND: [w] };
}
