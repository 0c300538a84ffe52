// The pipeline's refusal messages (lib/actions/pipeline.ts). The session and role texts are private
// there, so they are repeated here on purpose: the permission matrix fails if they drift.
import { mensajeEtapa } from "@/lib/actions/pipeline";
import { ETAPAS, type Etapa } from "@/lib/domain/etapas";
import type { Rol } from "@/lib/domain/roles";
import { NOMBRES_ACCION, puede, type NombreAccion } from "@/lib/auth/permissions";

export const MENSAJE_SESION = "Debe iniciar sesión para realizar esta acción.";
export const MENSAJE_ROL = "No tiene permiso para realizar esta acción.";
export const MENSAJE_INESPERADO = "Ocurrió un error inesperado y no se guardó ningún cambio. Intente nuevamente.";

/** The exact message the pipeline must answer with, or null when the table allows the call. */
export function mensajeDeRechazo(accion: NombreAccion, roles: readonly Rol[] | null, etapa: Etapa): string | null {
  const d = puede(accion, roles, etapa);
  if (d.ok) return null;
  if (d.motivo === "SESION") return MENSAJE_SESION;
  if (d.motivo === "ROL") return MENSAJE_ROL;
  return mensajeEtapa(accion, etapa);
}

const TODOS_LOS_RECHAZOS = new Set<string>([MENSAJE_SESION, MENSAJE_ROL, ...NOMBRES_ACCION.flatMap((a) => ETAPAS.map((e) => mensajeEtapa(a, e)))]);

/** Is this one of the pipeline's session, role or etapa refusals? */
export function esRechazoDePermiso(mensaje: string): boolean {
  return TODOS_LOS_RECHAZOS.has(mensaje);
}
