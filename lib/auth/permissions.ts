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
/** The two rounds of selection: preselección (etapa 3) and selección final after demo day (etapa 4). */
const ETAPAS_SELECCION = ["SELECCION_CONTRATACION", "FORMACION_INCUBACION"] as const;
/** Formation modules are prepared once the preselection is known, and edited while teams take them. */
const ETAPAS_INCUBACION_PREPARACION = ["SELECCION_CONTRATACION", "FORMACION_INCUBACION"] as const;
const ETAPAS_EVENTOS = ["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION", "FORMACION_INCUBACION", "EJECUCION"] as const;

export const PERMISOS = {
  // Cuentas
  "cuenta.registrar": { quien: "PUBLICO", etapas: TODAS, descripcion: "Crear una cuenta de postulante" },
  "cuenta.solicitarCorreo": {
    quien: CUALQUIER_CUENTA_PROPIO,
    etapas: TODAS,
    descripcion: "Pedir el enlace que agrega un correo a la propia cuenta de ClaveÚnica (que no tiene)",
  },
  "cuenta.confirmarCorreo": { quien: CUALQUIER_CUENTA_PROPIO, etapas: TODAS, descripcion: "Confirmar, con el enlace recibido, el correo de la propia cuenta" },
  "usuario.otorgarRol": { quien: SOLO_ADMIN, etapas: TODAS, descripcion: "Otorgar un rol a un usuario" },
  "usuario.revocarRol": { quien: SOLO_ADMIN, etapas: TODAS, descripcion: "Revocar un rol de un usuario" },
  "usuario.verificarRut": {
    quien: SOLO_ADMIN,
    etapas: TODAS,
    descripcion: "Verificar en persona el RUT de una cuenta, con el motivo (la habilita para votar como afiliado)",
  },

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

  // Rúbrica y capacitación: la rúbrica se fija en la etapa 1; cada evaluador se calibra antes de evaluar
  "rubrica.guardar": {
    quien: SOLO_ADMIN,
    etapas: ["DESARROLLO_CONCURSO"],
    descripcion: "Fijar la rúbrica de evaluación técnica: criterios y pesos, ajustes de asignación y de atípicos, y perfiles de referencia",
  },
  "capacitacion.calibrar": {
    quien: { EVALUADOR: "propio" },
    etapas: ["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION"],
    descripcion: "Responder el ejercicio de calibración de la capacitación de evaluadores",
  },

  // Asignación de evaluadores (etapa 3): el equipo FOSIS asigna, pide terceras revisiones y reasigna; el
  // evaluador declara un conflicto de interés sobre un perfil suyo y el perfil se reasigna solo
  "evaluacion.asignar": { quien: EQUIPO_FOSIS, etapas: ["SELECCION_CONTRATACION"], descripcion: "Asignar evaluadores a los perfiles admisibles que aún no los tienen" },
  "evaluacion.declararConflicto": {
    quien: { EVALUADOR: "asignado" },
    etapas: ["SELECCION_CONTRATACION"],
    descripcion: "Declarar un conflicto de interés con un perfil asignado (se reasigna a otro evaluador)",
  },
  "evaluacion.pedirTerceraRevision": {
    quien: EQUIPO_FOSIS,
    etapas: ["SELECCION_CONTRATACION"],
    descripcion: "Pedir una evaluación más de un perfil ya evaluado (tercera revisión)",
  },
  "evaluacion.reasignar": { quien: EQUIPO_FOSIS, etapas: ["SELECCION_CONTRATACION"], descripcion: "Pasar a otro evaluador una evaluación aún no enviada" },

  // Evaluación técnica: solo quien tiene el perfil asignado (sin recusar) y aprobó la capacitación
  // (lib/capacitacion/gate.ts, que cada acción exige además de esta fila), y solo en la etapa 3.
  "evaluacion.guardarBorrador": {
    quien: { EVALUADOR: "asignado" },
    etapas: ["SELECCION_CONTRATACION"],
    descripcion: "Guardar el borrador de la evaluación de un perfil asignado (autoguardado)",
  },
  "evaluacion.enviar": {
    quien: { EVALUADOR: "asignado" },
    etapas: ["SELECCION_CONTRATACION"],
    descripcion: "Enviar la evaluación de un perfil asignado (después no se puede modificar)",
  },

  // Votación popular (etapa 3): las reglas se fijan antes del primer voto; vota un afiliado con su RUT
  // verificado (ClaveÚnica o el personal), dentro de la ventana (lib/votacion/reglas.ts, que la acción exige
  // además de esta fila)
  "votacion.configurar": {
    quien: SOLO_ADMIN,
    etapas: ["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION"],
    descripcion: "Fijar la ventana, el ámbito y la cantidad de votos de la votación popular (hasta el primer voto)",
  },
  "voto.emitir": { quien: { AFILIADO: "propio" }, etapas: ["SELECCION_CONTRATACION"], descripcion: "Votar por un perfil admisible en la votación popular" },

  // Selección (issue 12): one round per etapa, same machinery: the preselección for incubation in
  // SELECCION_CONTRATACION, the selección final after demo day in FORMACION_INCUBACION (lib/domain/seleccion.ts
  // faseDeEtapa). A human committee decides: staff prepare the round, members present decide and sign; the
  // round's state (ABIERTA → EN_FIRMA → CERRADA) is checked by each action under a lock on the round's row.
  // The committee has no row on evaluations or votes: it cannot edit them.
  "seleccion.prepararRonda": {
    quien: { ADMIN: "todos", COMITE: "todos" },
    etapas: ETAPAS_SELECCION,
    descripcion: "Preparar la ronda de selección: presupuesto, máximo por desafío, miembros presentes y la cartera sugerida por el optimizador",
  },
  "seleccion.decidir": {
    quien: { COMITE: "todos" },
    etapas: ETAPAS_SELECCION,
    descripcion: "Decidir un perfil (seleccionada, lista de espera, no seleccionada), con el fundamento si se aparta de la sugerencia",
  },
  "seleccion.adoptarSugerencia": {
    quien: { COMITE: "todos" },
    etapas: ETAPAS_SELECCION,
    descripcion: "Adoptar la cartera sugerida para los perfiles aún sin decisión",
  },
  "acta.generar": { quien: { COMITE: "todos" }, etapas: ETAPAS_SELECCION, descripcion: "Generar el acta de la ronda y abrirla a la firma de los miembros presentes" },
  "acta.firmar": {
    quien: { COMITE: "propio" },
    etapas: ETAPAS_SELECCION,
    descripcion: "Firmar el acta como miembro presente, de acuerdo o con una disidencia fundada; la última firma cierra la ronda",
  },
  "acta.retirar": { quien: { COMITE: "todos" }, etapas: ETAPAS_SELECCION, descripcion: "Retirar un acta aún no firmada por todos, con el motivo, para corregir decisiones" },

  // Formación e incubación (issue 13; lib/incubacion, lib/formulario, lib/demo-day, lib/convenio). Only the
  // perfiles preselected in the signed preselection acta take part (lib/incubacion/preseleccionadas.ts).
  // A mentor's "asignado" rows are their live mentorías; a juror's, the demo days they sit on
  // (lib/incubacion/alcance.ts); a team's "propio", its own perfil.
  "formacion.guardarModulo": {
    quien: EQUIPO_FOSIS,
    etapas: ETAPAS_INCUBACION_PREPARACION,
    descripcion: "Crear o editar un módulo del programa de formación (o cargar los cuatro módulos base)",
  },
  "formacion.completarModulo": { quien: POSTULANTE_PROPIO, etapas: ["FORMACION_INCUBACION"], descripcion: "Marcar un módulo de formación como completado por el equipo" },
  "mentor.registrarse": {
    quien: CUALQUIER_CUENTA_PROPIO,
    etapas: SIN_CIERRE,
    descripcion: "Inscribirse (o actualizar la inscripción) en el pool de mentores: hélice, región, experiencia y disponibilidad",
  },
  "mentor.invitar": { quien: EQUIPO_FOSIS, etapas: SIN_CIERRE, descripcion: "Invitar por correo a una persona a inscribirse como mentora" },
  "mentor.revisar": { quien: EQUIPO_FOSIS, etapas: SIN_CIERRE, descripcion: "Aprobar (otorga el rol de mentor) o rechazar una inscripción en el pool de mentores" },
  "mentoria.asignar": {
    quien: EQUIPO_FOSIS,
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Asignar (o reasignar) un mentor aprobado a un equipo preseleccionado",
  },
  "mentoria.declararConflicto": {
    quien: { MENTOR: "asignado" },
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Declarar un conflicto de interés con un equipo asignado: la mentoría queda recusada",
  },
  "mentoria.registrarSesion": {
    quien: { MENTOR: "asignado" },
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Registrar (o corregir, mientras el equipo no la confirme) una sesión semanal de mentoría",
  },
  "mentoria.confirmarSesion": { quien: POSTULANTE_PROPIO, etapas: ["FORMACION_INCUBACION"], descripcion: "Confirmar como equipo una sesión de mentoría registrada" },
  "mentoria.enviarAlertas": {
    quien: EQUIPO_FOSIS,
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Enviar por correo las alertas de semanas de mentoría sin sesión a mentores y equipos",
  },
  "formulario.guardarBorrador": {
    quien: POSTULANTE_PROPIO,
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Guardar el borrador del formulario completo (autoguardado; solo perfiles preseleccionados)",
  },
  "formulario.enviar": { quien: POSTULANTE_PROPIO, etapas: ["FORMACION_INCUBACION"], descripcion: "Enviar el formulario completo antes del plazo" },
  "demoDay.asignarJurado": {
    quien: EQUIPO_FOSIS,
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Sumar una persona al jurado de un demo day regional, con su hélice (le otorga el rol de jurado)",
  },
  "demoDay.declararConflicto": {
    quien: { JURADO: "asignado" },
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Declarar un conflicto de interés con un pitch del propio demo day: no lo califica",
  },
  "demoDay.calificar": {
    quien: { JURADO: "asignado" },
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Calificar un pitch del propio demo day con la rúbrica del jurado (1,0 a 7,0 por criterio)",
  },
  "convenio.registrar": {
    quien: EQUIPO_FOSIS,
    etapas: ["FORMACION_INCUBACION"],
    descripcion: "Registrar el convenio de un proyecto seleccionado: monto adjudicado, fechas, responsable y el PDF firmado",
  },

  // Ejecución y cierre (issue 14; lib/ejecucion, lib/sistematizacion, lib/exportaciones, lib/datos-personales).
  // A pilot is a finally selected project with its signed convenio (lib/convenio/exigir.ts). The team's
  // "propio" is its own pilot; a mentor's "asignado", the pilots of their live mentorías.
  "ejecucion.prepararHitos": {
    quien: EQUIPO_FOSIS,
    etapas: ["EJECUCION"],
    descripcion: "Crear los hitos de los pilotos con convenio desde el cronograma de su formulario completo",
  },
  "hito.reportarAvance": { quien: POSTULANTE_PROPIO, etapas: ["EJECUCION"], descripcion: "Reportar el avance de un hito del propio piloto, con evidencia" },
  "hito.revisarReporte": {
    quien: EQUIPO_FOSIS,
    etapas: ["EJECUCION"],
    descripcion: "Aprobar un reporte de avance (cierra el hito) o pedir cambios con el motivo",
  },
  "seguimiento.anotar": {
    quien: { MENTOR: "asignado", ...EQUIPO_FOSIS },
    etapas: ["EJECUCION"],
    descripcion: "Dejar una nota de seguimiento en un piloto (su mentor o el equipo FOSIS)",
  },
  "ejecucion.enviarRecordatorios": {
    quien: EQUIPO_FOSIS,
    etapas: ["EJECUCION"],
    descripcion: "Enviar por correo los recordatorios de hitos por vencer y los avisos de hitos atrasados",
  },
  "taller.compartirMaterial": {
    quien: EQUIPO_FOSIS,
    etapas: [...ETAPAS_EVENTOS, "CIERRE"],
    descripcion: "Compartir el material de un encuentro o taller con quienes se inscribieron",
  },
  "sistematizacion.guardarBorrador": {
    quien: POSTULANTE_PROPIO,
    etapas: ["CIERRE"],
    descripcion: "Guardar el borrador del informe final del piloto (autoguardado)",
  },
  "sistematizacion.enviar": { quien: POSTULANTE_PROPIO, etapas: ["CIERRE"], descripcion: "Enviar el informe final del piloto a revisión" },
  "sistematizacion.revisar": {
    quien: EQUIPO_FOSIS,
    etapas: ["CIERRE"],
    descripcion: "Aprobar un informe final (se publica en el repositorio de aprendizajes) o pedir cambios con el motivo",
  },
  "convocatoria.cerrar": {
    quien: SOLO_ADMIN,
    etapas: ["CIERRE"],
    descripcion: "Cerrar la convocatoria cuando todos los informes finales están aprobados (queda en el historial)",
  },
  "convocatoria.crearSiguiente": {
    quien: SOLO_ADMIN,
    etapas: ["EJECUCION", "CIERRE"],
    descripcion: "Crear la convocatoria del año siguiente desde la configuración de esta (sin copiar los desafíos)",
  },
  "exportacion.solicitar": {
    quien: EQUIPO_FOSIS,
    etapas: TODAS,
    descripcion: "Generar un informe por Mesa Compromiso País, las fichas de evaluación ex ante o los datos abiertos",
  },
  "datos.solicitar": {
    quien: CUALQUIER_CUENTA_PROPIO,
    etapas: TODAS,
    descripcion: "Pedir la rectificación o la supresión de los propios datos personales (Ley 21.719)",
  },
  "datos.rectificar": { quien: CUALQUIER_CUENTA_PROPIO, etapas: TODAS, descripcion: "Corregir el propio nombre y región" },
  "datos.resolver": {
    quien: SOLO_ADMIN,
    etapas: TODAS,
    descripcion: "Resolver una solicitud de datos personales: suprimir (datos personales borrados, registros seudónimos) o rechazar con el motivo",
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
  /**
   * /evaluador: the perfiles assigned to the evaluator (not recused), to read and score; only once they
   * passed the capacitación (lib/capacitacion/gate.ts, checked by each page and action).
   */
  evaluador: { EVALUADOR: "asignado" },
  /** /seguimiento/evaluacion: progress, outliers and score distributions, with evaluators' names; its CSV of per-criterion scores. */
  evaluacion: EQUIPO_FOSIS,
  /** /seguimiento/asignaciones: who evaluates which perfil, each evaluator's load, the bulk assignment and reassignment. */
  asignaciones: EQUIPO_FOSIS,
  /** /comite/evaluaciones: technical score, per-criterion scores and comments of each admissible perfil, evaluators anonymised. */
  comite: { COMITE: "todos", ...EQUIPO_FOSIS },
  /**
   * /comite/seleccion: the consolidated ranking (evaluators anonymised, vote counts), the optimiser's suggestion,
   * what-if runs, the decisions and the acta. Staff see it to prepare the round; only the committee decides and signs.
   */
  seleccion: { COMITE: "todos", ADMIN: "todos" },
  /** /admin/votacion/integridad: the recount, the sealed batches and the suspicious-burst report (pseudonymous voters, IP-hash prefixes). */
  votacionIntegridad: SOLO_ADMIN,
  /** /api/exportes/votos: the anonymised votes (CSV, JSON, Pabulib), pseudonymous voters only. */
  exporteVotos: EQUIPO_FOSIS,
  /** /seguimiento/incubacion: every preselected team's modules, mentor, sessions 0–8 with alerts, formulario, demo-day grades and convenio; the mentor pool. */
  incubacion: EQUIPO_FOSIS,
  /** /mentor: the mentor's own live mentorías (teams, perfil, sessions); nobody else's. */
  mentor: { MENTOR: "asignado" },
  /** /jurado: the demo days the juror sits on, their pitches and the juror's own grades. */
  jurado: { JURADO: "asignado" },
  /** /postulante/incubacion: the team's own modules, mentor sessions to confirm and formulario completo. */
  equipo: POSTULANTE_PROPIO,
  /** /seguimiento/ejecucion: every pilot with its hitos (late ones highlighted), reports to review, final reports. */
  ejecucion: EQUIPO_FOSIS,
  /** /postulante/piloto: the team's own pilot: hitos, reports, notes, final report. */
  piloto: POSTULANTE_PROPIO,
  /** /mentor/pilotos: the pilots of the mentor's live mentorías, to follow and annotate. */
  mentorPiloto: { MENTOR: "asignado" },
  /** /seguimiento/exportaciones: the Mesa reports, ex-ante sheets and open-data files, with their progress. */
  exportaciones: EQUIPO_FOSIS,
  /** /admin/datos-personales: the data-subject requests with their deadlines. */
  solicitudesDatos: SOLO_ADMIN,
} as const satisfies Record<string, AlcancePorRol>;

export type Vista = keyof typeof VISTAS;

/** The staff area /seguimiento: its screens, in the order of its navigation. */
export const AREA_SEGUIMIENTO = ["postulaciones", "talleres", "scouting", "organizaciones", "evaluacion", "asignaciones", "incubacion", "ejecucion", "exportaciones"] as const satisfies readonly Vista[];

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
