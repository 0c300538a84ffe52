// Who may see a postulación (and therefore its attachments): one rule, read by every query that
// serves one. Its owner always; FOSIS staff only once it was submitted: a draft is the applicant's
// private work until they send it.
import type { SessionUser } from "@/lib/actions/pipeline";
import { puedeVer } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Postulaciones staff may see: every one that was ever submitted (not a BORRADOR). */
export const VISIBLE_PARA_EQUIPO = { estado: { not: "BORRADOR" } } as const satisfies Prisma.PostulacionWhereInput;

export function postulacionVisiblePara(user: SessionUser): Prisma.PostulacionWhereInput {
  const propias: Prisma.PostulacionWhereInput = { postulanteId: user.id };
  return puedeVer("seguimiento", user.roles) ? { OR: [propias, VISIBLE_PARA_EQUIPO] } : propias;
}
