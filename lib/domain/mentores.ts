// The mentor pool (issue 13, etapa 4): the fixed list of mentoring topics a mentor offers, the four helices
// and the limits of a registration. Pure data and rules, no I/O: the actions (lib/mentores/actions), the
// registration form and the staff's suggestions read them.
import { HELICES, NOMBRE_HELICE, type Helice } from "./helices";

/** The topics a mentor may offer, by key (stored as a JSON list in MentorPerfil.temas). */
export const TEMAS_MENTORIA = [
  { clave: "teoria-cambio", nombre: "Teoría de cambio" },
  { clave: "sostenibilidad", nombre: "Modelo de sostenibilidad y financiamiento" },
  { clave: "coproduccion", nombre: "Co-producción con usuarios y comunidades" },
  { clave: "metricas", nombre: "Métricas, línea de base y evaluación" },
  { clave: "presupuesto", nombre: "Presupuesto y gestión financiera" },
  { clave: "gestion-proyectos", nombre: "Gestión de proyectos y cronogramas" },
  { clave: "tecnologia", nombre: "Tecnología y herramientas digitales" },
  { clave: "comunicaciones", nombre: "Comunicaciones y pitch" },
  { clave: "politica-publica", nombre: "Política pública y articulación con el Estado" },
  { clave: "alianzas", nombre: "Alianzas con empresas y redes locales" },
  { clave: "legal", nombre: "Aspectos legales y de constitución" },
  { clave: "inclusion", nombre: "Inclusión, género y pertinencia territorial" },
] as const;

export type TemaMentoria = (typeof TEMAS_MENTORIA)[number]["clave"];
export const CLAVES_TEMAS = TEMAS_MENTORIA.map((t) => t.clave) as [TemaMentoria, ...TemaMentoria[]];

const NOMBRE_TEMA = new Map<string, string>(TEMAS_MENTORIA.map((t) => [t.clave, t.nombre]));

/** The topic's name, or its key when it is no longer on the list. */
export function nombreTema(clave: string): string {
  return NOMBRE_TEMA.get(clave) ?? clave;
}

export { HELICES, NOMBRE_HELICE };
export type HeliceMentor = Helice;

export const ESTADOS_MENTOR = ["PENDIENTE", "APROBADO", "RECHAZADO"] as const;
export type EstadoMentorPool = (typeof ESTADOS_MENTOR)[number];
export const NOMBRE_ESTADO_MENTOR: Record<EstadoMentorPool, string> = {
  PENDIENTE: "Pendiente de revisión",
  APROBADO: "Aprobada",
  RECHAZADO: "Rechazada",
};

/** Weekly hours a mentor may offer, and how many teams they may take. */
export const HORAS_SEMANA = { min: 1, max: 40 } as const;
export const MAX_EQUIPOS = { min: 1, max: 5 } as const;

/** Reads MentorPerfil.temas (a JSON list of keys): only known keys, in the list's order; anything else is none. */
export function leerTemas(json: string | null | undefined): TemaMentoria[] {
  let crudo: unknown;
  try {
    crudo = JSON.parse(json ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(crudo)) return [];
  const dados = new Set(crudo.filter((x): x is string => typeof x === "string"));
  return CLAVES_TEMAS.filter((c) => dados.has(c));
}

/** The value stored in MentorPerfil.temas: known keys only, without repeats, in the list's order. */
export function escribirTemas(temas: readonly string[]): string {
  const dados = new Set(temas);
  return JSON.stringify(CLAVES_TEMAS.filter((c) => dados.has(c)));
}

/**
 * The state a registration takes when the person sends it: a new one, or one rejected before, waits for
 * review again; an approved one stays approved (updating availability does not send a mentor back to the queue).
 */
export function estadoTrasInscripcion(anterior: EstadoMentorPool | null): EstadoMentorPool {
  return anterior === "APROBADO" ? "APROBADO" : "PENDIENTE";
}

/** The pool in the order staff review it: pending first (oldest first), then approved, then rejected. */
export function ordenarPool<T extends { estado: EstadoMentorPool; createdAt: Date; nombre: string }>(pool: readonly T[]): T[] {
  const rango: Record<EstadoMentorPool, number> = { PENDIENTE: 0, APROBADO: 1, RECHAZADO: 2 };
  return [...pool].sort(
    (a, b) => rango[a.estado] - rango[b.estado] || a.createdAt.getTime() - b.createdAt.getTime() || a.nombre.localeCompare(b.nombre, "es"),
  );
}
