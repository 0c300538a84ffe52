// E-mail to FOSIS staff when a perfil is left without an evaluator (a declared conflict nobody eligible
// could take over).
import { PERMISOS } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import type { Rol } from "@/lib/domain/roles";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoAsignacionesSinEvaluador } from "@/lib/mail/plantillas/asignaciones-sin-evaluador";

/** Staff: whoever may assign (the permission table's row of evaluacion.asignar). */
const ROLES_EQUIPO = Object.keys(PERMISOS["evaluacion.asignar"].quien) as Rol[];

export async function avisarPerfilSinEvaluador(tx: Tx, perfil: { folio: number | null; nombreProyecto: string }, motivos: string[]): Promise<number> {
  const equipo = await tx.user.findMany({ where: { roles: { some: { rol: { in: ROLES_EQUIPO } } } }, select: { id: true, nombre: true, email: true }, orderBy: { id: "asc" } });
  for (const u of equipo) {
    await encolarCorreo(tx, { para: u.email, userId: u.id }, correoAsignacionesSinEvaluador({ nombre: u.nombre, perfil: { folio: perfil.folio, proyecto: perfil.nombreProyecto }, motivos }));
  }
  return equipo.length;
}
