// Rules shared by the data-rights actions and pages (docs/decisions/0019-derechos-sobre-datos.md).
import { PERMISOS, VISTAS, type AlcancePorRol } from "@/lib/auth/permissions";
import { ROLES, type Rol } from "@/lib/domain/roles";

/** Who resolves the requests (the row datos.resolver): they are told of each new one. */
export const ROLES_QUE_RESUELVEN: readonly Rol[] = ROLES.filter((r) => (PERMISOS["datos.resolver"].quien as AlcancePorRol)[r] !== undefined);

/**
 * Roles whose region decides which rows they may touch (a "region" scope in some row of either table):
 * an account holding one cannot change its own region (it would widen its own scope); staff correct it
 * through a rectification request.
 */
export const ROLES_CON_ALCANCE_REGIONAL: readonly Rol[] = ROLES.filter((r) =>
  [...Object.values(PERMISOS).map((p) => p.quien), ...Object.values(VISTAS)].some((q) => q !== "PUBLICO" && (q as AlcancePorRol)[r] === "region"),
);

export const NOMBRE_TIPO_SOLICITUD = { ACCESO: "Acceso", RECTIFICACION: "Rectificación", SUPRESION: "Supresión" } as const;
export const NOMBRE_ESTADO_SOLICITUD = { PENDIENTE: "Pendiente", RESUELTA: "Resuelta", RECHAZADA: "Rechazada" } as const;

export const MENSAJE_SOLICITUD_NO_ENCONTRADA = "No encontramos esa solicitud.";
