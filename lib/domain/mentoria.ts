// The 8 weekly mentoring sessions of a preselected team (issue 13), without I/O: progress 0–8, which weeks
// are overdue, and which approved mentors to suggest for a team. Read by lib/mentoria (actions, queries)
// and the pages of /mentor, /postulante/incubacion/mentoria and /seguimiento/incubacion.

export const SEMANAS_MENTORIA = 8;
/** Days after a week ends before its missing session counts as missed. */
export const DIAS_GRACIA = 2;
const DIA = 86_400_000;

export type SesionBreve = { semana: number; confirmadaEn: Date | null };

export type Progreso = {
  /** Sessions the team confirmed: the progress, 0–8. */
  confirmadas: number;
  /** Logged by the mentor, not yet confirmed by the team. */
  porConfirmar: number;
};

/** Progress of a mentoría: confirmed sessions (the 0–8 count) and the logged ones awaiting the team. */
export function progresoMentoria(sesiones: readonly SesionBreve[]): Progreso {
  let confirmadas = 0;
  let porConfirmar = 0;
  for (const s of sesiones) {
    if (s.semana < 1 || s.semana > SEMANAS_MENTORIA) continue;
    if (s.confirmadaEn) confirmadas += 1;
    else porConfirmar += 1;
  }
  return { confirmadas, porConfirmar };
}

/** The instant week `semana` (1–8) is due by: the start plus 7·semana days plus the grace days. */
export function venceSemana(inicio: Date, semana: number): Date {
  return new Date(inicio.getTime() + (7 * semana + DIAS_GRACIA) * DIA);
}

/** Weeks (ascending) already past their due instant at `hoy` without a logged session. */
export function semanasAtrasadas(inicio: Date, hoy: Date, sesiones: readonly { semana: number }[]): number[] {
  const registradas = new Set(sesiones.map((s) => s.semana));
  const out: number[] = [];
  for (let k = 1; k <= SEMANAS_MENTORIA; k++) {
    if (!registradas.has(k) && hoy.getTime() > venceSemana(inicio, k).getTime()) out.push(k);
  }
  return out;
}

export type EstadoSemana = "confirmada" | "registrada" | "atrasada" | "pendiente";
export const NOMBRE_ESTADO_SEMANA: Record<EstadoSemana, string> = {
  confirmada: "Confirmada por el equipo",
  registrada: "Registrada, por confirmar",
  atrasada: "Atrasada: sin sesión",
  pendiente: "Pendiente",
};

/** The 8 weeks with their state, for the mentor's and staff's screens. */
export function estadoSemanas(inicio: Date, hoy: Date, sesiones: readonly SesionBreve[]): { semana: number; estado: EstadoSemana; vence: Date }[] {
  const porSemana = new Map(sesiones.map((s) => [s.semana, s]));
  const atrasadas = new Set(semanasAtrasadas(inicio, hoy, sesiones));
  return Array.from({ length: SEMANAS_MENTORIA }, (_, i) => {
    const semana = i + 1;
    const s = porSemana.get(semana);
    const estado: EstadoSemana = s ? (s.confirmadaEn ? "confirmada" : "registrada") : atrasadas.has(semana) ? "atrasada" : "pendiente";
    return { semana, estado, vence: venceSemana(inicio, semana) };
  });
}

// ---------------------------------------------------------------------------------------------------
// Mentor suggestions.

const VACIAS = new Set(
  (
    "para por con sin sobre entre desde hasta hacia como cuando donde porque pero sino también tambien " +
    "este esta estos estas ese esa esos esas aquel aquella una uno unos unas los las del que quien cual cuales " +
    "más mas muy sus nuestro nuestra nuestros nuestras otro otra otros otras todo toda todos todas cada " +
    "ser son está estan están tiene tienen hay han fue era sea puede pueden hacer sobre según segun ante bajo " +
    "personas persona proyecto proyectos región region regional comuna"
  ).split(/\s+/),
);

/** The distinct keywords of a text: lower case, without accents, words of 4+ letters that say something. */
export function palabrasClave(texto: string): Set<string> {
  const limpio = texto
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
  const out = new Set<string>();
  for (const w of limpio.split(/[^a-z0-9ñ]+/)) {
    if (w.length >= 4 && !VACIAS.has(w)) out.add(w);
  }
  return out;
}

export type MentorCandidato = {
  userId: string;
  nombre: string;
  regionCut: string;
  /** Expertise topics (keys or labels) and the free-text experience. */
  temas: readonly string[];
  experiencia: string;
  maxEquipos: number;
  /** Live mentorías the mentor has now. */
  vivas: number;
};

export type EquipoParaSugerir = {
  /** The regions the team's perfil runs in (and its desafío's region). */
  regiones: readonly string[];
  /** The desafío's and the perfil's text: title, summary, problem, solution. */
  texto: string;
};

export type Sugerencia = {
  userId: string;
  nombre: string;
  mismaRegion: boolean;
  /** Keywords the mentor's expertise shares with the team's text, sorted. */
  coincidencias: string[];
  /** Spare capacity: maxEquipos − live mentorías (always ≥ 1 in a suggestion). */
  cupo: number;
};

const COMPARAR_NOMBRE = new Intl.Collator("es-CL", { sensitivity: "base" });

/**
 * Approved mentors ranked for a team: same region first, then more expertise keywords shared with the
 * team's desafío and perfil, then more spare capacity, then by name (then id, so the order is total).
 * Mentors without spare capacity and those in `excluir` (already recused with the team) are left out.
 */
export function sugerirMentores(equipo: EquipoParaSugerir, mentores: readonly MentorCandidato[], opciones: { excluir?: ReadonlySet<string>; limite?: number } = {}): Sugerencia[] {
  const claves = palabrasClave(equipo.texto);
  const regiones = new Set(equipo.regiones);
  const filas: (Sugerencia & { id: string })[] = [];
  for (const m of mentores) {
    if (opciones.excluir?.has(m.userId)) continue;
    const cupo = m.maxEquipos - m.vivas;
    if (cupo <= 0) continue;
    const propias = palabrasClave([...m.temas].join(" ") + " " + m.experiencia);
    const coincidencias = [...propias].filter((w) => claves.has(w)).sort();
    filas.push({ id: m.userId, userId: m.userId, nombre: m.nombre, mismaRegion: regiones.has(m.regionCut), coincidencias, cupo });
  }
  filas.sort(
    (a, b) =>
      Number(b.mismaRegion) - Number(a.mismaRegion) ||
      b.coincidencias.length - a.coincidencias.length ||
      b.cupo - a.cupo ||
      COMPARAR_NOMBRE.compare(a.nombre, b.nombre) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const limite = opciones.limite ?? filas.length;
  return filas.slice(0, limite).map(({ id: _id, ...s }) => s);
}

