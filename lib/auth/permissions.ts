// THE permission table: which roles may run which action in which etapa. The action pipeline reads it,
// the UI reads it to show or hide buttons, and tests/unit/permissions.test.ts walks every cell.
// A role or etapa check written by hand in a page or action is a defect: add a row here instead.
import { ETAPAS, type Etapa } from "@/lib/domain/etapas";
import { ROLES, type Rol } from "@/lib/domain/roles";

/** "PUBLICO": anyone, signed in or not. Otherwise the roles that may run it (any one is enough). */
export type QuienPuede = "PUBLICO" | readonly Rol[];

export type Permiso = {
  quien: QuienPuede;
  etapas: readonly Etapa[];
  /** What the action does, in Spanish, for the admin's permission page. */
  descripcion: string;
};

const TODAS = ETAPAS;
const SIN_CIERRE = ETAPAS.filter((e) => e !== "CIERRE");
/** FOSIS staff: central admins, the technical lead and the regional teams (who hold EVALUADOR). */
const EQUIPO_FOSIS = ["ADMIN", "ENCARGADO_TECNICO", "EVALUADOR"] as const;
/** Any signed-in account, whatever its roles. */
const CUALQUIER_CUENTA = ROLES;
/** Talleres and encuentros run from the launch to the end of the pilots. */
const ETAPAS_EVENTOS = ["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION", "FORMACION_INCUBACION", "EJECUCION"] as const;
/** FOSIS staff who resolve disputed organisation claims (an organisation's own members resolve the rest). */
export const RESUELVEN_DISPUTAS = ["ADMIN", "ENCARGADO_TECNICO"] as const;

export const PERMISOS = {
  // Cuentas
  "cuenta.registrar": { quien: "PUBLICO", etapas: TODAS, descripcion: "Crear una cuenta de postulante" },
  "usuario.otorgarRol": { quien: ["ADMIN"], etapas: TODAS, descripcion: "Otorgar un rol a un usuario" },
  "usuario.revocarRol": { quien: ["ADMIN"], etapas: TODAS, descripcion: "Revocar un rol de un usuario" },

  // Convocatoria y etapas
  "convocatoria.configurar": {
    quien: ["ADMIN"],
    etapas: ["DESARROLLO_CONCURSO"],
    descripcion: "Fijar presupuesto, banda por proyecto, meta y ponderaciones",
  },
  "convocatoria.guardarCalendario": { quien: ["ADMIN"], etapas: SIN_CIERRE, descripcion: "Fijar las fechas de las seis etapas" },
  "convocatoria.avanzarEtapa": { quien: ["ADMIN"], etapas: SIN_CIERRE, descripcion: "Pasar a la etapa siguiente" },

  // Desafíos: solo se escriben en el taller de desafíos (etapa 1)
  "desafio.crear": { quien: ["ADMIN"], etapas: ["DESARROLLO_CONCURSO"], descripcion: "Crear un desafío" },
  "desafio.editar": { quien: ["ADMIN"], etapas: ["DESARROLLO_CONCURSO"], descripcion: "Editar un desafío y sus métricas" },
  "desafio.publicar": { quien: ["ADMIN"], etapas: ["DESARROLLO_CONCURSO"], descripcion: "Publicar o despublicar un desafío" },

  // Líneas de postulación: la matriz madurez × tipo de ejecutor se configura en la etapa 1
  "linea.configurar": { quien: ["ADMIN"], etapas: ["DESARROLLO_CONCURSO"], descripcion: "Abrir o cerrar una línea y fijar su monto y documentos" },

  // Perfil: solo durante la Convocatoria (el plazo lo controla además la acción, con el calendario)
  "perfil.crearBorrador": { quien: ["POSTULANTE"], etapas: ["CONVOCATORIA"], descripcion: "Comenzar un perfil para un desafío" },
  "perfil.guardarBorrador": { quien: ["POSTULANTE"], etapas: ["CONVOCATORIA"], descripcion: "Guardar el borrador del perfil (autoguardado)" },
  "perfil.enviar": { quien: ["POSTULANTE"], etapas: ["CONVOCATORIA"], descripcion: "Enviar el perfil antes del cierre" },
  "perfil.retirar": { quien: ["POSTULANTE"], etapas: ["CONVOCATORIA"], descripcion: "Retirar un perfil enviado antes del cierre" },
  "adjunto.subir": { quien: ["POSTULANTE"], etapas: ["CONVOCATORIA"], descripcion: "Adjuntar un documento al perfil" },
  "adjunto.eliminar": { quien: ["POSTULANTE"], etapas: ["CONVOCATORIA"], descripcion: "Quitar un documento del borrador" },

  // Admisibilidad: el equipo FOSIS decide, con motivos, antes de salir de la Convocatoria
  "perfil.decidirAdmisibilidad": {
    quien: EQUIPO_FOSIS,
    etapas: ["CONVOCATORIA", "SELECCION_CONTRATACION"],
    descripcion: "Declarar un perfil admisible o inadmisible, con motivos",
  },

  // Talleres regionales y encuentros
  "taller.crear": { quien: EQUIPO_FOSIS, etapas: ETAPAS_EVENTOS, descripcion: "Crear un taller o evento" },
  "taller.inscribirse": { quien: "PUBLICO", etapas: ETAPAS_EVENTOS, descripcion: "Inscribirse en un taller (con lista de espera; sin cuenta, se confirma por correo)" },
  "taller.confirmarInscripcion": { quien: "PUBLICO", etapas: ETAPAS_EVENTOS, descripcion: "Confirmar una inscripción con el enlace enviado por correo" },
  "taller.cancelarInscripcion": { quien: CUALQUIER_CUENTA, etapas: ETAPAS_EVENTOS, descripcion: "Cancelar la propia inscripción" },
  "taller.marcarAsistencia": { quien: EQUIPO_FOSIS, etapas: ETAPAS_EVENTOS, descripcion: "Marcar la asistencia a un taller" },

  // Scouting: invitar a postulantes prometedores mientras se puede postular
  "scouting.invitar": { quien: EQUIPO_FOSIS, etapas: ["DESARROLLO_CONCURSO", "CONVOCATORIA"], descripcion: "Invitar por correo a un posible postulante" },

  // Organizaciones: la cuenta que registra un RUT lo reclama; otras se unen invitadas por un integrante o
  // aprobadas por un integrante o el equipo FOSIS (quién es integrante lo revisa cada acción, en sus datos).
  "organizacion.solicitarIngreso": { quien: ["POSTULANTE"], etapas: SIN_CIERRE, descripcion: "Pedir unirse a una organización registrada, por su RUT" },
  "organizacion.agregarMiembro": { quien: ["POSTULANTE"], etapas: SIN_CIERRE, descripcion: "Agregar a una cuenta como integrante de la propia organización" },
  "organizacion.resolverSolicitud": {
    quien: ["POSTULANTE", ...RESUELVEN_DISPUTAS],
    etapas: SIN_CIERRE,
    descripcion: "Aprobar o rechazar una solicitud para unirse a una organización (el equipo FOSIS puede además quitar a los demás integrantes)",
  },
} as const satisfies Record<string, Permiso>;

export type NombreAccion = keyof typeof PERMISOS;

export const NOMBRES_ACCION = Object.keys(PERMISOS) as NombreAccion[];

export type Decision = { ok: true } | { ok: false; motivo: "SESION" | "ROL" | "ETAPA" };

/** Role part of the rule: may these roles (null = not signed in) run the action at all? */
export function permiteRol(accion: NombreAccion, roles: readonly Rol[] | null): Decision {
  const p: Permiso = PERMISOS[accion];
  if (p.quien === "PUBLICO") return { ok: true };
  if (roles === null) return { ok: false, motivo: "SESION" };
  return p.quien.some((r) => roles.includes(r)) ? { ok: true } : { ok: false, motivo: "ROL" };
}

/** Etapa part of the rule: is the action open in this etapa at all, whoever asks? */
export function permiteEtapa(accion: NombreAccion, etapa: Etapa): boolean {
  return (PERMISOS[accion].etapas as readonly Etapa[]).includes(etapa);
}

/** The whole rule: role and etapa. */
export function puede(accion: NombreAccion, roles: readonly Rol[] | null, etapa: Etapa): Decision {
  const porRol = permiteRol(accion, roles);
  if (!porRol.ok) return porRol;
  return permiteEtapa(accion, etapa) ? { ok: true } : { ok: false, motivo: "ETAPA" };
}

/** May these roles resolve any organisation's join request, and disputes (not only their own organisation's)? */
export function resuelveDisputas(roles: readonly Rol[] | null): boolean {
  return !!roles && RESUELVEN_DISPUTAS.some((r) => roles.includes(r));
}

export { ROLES, ETAPAS };

/** Private areas of the site and who may open them (pages check this; proxy.ts only redirects early). */
export const VISTAS = {
  admin: ["ADMIN"],
  /** Staff screens: postulaciones, admisibilidad, talleres, scouting. */
  seguimiento: ["ADMIN", "ENCARGADO_TECNICO", "EVALUADOR"],
  postulante: ["POSTULANTE"],
} as const satisfies Record<string, readonly Rol[]>;

export type Vista = keyof typeof VISTAS;

export function puedeVer(vista: Vista, roles: readonly Rol[] | null): boolean {
  return !!roles && (VISTAS[vista] as readonly Rol[]).some((r) => roles.includes(r));
}
