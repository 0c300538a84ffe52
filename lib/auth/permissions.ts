// THE permission table: which roles may run which action in which etapa, and which rows each role may
// touch (its scope). The action pipeline reads it, the UI reads it to show or hide buttons, each feature's
// scope function (lib/<feature>/alcance.ts) turns the scope into a WHERE clause, and
// tests/unit/permissions.test.ts and tests/integration/permisos-matriz.test.ts walk every cell.
// A role, etapa or ownership check written by hand in a page or action is a defect: add a row here instead.
import { ETAPAS, type Etapa } from "@/lib/domain/etapas";
import { ROLES, type Rol } from "@/lib/domain/roles";

/**
 * Which of the rows an action (or a screen) may touch, per role. One function per feature turns it into a
 * WHERE clause, used by that feature's queries and actions alike (lib/postulaciones/alcance.ts…):
 * - "propio": the caller's own rows (their perfiles, registrations, organisations, requests);
 * - "asignado": rows assigned to the caller (a perfil with an AsignacionEvaluacion for that evaluator);
 * - "region": rows of the caller's region (User.regionCut);
 * - "todos": every row.
 * A row outside the caller's scope answers exactly like one that does not exist (404, "no encontrado").
 */
export type Alcance = "propio" | "asignado" | "region" | "todos";
export const ALCANCES = ["propio", "asignado", "region", "todos"] as const satisfies readonly Alcance[];

/** The roles that may do it (any one is enough), each with the rows it may touch. */
export type AlcancePorRol = { readonly [R in Rol]?: Alcance };

/** "PUBLICO": anyone, signed in or not (no caller's rows to scope). Otherwise the roles and their scope. */
export type QuienPuede = "PUBLICO" | AlcancePorRol;

export type Permiso = {
  quien: QuienPuede;
  etapas: readonly Etapa[];
  /** What the action does, in Spanish, for the admin's permission page. */
  descripcion: string;
};

const TODAS = ETAPAS;
const SIN_CIERRE = ETAPAS.filter((e) => e !== "CIERRE");
/** FOSIS staff: central admins and the technical lead, over every row. Regional evaluators are not staff (ADR 0003). */
const EQUIPO_FOSIS = { ADMIN: "todos", ENCARGADO_TECNICO: "todos" } as const;
const SOLO_ADMIN = { ADMIN: "todos" } as const;
/** Applicants, over their own perfiles, documents, organisations and requests. */
const POSTULANTE_PROPIO = { POSTULANTE: "propio" } as const;
/** Any signed-in account, whatever its roles, over its own rows. */
const CUALQUIER_CUENTA_PROPIO = Object.fromEntries(ROLES.map((r) => [r, "propio"])) as { readonly [R in Rol]: "propio" };
/** Talleres and encuentros run from the launch to the end of the pilots. */
const ETAPAS_EVENTOS = ["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION", "FORMACION_INCUBACION", "EJECUCION"] as const;

export const PERMISOS = {
  // Cuentas
  "cuenta.registrar": { quien: "PUBLICO", etapas: TODAS, descripcion: "Crear una cuenta de postulante" },
  "usuario.otorgarRol": { quien: SOLO_ADMIN, etapas: TODAS, descripcion: "Otorgar un rol a un usuario" },
  "usuario.revocarRol": { quien: SOLO_ADMIN, etapas: TODAS, descripcion: "Revocar un rol de un usuario" },

  // Convocatoria y etapas
  "convocatoria.configurar": {
    quien: SOLO_ADMIN,
    etapas: ["DESARROLLO_CONCURSO"],
    descripcion: "Fijar presupuesto, banda por proyecto, meta y ponderaciones",
  },
  "convocatoria.guardarCalendario": { quien: SOLO_ADMIN, etapas: SIN_CIERRE, descripcion: "Fijar las fechas de las seis etapas" },
  "convocatoria.avanzarEtapa": { quien: SOLO_ADMIN, etapas: SIN_CIERRE, descripcion: "Pasar a la etapa siguiente" },

  // Desafíos: solo se escriben en el taller de desafíos (etapa 1)
  "desafio.crear": { quien: SOLO_ADMIN, etapas: ["DESARROLLO_CONCURSO"], descripcion: "Crear un desafío" },
  "desafio.editar": { quien: SOLO_ADMIN, etapas: ["DESARROLLO_CONCURSO"], descripcion: "Editar un desafío y sus métricas" },
  "desafio.publicar": { quien: SOLO_ADMIN, etapas: ["DESARROLLO_CONCURSO"], descripcion: "Publicar o despublicar un desafío" },

  // Líneas de postulación: la matriz madurez × tipo de ejecutor se configura en la etapa 1
  "linea.configurar": { quien: SOLO_ADMIN, etapas: ["DESARROLLO_CONCURSO"], descripcion: "Abrir o cerrar una línea y fijar su monto y documentos" },

  // Perfil: solo durante la Convocatoria (el plazo lo controla además la acción, con el calendario)
  "perfil.crearBorrador": { quien: POSTULANTE_PROPIO, etapas: ["CONVOCATORIA"], descripcion: "Comenzar un perfil para un desafío" },
  "perfil.guardarBorrador": { quien: POSTULANTE_PROPIO, etapas: ["CONVOCATORIA"], descripcion: "Guardar el borrador del perfil (autoguardado)" },
  "perfil.enviar": { quien: POSTULANTE_PROPIO, etapas: ["CONVOCATORIA"], descripcion: "Enviar el perfil antes del cierre" },
  "perfil.retirar": { quien: POSTULANTE_PROPIO, etapas: ["CONVOCATORIA"], descripcion: "Retirar un perfil enviado antes del cierre" },
  "adjunto.subir": { quien: POSTULANTE_PROPIO, etapas: ["CONVOCATORIA"], descripcion: "Adjuntar un documento al perfil" },
  "adjunto.eliminar": { quien: POSTULANTE_PROPIO, etapas: ["CONVOCATORIA"], descripcion: "Quitar un documento del borrador" },

  // Admisibilidad: el equipo FOSIS decide, con motivos, antes de salir de la Convocatoria; un evaluador
  // regional, solo los perfiles de su región
  "perfil.decidirAdmisibilidad": {
    quien: { ...EQUIPO_FOSIS, EVALUADOR: "region" },
    etapas: ["CONVOCATORIA", "SELECCION_CONTRATACION"],
    descripcion: "Declarar un perfil admisible o inadmisible, con motivos",
  },

  // Talleres regionales y encuentros
  "taller.crear": { quien: EQUIPO_FOSIS, etapas: ETAPAS_EVENTOS, descripcion: "Crear un taller o evento" },
  "taller.inscribirse": { quien: "PUBLICO", etapas: ETAPAS_EVENTOS, descripcion: "Inscribirse en un taller (con lista de espera; sin cuenta, se confirma por correo)" },
  "taller.confirmarInscripcion": { quien: "PUBLICO", etapas: ETAPAS_EVENTOS, descripcion: "Confirmar una inscripción con el enlace enviado por correo" },
  "taller.marcarAsistencia": { quien: EQUIPO_FOSIS, etapas: ETAPAS_EVENTOS, descripcion: "Marcar la asistencia a un taller" },
  "taller.cancelarInscripcion": { quien: CUALQUIER_CUENTA_PROPIO, etapas: ETAPAS_EVENTOS, descripcion: "Cancelar la propia inscripción" },

  // Scouting: invitar a postulantes prometedores mientras se puede postular
  "scouting.invitar": { quien: EQUIPO_FOSIS, etapas: ["DESARROLLO_CONCURSO", "CONVOCATORIA"], descripcion: "Invitar por correo a un posible postulante" },

  // Organizaciones: la cuenta que registra un RUT lo reclama; otras se unen si aceptan la invitación de un
  // integrante, o si un integrante o el equipo FOSIS aprueban su solicitud (quién es integrante, y de quién
  // es cada invitación, lo revisa cada acción en sus datos).
  "organizacion.solicitarIngreso": { quien: POSTULANTE_PROPIO, etapas: SIN_CIERRE, descripcion: "Pedir unirse a una organización registrada, por su RUT" },
  "organizacion.agregarMiembro": { quien: POSTULANTE_PROPIO, etapas: SIN_CIERRE, descripcion: "Invitar a una cuenta de postulante a unirse a la propia organización (se une si acepta)" },
  "organizacion.aceptarInvitacion": { quien: POSTULANTE_PROPIO, etapas: SIN_CIERRE, descripcion: "Aceptar o rechazar una invitación propia para unirse a una organización" },
  "organizacion.resolverSolicitud": {
    quien: { POSTULANTE: "propio", ADMIN: "todos", ENCARGADO_TECNICO: "todos" },
    etapas: SIN_CIERRE,
    descripcion: "Aprobar o rechazar una solicitud para unirse a una organización (el equipo FOSIS puede además quitar a los demás integrantes)",
  },
} as const satisfies Record<string, Permiso>;

export type NombreAccion = keyof typeof PERMISOS;

/** The actions that require a session: their bodies receive a non-null user (lib/actions/pipeline.ts). */
export type AccionConSesion = { [N in NombreAccion]: (typeof PERMISOS)[N]["quien"] extends "PUBLICO" ? never : N }[NombreAccion];

export const NOMBRES_ACCION = Object.keys(PERMISOS) as NombreAccion[];

export type Decision = { ok: true } | { ok: false; motivo: "SESION" | "ROL" | "ETAPA" };

/** Role part of the rule: may these roles (null = not signed in) run the action at all? */
export function permiteRol(accion: NombreAccion, roles: readonly Rol[] | null): Decision {
  const quien: QuienPuede = PERMISOS[accion].quien;
  if (quien === "PUBLICO") return { ok: true };
  if (roles === null) return { ok: false, motivo: "SESION" };
  return roles.some((r) => quien[r] !== undefined) ? { ok: true } : { ok: false, motivo: "ROL" };
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
  return alcances("organizacion.resolverSolicitud", roles).includes("todos");
}

export { ROLES, ETAPAS };

/**
 * Private screens, who may open them and which rows each role sees there (pages check this; proxy.ts only
 * redirects early). What each role may see of personal data there is lib/auth/datos-personales.ts.
 */
export const VISTAS = {
  admin: SOLO_ADMIN,
  /** «Mis postulaciones», the perfil and «Mis organizaciones»: the applicant's own. */
  postulante: POSTULANTE_PROPIO,
  /** /seguimiento/postulaciones: the staff list, its chart and CSV export, and the review of each perfil. */
  postulaciones: { ...EQUIPO_FOSIS, EVALUADOR: "region" },
  /** /seguimiento/talleres: events with the names and e-mails of who registered. */
  talleres: EQUIPO_FOSIS,
  /** /seguimiento/scouting: the invitations sent, with the invitees' e-mails. */
  scouting: EQUIPO_FOSIS,
  /** /seguimiento/organizaciones: requests to join and disputes, with RUTs and e-mails; only who resolves them. */
  organizaciones: EQUIPO_FOSIS,
} as const satisfies Record<string, AlcancePorRol>;

export type Vista = keyof typeof VISTAS;

/** The staff area /seguimiento: its screens, in the order of its navigation. */
export const AREA_SEGUIMIENTO = ["postulaciones", "talleres", "scouting", "organizaciones"] as const satisfies readonly Vista[];

/** A row of either table that has a scope: an action that requires a session, or a screen. */
export type ReglaConAlcance = AccionConSesion | Vista;

/**
 * The scopes these roles hold in a row of PERMISOS or VISTAS, one per role named there (empty: none).
 * Their union is what the caller may touch; each feature's scope function builds its WHERE clause from it.
 */
export function alcances(regla: ReglaConAlcance, roles: readonly Rol[] | null): Alcance[] {
  const quien = (regla in VISTAS ? VISTAS[regla as Vista] : PERMISOS[regla as AccionConSesion].quien) as QuienPuede;
  if (!roles || quien === "PUBLICO") return [];
  return ALCANCES.filter((a) => roles.some((r) => quien[r] === a));
}

export function puedeVer(vista: Vista, roles: readonly Rol[] | null): boolean {
  return alcances(vista, roles).length > 0;
}

/** May these roles open some screen of /seguimiento (the header's link, the area's landing page)? */
export function puedeVerSeguimiento(roles: readonly Rol[] | null): boolean {
  return AREA_SEGUIMIENTO.some((v) => puedeVer(v, roles));
}
