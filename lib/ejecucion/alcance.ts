// Which pilots a user may touch (issue 14), as WHERE clauses built from the permission table's scopes
// (lib/auth/permissions.ts): the team's "propio" is its own pilot, a mentor's "asignado" the pilots of their
// live mentorías (lib/incubacion/alcance.ts whereMentorias), staff's "todos" every one. A pilot is a perfil
// of the convocatoria selected by the signed final acta with its convenio and signed document
// (lib/convenio/exigir.ts). No "server-only": actions read it inside their transaction.
import { alcances, type ReglaConAlcance } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { whereMentorias } from "@/lib/incubacion/alcance";
import { whereSeleccionadasFinal } from "@/lib/incubacion/preseleccionadas";
import { NINGUNA_POSTULACION } from "@/lib/postulaciones/alcance";

/** The answer for a pilot that does not exist and for one outside the caller's rows, alike. */
export const MENSAJE_SIN_PILOTO = "No se encontró un piloto en ejecución con ese identificador.";
export const MENSAJE_SIN_HITO = "No se encontró ese hito entre los de su piloto.";
export const MENSAJE_SIN_REPORTE = "No se encontró ese reporte de avance.";

/** The pilots of a convocatoria: selected in its signed final acta, with the convenio and its signed document. */
export function wherePilotos(convocatoriaId: string): Prisma.PostulacionWhereInput {
  return { ...whereSeleccionadasFinal(convocatoriaId), convenio: { is: { documentoId: { not: null }, documentoSha256: { not: null } } } };
}

/** The perfiles (pilots or not) `user` may touch under these rows; none without a session or a role there. */
export function wherePilotosDe(user: SessionUser | null, ...reglas: ReglaConAlcance[]): Prisma.PostulacionWhereInput {
  if (!user) return NINGUNA_POSTULACION;
  const a = new Set(reglas.flatMap((r) => alcances(r, user.roles)));
  if (a.has("todos")) return {};
  const partes: Prisma.PostulacionWhereInput[] = [];
  if (a.has("propio")) partes.push({ postulanteId: user.id });
  if (a.has("asignado")) partes.push({ mentorias: { some: whereMentorias(user, ...reglas) } });
  if (partes.length === 0) return NINGUNA_POSTULACION;
  return partes.length === 1 ? partes[0] : { OR: partes };
}

/** The pilots of the convocatoria `user` may touch under these rows. */
export function wherePilotosVisibles(user: SessionUser | null, convocatoriaId: string, ...reglas: ReglaConAlcance[]): Prisma.PostulacionWhereInput {
  return { AND: [wherePilotos(convocatoriaId), wherePilotosDe(user, ...reglas)] };
}
