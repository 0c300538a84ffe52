// Las seis etapas del Fondo IDEA y sus transiciones. Módulo puro: recibe un resumen de datos
// (lo arma lib/convocatoria/queries.ts) y dice si se puede avanzar y qué falta.

export const ETAPAS = [
  "DESARROLLO_CONCURSO",
  "CONVOCATORIA",
  "SELECCION_CONTRATACION",
  "FORMACION_INCUBACION",
  "EJECUCION",
  "CIERRE",
] as const;

export type Etapa = (typeof ETAPAS)[number];

export const NOMBRE_ETAPA: Record<Etapa, string> = {
  DESARROLLO_CONCURSO: "Desarrollo del concurso",
  CONVOCATORIA: "Convocatoria",
  SELECCION_CONTRATACION: "Selección y contratación",
  FORMACION_INCUBACION: "Formación e incubación",
  EJECUCION: "Ejecución",
  CIERRE: "Cierre",
};

export const DESCRIPCION_ETAPA: Record<Etapa, string> = {
  DESARROLLO_CONCURSO: "Se escriben los desafíos con sus métricas de línea base y se configuran líneas, rúbrica y calendario.",
  CONVOCATORIA: "Lanzamiento público: las personas y organizaciones envían su perfil y participan en talleres regionales.",
  SELECCION_CONTRATACION: "Admisibilidad, evaluación técnica, votación popular y preselección del comité.",
  FORMACION_INCUBACION: "Talleres, mentorías de 8 semanas, formulario completo, demo day y selección final.",
  EJECUCION: "Los pilotos se ejecutan, con hitos, reportes de avance y acompañamiento de mentores.",
  CIERRE: "Sistematización de los pilotos, resultados frente a la línea base y repositorio de aprendizajes.",
};

export function indiceEtapa(e: Etapa): number {
  return ETAPAS.indexOf(e);
}

export function siguienteEtapa(e: Etapa): Etapa | null {
  return ETAPAS[indiceEtapa(e) + 1] ?? null;
}

/** Hechos que las precondiciones necesitan; cada issue agrega los suyos aquí. */
export type ResumenConvocatoria = {
  etapaActual: Etapa;
  desafiosPublicados: number;
  /** Etapas con fecha de inicio y fin en el calendario. */
  etapasConFechas: Etapa[];
  /** Perfiles enviados (estado ENVIADA) que aún no tienen decisión de admisibilidad. */
  perfilesSinDecision: number;
};

type Precondicion = {
  /** Etapa a la que se quiere pasar. */
  hacia: Etapa;
  /** Texto en español que ve el administrador cuando no se cumple. */
  mensaje: string;
  cumple: (r: ResumenConvocatoria) => boolean;
};

// Reglas del fondo para avanzar. "No hay CONVOCATORIA sin desafíos publicados ni calendario" (SPEC.md).
export const PRECONDICIONES: Precondicion[] = [
  {
    hacia: "CONVOCATORIA",
    mensaje: "Debe haber al menos un desafío publicado.",
    cumple: (r) => r.desafiosPublicados > 0,
  },
  {
    hacia: "CONVOCATORIA",
    mensaje: "El calendario debe tener fechas de inicio y término para las seis etapas.",
    cumple: (r) => ETAPAS.every((e) => r.etapasConFechas.includes(e)),
  },
  {
    hacia: "SELECCION_CONTRATACION",
    mensaje: "Todos los perfiles enviados deben tener una decisión de admisibilidad.",
    cumple: (r) => r.perfilesSinDecision === 0,
  },
];

export type EvaluacionAvance =
  | { puede: true; hacia: Etapa }
  | { puede: false; hacia: Etapa | null; faltantes: string[] };

export function evaluarAvance(r: ResumenConvocatoria): EvaluacionAvance {
  const hacia = siguienteEtapa(r.etapaActual);
  if (!hacia) return { puede: false, hacia: null, faltantes: ["La convocatoria ya está en su última etapa."] };
  const faltantes = PRECONDICIONES.filter((p) => p.hacia === hacia && !p.cumple(r)).map((p) => p.mensaje);
  return faltantes.length ? { puede: false, hacia, faltantes } : { puede: true, hacia };
}

/** Un calendario es válido si cada etapa termina después de empezar y las etapas van en orden. */
export function erroresCalendario(fechas: Partial<Record<Etapa, { inicio: Date; fin: Date }>>): string[] {
  const errores: string[] = [];
  let finAnterior: Date | null = null;
  for (const e of ETAPAS) {
    const f = fechas[e];
    if (!f) continue;
    if (f.fin <= f.inicio) errores.push(`${NOMBRE_ETAPA[e]}: el término debe ser posterior al inicio.`);
    if (finAnterior && f.inicio < finAnterior) errores.push(`${NOMBRE_ETAPA[e]}: no puede comenzar antes de que termine la etapa anterior.`);
    finAnterior = f.fin;
  }
  return errores;
}
