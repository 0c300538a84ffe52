// The pilot's final report (sistematización, issue 14, CIERRE): what the team did, what it learned, the
// evidence of co-production, each baseline metric of the desafío with its result against the baseline and
// the pilot's target, the costs against the formulario completo's budget, and a recommendation (escalar /
// ajustar / descartar) with its reasons. One shape for the form, the autosave and the submission:
// - `contenidoSistematizacionSchema` is lenient (whatever was typed is kept);
// - `armarInforme` rebuilds the metric and cost rows from their sources (the desafío's baseline, the
//   formulario's targets and budget), keeping only what the team types (result, comment, executed amount):
//   a team cannot move its own baseline or target;
// - `revisarEnvioSistematizacion` is the submission's check, with Spanish errors keyed by the form's fields;
// - `avanceMetrica` says how far a pilot went from the baseline towards its target (the repository's chart).
// Pure: no I/O.
import { z } from "zod";
import { texto } from "@/lib/validation/campos";
import { MAX_PESOS } from "./avisos-borrador";
import { CATEGORIAS_PRESUPUESTO, NOMBRE_CATEGORIA, type CategoriaPresupuesto } from "./formulario-completo";
import { formatearNumero, parsearPesos } from "./formato";

export const RECOMENDACIONES = ["ESCALAR", "AJUSTAR", "DESCARTAR"] as const;
export type Recomendacion = (typeof RECOMENDACIONES)[number];

export const NOMBRE_RECOMENDACION: Record<Recomendacion, string> = { ESCALAR: "Escalar", AJUSTAR: "Ajustar", DESCARTAR: "Descartar" };
export const DESCRIPCION_RECOMENDACION: Record<Recomendacion, string> = {
  ESCALAR: "El piloto funcionó: conviene llevarlo a más personas o territorios.",
  AJUSTAR: "El piloto mostró resultados parciales: conviene repetirlo con cambios.",
  DESCARTAR: "El piloto no logró lo esperado: no conviene repetirlo así.",
};

export const ESTADOS_SISTEMATIZACION = ["BORRADOR", "ENVIADA", "OBSERVADA", "APROBADA"] as const;
export type EstadoSistematizacion = (typeof ESTADOS_SISTEMATIZACION)[number];
export const NOMBRE_ESTADO_SISTEMATIZACION: Record<EstadoSistematizacion, string> = {
  BORRADOR: "Borrador",
  ENVIADA: "Enviado a revisión",
  OBSERVADA: "Con observaciones",
  APROBADA: "Aprobado y publicado",
};

/** Text sections, with their labels and lengths (the form, the reader and the errors share them). */
export const SECCIONES = {
  loRealizado: { etiqueta: "Lo realizado", max: 6000 },
  aprendizajes: { etiqueta: "Aprendizajes", max: 6000 },
  evidenciaCoproduccion: { etiqueta: "Evidencia de co-producción", max: 6000 },
} as const;
export type Seccion = keyof typeof SECCIONES;

/** Least length of the recommendation's reasons. */
export const MIN_FUNDAMENTO = 30;
export const MAX_FUNDAMENTO = 4000;
/** Least length of staff's reasons when asking for changes. */
export const MIN_MOTIVO_OBSERVACION = 10;

const MAX_METRICAS = 30;
const MAX_COSTOS = CATEGORIAS_PRESUPUESTO.length;

/**
 * A number as a person types it or a target reads in text: "63,5", "63.5", "1.200", "-4", "40 %", "≥ 40".
 * The first number in the text; a comma is the decimal mark, dots group thousands when followed by three
 * digits ("1.200" is 1200, "63.5" is 63.5). null when there is none.
 */
export function leerNumero(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const t = v.normalize("NFKC").replace(/\s+/g, "");
  const m = t.match(/-?\d+(?:\.\d{3})+(?!\d)(?:,\d+)?|-?\d+(?:[.,]\d+)?/);
  if (!m) return null;
  let s = m[0];
  if (/^-?\d+(?:\.\d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else s = s.replace(",", ".");
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A result as typed: "" is none; otherwise it must be a number alone (no other words). */
const resultado = z.preprocess(
  (v) => {
    if (v === undefined || v === null) return null;
    if (typeof v === "string") {
      const t = v.trim();
      if (t === "") return null;
      return /^-?[\d.,\s]+\s*%?$/.test(t) ? (leerNumero(t) ?? Number.NaN) : Number.NaN;
    }
    return v;
  },
  z.number({ error: "El resultado va en números (use coma para los decimales)." }).refine(Number.isFinite, "El resultado va en números (use coma para los decimales).").nullable(),
);

/** An executed amount in pesos, as typed ("2.500.000") or as the pesos field gives it. */
const ejecutado = z.preprocess(
  (v) => {
    if (v === undefined || v === null || v === "") return null;
    if (typeof v === "string") return parsearPesos(v) ?? Number.NaN;
    return v;
  },
  z
    .number({ error: "El monto ejecutado va en pesos, solo con números." })
    .int("El monto ejecutado va en pesos, sin decimales.")
    .min(0, "El monto ejecutado no puede ser negativo.")
    .max(MAX_PESOS, "El monto ejecutado es demasiado grande.")
    .nullable(),
);

const numeroGuardado = z.number().nullable().catch(null);

/** One row per baseline metric of the desafío (lineaBase and meta come from the sources, never typed). */
export const resultadoMetricaSchema = z.object({
  metricaLineaBaseId: z.string().max(64).default(""),
  indicador: z.string().max(500).default(""),
  unidad: z.string().max(100).default(""),
  lineaBase: numeroGuardado.default(null),
  meta: numeroGuardado.default(null),
  /** The target as the formulario wrote it (e.g. "40 % al cierre"), for the reader. */
  metaTexto: z.string().max(300).default(""),
  resultado: resultado.default(null),
  comentario: texto("Comentario", 1000).default(""),
});

/** One row per budget category of the formulario (presupuestado from it; ejecutado typed). */
export const costoSchema = z.object({
  categoria: z.string().max(40).default(""),
  presupuestado: z.number().int().min(0).catch(0).default(0),
  ejecutado: ejecutado.default(null),
});

const recomendacion = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(RECOMENDACIONES, { error: "Elija escalar, ajustar o descartar." }).nullable());

/** The content as saved (lenient). */
export const contenidoSistematizacionSchema = z.object({
  loRealizado: texto(SECCIONES.loRealizado.etiqueta, SECCIONES.loRealizado.max).default(""),
  aprendizajes: texto(SECCIONES.aprendizajes.etiqueta, SECCIONES.aprendizajes.max).default(""),
  evidenciaCoproduccion: texto(SECCIONES.evidenciaCoproduccion.etiqueta, SECCIONES.evidenciaCoproduccion.max).default(""),
  resultadosMetricas: z.array(resultadoMetricaSchema).max(MAX_METRICAS, `Las métricas admiten como máximo ${MAX_METRICAS} filas.`).default([]),
  costos: z.array(costoSchema).max(MAX_COSTOS, `Los costos admiten como máximo ${MAX_COSTOS} filas.`).default([]),
  recomendacion: recomendacion.default(null),
  fundamentoRecomendacion: texto("El fundamento de la recomendación", MAX_FUNDAMENTO).default(""),
});

export type ContenidoSistematizacion = z.output<typeof contenidoSistematizacionSchema>;
export type EntradaSistematizacion = z.input<typeof contenidoSistematizacionSchema>;
export type ResultadoMetrica = ContenidoSistematizacion["resultadosMetricas"][number];
export type Costo = ContenidoSistematizacion["costos"][number];

/** The stored JSON of a row list (Sistematizacion.resultadosMetricas / costos); anything unreadable is []. */
function leerFilas<T extends z.ZodType>(schema: T, json: string | null | undefined): z.output<T>[] {
  if (!json) return [];
  try {
    const r = z.array(schema).safeParse(JSON.parse(json));
    return r.success ? r.data : [];
  } catch {
    return [];
  }
}
export const leerResultados = (json: string | null | undefined): ResultadoMetrica[] => leerFilas(resultadoMetricaSchema, json);
export const leerCostos = (json: string | null | undefined): Costo[] => leerFilas(costoSchema, json);

/** The row's columns as content (for the reader and the checks). */
export function contenidoDeFila(f: {
  loRealizado: string;
  aprendizajes: string;
  evidenciaCoproduccion: string;
  resultadosMetricas: string;
  costos: string;
  recomendacion: Recomendacion | null;
  fundamentoRecomendacion: string;
}): ContenidoSistematizacion {
  return {
    loRealizado: f.loRealizado,
    aprendizajes: f.aprendizajes,
    evidenciaCoproduccion: f.evidenciaCoproduccion,
    resultadosMetricas: leerResultados(f.resultadosMetricas),
    costos: leerCostos(f.costos),
    recomendacion: f.recomendacion,
    fundamentoRecomendacion: f.fundamentoRecomendacion,
  };
}

/** The sources of the rows a team does not type. */
export type FuentesInforme = {
  /** The desafío's baseline metrics (MetricaLineaBase), in their order. */
  metricasDesafio: readonly { id: string; indicador: string; unidad: string; valor: number }[];
  /** The formulario completo's metric targets (its `metricas`): the target text of each baseline metric. */
  metasFormulario: readonly { metricaLineaBaseId: string; meta: string }[];
  /** The formulario completo's budget items. */
  presupuesto: readonly { categoria: string; monto: number | null }[];
};

/**
 * The report's metric and cost rows rebuilt from their sources, with what the team typed (`escrito`:
 * results and comments by metric, executed amounts by category) kept; the text sections and the
 * recommendation pass through. Without `escrito`: the first open's prefill.
 */
export function armarInforme(fuentes: FuentesInforme, escrito?: Partial<ContenidoSistematizacion>): ContenidoSistematizacion {
  const filas = escrito?.resultadosMetricas ?? [];
  const porMetrica = new Map(filas.map((r) => [r.metricaLineaBaseId, r]));
  const vigentes = new Set(fuentes.metricasDesafio.map((m) => m.id));
  const resultadosMetricas: ResultadoMetrica[] = fuentes.metricasDesafio.map((m, i) => {
    const metaTexto = fuentes.metasFormulario.find((f) => f.metricaLineaBaseId === m.id && f.meta.trim() !== "")?.meta.trim() ?? "";
    // By metric; a row of a metric the desafío no longer has (its metrics were rewritten since the page
    // loaded) keeps its place: what was typed is not lost, and shows next to the metric now in that place.
    const enSuLugar = filas[i] && !vigentes.has(filas[i].metricaLineaBaseId) ? filas[i] : undefined;
    const previo = porMetrica.get(m.id) ?? enSuLugar;
    return {
      metricaLineaBaseId: m.id,
      indicador: m.indicador,
      unidad: m.unidad,
      lineaBase: m.valor,
      meta: leerNumero(metaTexto),
      metaTexto: metaTexto.slice(0, 300),
      resultado: previo?.resultado ?? null,
      comentario: previo?.comentario ?? "",
    };
  });
  const porCategoria = new Map((escrito?.costos ?? []).map((c) => [c.categoria, c]));
  const costos: Costo[] = [];
  for (const categoria of CATEGORIAS_PRESUPUESTO) {
    const partidas = fuentes.presupuesto.filter((p) => p.categoria === categoria);
    if (partidas.length === 0) continue;
    const presupuestado = partidas.reduce((s, p) => s + (typeof p.monto === "number" && Number.isFinite(p.monto) ? p.monto : 0), 0);
    costos.push({ categoria, presupuestado, ejecutado: porCategoria.get(categoria)?.ejecutado ?? null });
  }
  return {
    loRealizado: escrito?.loRealizado ?? "",
    aprendizajes: escrito?.aprendizajes ?? "",
    evidenciaCoproduccion: escrito?.evidenciaCoproduccion ?? "",
    resultadosMetricas,
    costos,
    recomendacion: escrito?.recomendacion ?? null,
    fundamentoRecomendacion: escrito?.fundamentoRecomendacion ?? "",
  };
}

export type ErroresSistematizacion = Record<string, string[]>;

const vacio = (s: string) => s.trim() === "";

/** The label of a budget category ("OPERACION" → "Gastos de operación"). */
export function nombreCategoria(c: string): string {
  return (NOMBRE_CATEGORIA as Record<string, string>)[c] ?? c;
}

/**
 * What the submission refuses, by field (empty: it may be sent): every text section, a result for every
 * metric, an executed amount for every budget category, the recommendation and its reasons (at least
 * MIN_FUNDAMENTO characters).
 */
export function revisarEnvioSistematizacion(c: ContenidoSistematizacion): ErroresSistematizacion {
  const e: ErroresSistematizacion = {};
  const falta = (campo: string, m: string) => void (e[campo] ??= []).push(m);
  for (const [campo, s] of Object.entries(SECCIONES) as [Seccion, (typeof SECCIONES)[Seccion]][]) {
    if (vacio(c[campo])) falta(campo, `${s.etiqueta} es obligatorio.`);
  }
  c.resultadosMetricas.forEach((m, i) => {
    if (m.resultado === null) falta(`resultadosMetricas.${i}.resultado`, `Indique el resultado de «${m.indicador || "la métrica"}».`);
  });
  c.costos.forEach((k, i) => {
    if (k.ejecutado === null) falta(`costos.${i}.ejecutado`, `Indique el monto ejecutado en ${nombreCategoria(k.categoria).toLowerCase()}.`);
  });
  if (c.recomendacion === null) falta("recomendacion", "Elija una recomendación: escalar, ajustar o descartar.");
  const largo = c.fundamentoRecomendacion.trim().length;
  if (largo === 0) falta("fundamentoRecomendacion", "Fundamente la recomendación.");
  else if (largo < MIN_FUNDAMENTO) falta("fundamentoRecomendacion", `El fundamento de la recomendación debe tener al menos ${MIN_FUNDAMENTO} caracteres (tiene ${largo}).`);
  return e;
}

/** Totals of the costs table (budgeted, executed: rows without an amount count 0). */
export function totalesCostos(costos: readonly Costo[]): { presupuestado: number; ejecutado: number } {
  return costos.reduce((t, c) => ({ presupuestado: t.presupuestado + c.presupuestado, ejecutado: t.ejecutado + (c.ejecutado ?? 0) }), { presupuestado: 0, ejecutado: 0 });
}

export type LogroMetrica = "SUPERADA" | "ALCANZADA" | "PARCIAL" | "SIN_AVANCE" | "RETROCESO" | "SIN_DATOS";
export const NOMBRE_LOGRO: Record<LogroMetrica, string> = {
  SUPERADA: "Meta superada",
  ALCANZADA: "Meta alcanzada",
  PARCIAL: "Avance parcial",
  SIN_AVANCE: "Sin avance",
  RETROCESO: "Retroceso respecto de la línea base",
  SIN_DATOS: "Sin datos suficientes",
};

export type AvanceMetrica = {
  /** Which way the target lies from the baseline: up, down (lower is better) or the same level. */
  sentido: "SUBIR" | "BAJAR" | "MANTENER" | null;
  /**
   * How much of the way from the baseline to the target the result went, in percent (one decimal): 100 is
   * the target, above 100 beyond it, negative away from it. null without the three numbers.
   */
  porcentaje: number | null;
  /** The same, bounded to 0..100: a bar's width. */
  barra: number;
  logro: LogroMetrica;
  /** One Spanish sentence for the chart's text alternative. */
  texto: string;
};

const redondear = (n: number) => Math.round(n * 10) / 10;

/**
 * How far a pilot went with one metric, from the desafío's baseline towards its target. Works both ways: a
 * target below the baseline (fewer caregivers overloaded) counts a lower result as progress. A target equal
 * to the baseline (keep a level) has no way to go: only a result equal to it counts as reached.
 */
export function avanceMetrica(lineaBase: number | null, meta: number | null, resultado: number | null): AvanceMetrica {
  const ok = (n: number | null): n is number => typeof n === "number" && Number.isFinite(n);
  if (!ok(lineaBase) || !ok(meta) || !ok(resultado)) {
    const sentido = ok(lineaBase) && ok(meta) ? (meta > lineaBase ? "SUBIR" : meta < lineaBase ? "BAJAR" : "MANTENER") : null;
    return { sentido, porcentaje: null, barra: 0, logro: "SIN_DATOS", texto: "Sin datos suficientes para comparar con la línea base y la meta." };
  }
  const n = (x: number) => formatearNumero(redondear(x));
  if (meta === lineaBase) {
    const igual = resultado === meta;
    return {
      sentido: "MANTENER",
      porcentaje: igual ? 100 : null,
      barra: igual ? 100 : 0,
      logro: igual ? "ALCANZADA" : "SIN_DATOS",
      texto: igual ? `La meta era mantener ${n(meta)} y el resultado fue ${n(resultado)}.` : `La meta era mantener ${n(meta)}; el resultado fue ${n(resultado)}.`,
    };
  }
  const sentido = meta > lineaBase ? "SUBIR" : "BAJAR";
  const porcentaje = redondear(((resultado - lineaBase) / (meta - lineaBase)) * 100);
  const logro: LogroMetrica = porcentaje > 100 ? "SUPERADA" : porcentaje === 100 ? "ALCANZADA" : porcentaje > 0 ? "PARCIAL" : porcentaje === 0 ? "SIN_AVANCE" : "RETROCESO";
  const texto = `Línea base ${n(lineaBase)}, meta ${n(meta)}, resultado ${n(resultado)}: ${
    logro === "RETROCESO" ? "se alejó de la meta" : `recorrió el ${formatearNumero(porcentaje)} % del camino a la meta`
  } (${NOMBRE_LOGRO[logro].toLowerCase()}).`;
  return { sentido, porcentaje, barra: Math.max(0, Math.min(100, porcentaje)), logro, texto };
}

/** Whether a category name is one of the formulario's. */
export function esCategoria(c: string): c is CategoriaPresupuesto {
  return (CATEGORIAS_PRESUPUESTO as readonly string[]).includes(c);
}

/** Most pilots a refusal to close the convocatoria names. */
export const MAX_PENDIENTES_NOMBRADOS = 5;

/**
 * The refusal to close a convocatoria while pilots' final reports are not approved (null: none missing):
 * how many are missing out of how many pilots, and which (up to five, then "y N más").
 */
export function mensajeCierrePendiente(pendientes: readonly { nombreProyecto: string; estado: EstadoSistematizacion | null }[], pilotos: number): string | null {
  if (pendientes.length === 0) return null;
  const nombrados = pendientes.slice(0, MAX_PENDIENTES_NOMBRADOS).map((p) => `«${p.nombreProyecto}» (${p.estado ? NOMBRE_ESTADO_SISTEMATIZACION[p.estado].toLowerCase() : "sin informe"})`);
  const resto = pendientes.length - nombrados.length;
  const cuantos = pendientes.length === 1 ? "falta 1 informe final aprobado" : `faltan ${pendientes.length} informes finales aprobados`;
  return `No se puede cerrar la convocatoria: ${cuantos} de ${pilotos} ${pilotos === 1 ? "piloto" : "pilotos"}: ${nombrados.join(", ")}${resto > 0 ? ` y ${resto} más` : ""}.`;
}
