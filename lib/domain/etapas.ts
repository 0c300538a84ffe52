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
  /** Perfiles admisibles a los que les faltan evaluaciones técnicas enviadas (perfilesSinEvaluaciones). */
  perfilesSinEvaluaciones: number;
  /** Rounds of selection whose acta every member present signed (RondaSeleccion CERRADA), by fase. */
  rondasCerradas: ("PRESELECCION" | "SELECCION_FINAL")[];
  /**
   * Names of the projects selected by the signed final acta that have no convenio with its signed document
   * (lib/convenio), in folio order.
   */
  seleccionadasSinConvenio: string[];
  /**
   * Names of the pilots (finally selected, with their signed convenio) that have a hito not yet closed
   * (lib/ejecucion: a hito closes when staff approve a progress report of it), in folio order.
   */
  pilotosConHitosAbiertos: string[];
};

/** How many projects without a convenio the precondition's message names (the rest are counted). */
export const MAX_SIN_CONVENIO_NOMBRADOS = 5;

/** "Falta el convenio firmado de 2 proyectos seleccionados: «A» y «B»." (the first five named, the rest counted). */
export function mensajeSinConvenio(nombres: readonly string[]): string {
  const n = nombres.length;
  const citados = nombres.slice(0, MAX_SIN_CONVENIO_NOMBRADOS).map((x) => `«${x}»`);
  const resto = n - citados.length;
  const lista = resto > 0 ? `${citados.join(", ")} y ${resto === 1 ? "1 más" : `${resto} más`}` : citados.length > 1 ? `${citados.slice(0, -1).join(", ")} y ${citados.at(-1)}` : citados[0];
  const cuantos = n === 1 ? "1 proyecto seleccionado" : `${n} proyectos seleccionados`;
  return `Cada proyecto seleccionado en el acta final debe tener su convenio registrado con el documento firmado: falta el de ${cuantos} (${lista}).`;
}

/** "Cada piloto debe tener todos sus hitos cumplidos…: 2 pilotos tienen hitos abiertos («A» y «B»)." (the first five named, the rest counted). */
export function mensajeHitosAbiertos(nombres: readonly string[]): string {
  const n = nombres.length;
  const citados = nombres.slice(0, MAX_SIN_CONVENIO_NOMBRADOS).map((x) => `«${x}»`);
  const resto = n - citados.length;
  const lista = resto > 0 ? `${citados.join(", ")} y ${resto === 1 ? "1 más" : `${resto} más`}` : citados.length > 1 ? `${citados.slice(0, -1).join(", ")} y ${citados.at(-1)}` : citados[0];
  const cuantos = n === 1 ? "1 piloto tiene hitos abiertos" : `${n} pilotos tienen hitos abiertos`;
  return `Cada piloto debe tener todos sus hitos cumplidos (con su reporte de avance aprobado) antes del Cierre: ${cuantos} (${lista}).`;
}

/**
 * Estados of a perfil declared admissible that is still in the selection: each must be technically evaluated
 * before leaving SELECCION_CONTRATACION (the committee's preselection comes after the evaluation).
 */
export const ESTADOS_POR_EVALUAR = ["ADMISIBLE", "PRESELECCIONADA", "NO_PRESELECCIONADA"] as const;

/**
 * Submitted evaluations a perfil needs: N per perfil, plus one per third review requested (a
 * TERCERA_REVISION assignment, even if it was later recused and handed to someone else).
 */
export function evaluacionesRequeridas(evaluadoresPorPerfil: number, tercerasRevisiones: number): number {
  return evaluadoresPorPerfil + tercerasRevisiones;
}

/** One admissible perfil's evaluations: third reviews requested, and evaluations submitted by evaluators not recused. */
export type EvaluacionesDePerfil = { tercerasRevisiones: number; enviadas: number };

/** How many admissible perfiles lack some of their required submitted evaluations (evaluacionesRequeridas). */
export function perfilesSinEvaluaciones(perfiles: readonly EvaluacionesDePerfil[], evaluadoresPorPerfil: number): number {
  return perfiles.filter((p) => p.enviadas < evaluacionesRequeridas(evaluadoresPorPerfil, p.tercerasRevisiones)).length;
}

type Precondicion = {
  /** Etapa a la que se quiere pasar. */
  hacia: Etapa;
  /** Texto en español que ve el administrador cuando no se cumple (puede contar lo que falta). */
  mensaje: string | ((r: ResumenConvocatoria) => string);
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
  {
    hacia: "FORMACION_INCUBACION",
    mensaje: (r) =>
      `Todos los perfiles admisibles deben tener sus evaluaciones técnicas enviadas: ${
        r.perfilesSinEvaluaciones === 1 ? "a 1 perfil le faltan evaluaciones" : `a ${r.perfilesSinEvaluaciones} perfiles les faltan evaluaciones`
      }.`,
    cumple: (r) => r.perfilesSinEvaluaciones === 0,
  },
  {
    hacia: "FORMACION_INCUBACION",
    mensaje: "El acta de preselección debe estar firmada por todos los miembros presentes del comité.",
    cumple: (r) => r.rondasCerradas.includes("PRESELECCION"),
  },
  {
    hacia: "EJECUCION",
    mensaje: "El acta de selección final debe estar firmada por todos los miembros presentes del comité.",
    cumple: (r) => r.rondasCerradas.includes("SELECCION_FINAL"),
  },
  {
    // "The pilot enters execution only with a convenio" (issue 13).
    hacia: "EJECUCION",
    mensaje: (r) => mensajeSinConvenio(r.seleccionadasSinConvenio),
    cumple: (r) => r.seleccionadasSinConvenio.length === 0,
  },
  {
    // "Entering CIERRE needs every pilot's hitos closed" (issue 14).
    hacia: "CIERRE",
    mensaje: (r) => mensajeHitosAbiertos(r.pilotosConHitosAbiertos),
    cumple: (r) => r.pilotosConHitosAbiertos.length === 0,
  },
];

export type EvaluacionAvance =
  | { puede: true; hacia: Etapa }
  | { puede: false; hacia: Etapa | null; faltantes: string[] };

export function evaluarAvance(r: ResumenConvocatoria): EvaluacionAvance {
  const hacia = siguienteEtapa(r.etapaActual);
  if (!hacia) return { puede: false, hacia: null, faltantes: ["La convocatoria ya está en su última etapa."] };
  const faltantes = PRECONDICIONES.filter((p) => p.hacia === hacia && !p.cumple(r)).map((p) => (typeof p.mensaje === "string" ? p.mensaje : p.mensaje(r)));
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
