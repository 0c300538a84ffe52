// The formulario completo (issue 13): what a preselected team writes during incubation, building on its
// frozen perfil. One shape for the form (react-hook-form), the autosave and the submission:
// - `contenidoSchema` is lenient, like the perfil's draft: whatever was typed is kept (empty rows too);
// - `revisarEnvio` is the submission's check: every section complete, each baseline metric of the desafío
//   covered by a target, and the budget items summing EXACTLY to the perfil's requested amount, which must
//   be inside the convocatoria's band. It returns Spanish errors keyed by the form's field names
//   ("metricas.0.meta"), so the form puts each one next to its field.
// Pure: no I/O. The fingerprint's text is `textoParaHuella` (canonical JSON, lib/domain/json-canonico.ts).
import { z } from "zod";
import { texto } from "@/lib/validation/campos";
import { MAX_PESOS } from "./avisos-borrador";
import { formatearClp, parsearPesos } from "./formato";
import { jsonCanonico } from "./json-canonico";

export const CATEGORIAS_PRESUPUESTO = ["RECURSOS_HUMANOS", "OPERACION", "INVERSION", "DIFUSION", "ADMINISTRACION"] as const;
export type CategoriaPresupuesto = (typeof CATEGORIAS_PRESUPUESTO)[number];

export const NOMBRE_CATEGORIA: Record<CategoriaPresupuesto, string> = {
  RECURSOS_HUMANOS: "Recursos humanos",
  OPERACION: "Gastos de operación",
  INVERSION: "Inversión (equipos y materiales)",
  DIFUSION: "Difusión",
  ADMINISTRACION: "Administración",
};

/** Labels of the text sections, shared by the form, the reader and the errors. */
export const ETIQUETAS = {
  "teoriaCambio.problema": { etiqueta: "Problema que aborda el piloto", max: 3000 },
  "teoriaCambio.actividades": { etiqueta: "Actividades", max: 3000 },
  "teoriaCambio.resultados": { etiqueta: "Resultados esperados", max: 3000 },
  "teoriaCambio.impacto": { etiqueta: "Impacto", max: 3000 },
  modeloSostenibilidad: { etiqueta: "Modelo de sostenibilidad", max: 4000 },
  planCoproduccion: { etiqueta: "Plan de co-producción con las personas usuarias", max: 4000 },
} as const;

/** Most rows a repeatable section keeps (a bound on what one save may write). */
export const MAX_FILAS = { metricas: 30, presupuesto: 100, cronograma: 60, equipo: 40, riesgos: 40 } as const;

/** Longest week number of a hito (two years). */
export const MAX_SEMANA = 104;

const libre = (campo: string, max: number) => texto(campo, max).default("");

/** An amount as the pesos field gives it (integer or null), or as typed ("2.500.000"); unreadable is none. */
const montoPartida = z.preprocess(
  (v) => {
    if (v === undefined || v === null || v === "") return null;
    if (typeof v === "string") return parsearPesos(v);
    return v;
  },
  z
    .number({ error: "El monto de la partida va en pesos, solo con números." })
    .int("El monto de la partida va en pesos, sin decimales.")
    .min(0, "El monto de la partida no puede ser negativo.")
    .max(MAX_PESOS, "El monto de la partida es demasiado grande.")
    .nullable(),
);

/** A week number as a number input gives it ("3", "" or 3). */
const semana = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : typeof v === "string" ? Number(v) : v),
  z
    .number({ error: "La semana va en números." })
    .int("La semana va en números enteros.")
    .min(1, "La semana va desde la 1.")
    .max(MAX_SEMANA, `La semana va hasta la ${MAX_SEMANA}.`)
    .nullable(),
);

/** "" (no date) or a real "YYYY-MM-DD" from a date input. */
const fecha = z
  .string()
  .default("")
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T12:00:00Z`).toISOString().slice(0, 10) === v), "Ingrese una fecha válida.");

const metrica = z.object({
  metricaLineaBaseId: z.string().max(64).default(""),
  lineaBase: libre("Línea base", 200),
  meta: libre("Meta", 200),
  unidad: libre("Unidad", 60),
  medioVerificacion: libre("Medio de verificación", 500),
});

const partida = z.object({
  item: libre("Ítem", 200),
  categoria: z.string().max(40).default(""),
  monto: montoPartida.default(null),
});

const hito = z.object({
  titulo: libre("Título del hito", 200),
  descripcion: libre("Descripción del hito", 1000),
  semana: semana.default(null),
  fecha,
});

const integrante = z.object({
  nombre: libre("Nombre", 120),
  rol: libre("Rol", 120),
  dedicacion: libre("Dedicación", 120),
});

const riesgo = z.object({
  riesgo: libre("Riesgo", 1000),
  mitigacion: libre("Mitigación", 1000),
});

const filas = <T extends z.ZodType>(fila: T, max: number, nombre: string) => z.array(fila).max(max, `${nombre} admite como máximo ${max} filas.`).default([]);

/** The content as saved (lenient: anything half-written is kept). */
export const contenidoSchema = z.object({
  teoriaCambio: z
    .object({
      problema: libre(ETIQUETAS["teoriaCambio.problema"].etiqueta, ETIQUETAS["teoriaCambio.problema"].max),
      actividades: libre(ETIQUETAS["teoriaCambio.actividades"].etiqueta, ETIQUETAS["teoriaCambio.actividades"].max),
      resultados: libre(ETIQUETAS["teoriaCambio.resultados"].etiqueta, ETIQUETAS["teoriaCambio.resultados"].max),
      impacto: libre(ETIQUETAS["teoriaCambio.impacto"].etiqueta, ETIQUETAS["teoriaCambio.impacto"].max),
    })
    .default({ problema: "", actividades: "", resultados: "", impacto: "" }),
  modeloSostenibilidad: libre(ETIQUETAS.modeloSostenibilidad.etiqueta, ETIQUETAS.modeloSostenibilidad.max),
  planCoproduccion: libre(ETIQUETAS.planCoproduccion.etiqueta, ETIQUETAS.planCoproduccion.max),
  metricas: filas(metrica, MAX_FILAS.metricas, "Métricas"),
  presupuesto: filas(partida, MAX_FILAS.presupuesto, "El presupuesto"),
  cronograma: filas(hito, MAX_FILAS.cronograma, "El cronograma"),
  equipo: filas(integrante, MAX_FILAS.equipo, "El equipo"),
  riesgos: filas(riesgo, MAX_FILAS.riesgos, "Los riesgos"),
});

export type ContenidoFormulario = z.output<typeof contenidoSchema>;
export type EntradaContenido = z.input<typeof contenidoSchema>;
export type MetricaFormulario = ContenidoFormulario["metricas"][number];
export type PartidaPresupuesto = ContenidoFormulario["presupuesto"][number];

/** An empty formulario: every section blank, no rows. */
export function contenidoVacio(): ContenidoFormulario {
  return contenidoSchema.parse({});
}

/** The stored JSON (FormularioCompleto.contenido) as content; anything unreadable reads as empty. */
export function leerContenido(json: string | null | undefined): ContenidoFormulario {
  if (!json) return contenidoVacio();
  try {
    const r = contenidoSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : contenidoVacio();
  } catch {
    return contenidoVacio();
  }
}

/** Sum of the budget items' amounts (an item without an amount counts 0). */
export function totalPresupuesto(partidas: readonly { monto: number | null }[]): number {
  return partidas.reduce((s, p) => s + (typeof p.monto === "number" && Number.isFinite(p.monto) ? p.monto : 0), 0);
}

/**
 * The budget against the requested amount: null when they match; else the Spanish sentence with the
 * difference in CLP ("Las partidas suman $24.500.000 y el monto solicitado es $25.000.000: faltan $500.000.").
 */
export function diferenciaPresupuesto(total: number, solicitado: number): string | null {
  if (total === solicitado) return null;
  const diferencia = formatearClp(Math.abs(solicitado - total));
  return `Las partidas suman ${formatearClp(total)} y el monto solicitado es ${formatearClp(solicitado)}: ${total < solicitado ? "faltan" : "sobran"} ${diferencia}.`;
}

export type ContextoEnvio = {
  /** The desafío's baseline metrics (MetricaLineaBase): each must be covered by a target. */
  metricasDesafio: readonly { id: string; indicador: string }[];
  /** The perfil's requested amount (Postulacion.montoSolicitado). */
  montoSolicitado: number | null;
  /** The convocatoria's band (montoMinProyecto..montoMaxProyecto). */
  banda: { min: number; max: number };
};

export type ErroresEnvio = Record<string, string[]>;

const vacio = (s: string) => s.trim() === "";

/**
 * What the submission refuses, by field (empty: it may be sent). Keys are the form's field names; a
 * section-wide error is keyed by the section ("presupuesto", "metricas").
 */
export function revisarEnvio(c: ContenidoFormulario, ctx: ContextoEnvio): ErroresEnvio {
  const e: ErroresEnvio = {};
  const falta = (campo: string, mensaje: string) => void (e[campo] ??= []).push(mensaje);

  const textos: Record<keyof typeof ETIQUETAS, string> = {
    "teoriaCambio.problema": c.teoriaCambio.problema,
    "teoriaCambio.actividades": c.teoriaCambio.actividades,
    "teoriaCambio.resultados": c.teoriaCambio.resultados,
    "teoriaCambio.impacto": c.teoriaCambio.impacto,
    modeloSostenibilidad: c.modeloSostenibilidad,
    planCoproduccion: c.planCoproduccion,
  };
  for (const [campo, valor] of Object.entries(textos) as [keyof typeof ETIQUETAS, string][]) {
    if (vacio(valor)) falta(campo, `${ETIQUETAS[campo].etiqueta} es obligatorio.`);
  }

  // Metrics: each row tied to one of the desafío's baseline metrics and complete; each of those covered.
  const ids = new Set(ctx.metricasDesafio.map((m) => m.id));
  c.metricas.forEach((m, i) => {
    if (!ids.has(m.metricaLineaBaseId)) falta(`metricas.${i}.metricaLineaBaseId`, "Elija una métrica de la línea base del desafío.");
    if (vacio(m.lineaBase)) falta(`metricas.${i}.lineaBase`, "Indique la línea base.");
    if (vacio(m.meta)) falta(`metricas.${i}.meta`, "Indique la meta.");
    if (vacio(m.unidad)) falta(`metricas.${i}.unidad`, "Indique la unidad.");
    if (vacio(m.medioVerificacion)) falta(`metricas.${i}.medioVerificacion`, "Indique el medio de verificación.");
  });
  const cubiertas = new Set(c.metricas.filter((m) => !vacio(m.meta)).map((m) => m.metricaLineaBaseId));
  for (const m of ctx.metricasDesafio) {
    if (!cubiertas.has(m.id)) falta("metricas", `Falta una meta para la métrica «${m.indicador}» de la línea base del desafío.`);
  }

  // Budget: complete items, summing exactly to the requested amount, which is inside the band.
  if (c.presupuesto.length === 0) falta("presupuesto", "Agregue al menos una partida de presupuesto.");
  c.presupuesto.forEach((p, i) => {
    if (vacio(p.item)) falta(`presupuesto.${i}.item`, "Indique el ítem.");
    if (!(CATEGORIAS_PRESUPUESTO as readonly string[]).includes(p.categoria)) falta(`presupuesto.${i}.categoria`, "Elija la categoría de la partida.");
    if (p.monto === null || p.monto <= 0) falta(`presupuesto.${i}.monto`, "Indique el monto de la partida, en pesos.");
  });
  if (ctx.montoSolicitado === null) {
    falta("montoSolicitado", "El perfil no tiene un monto solicitado: el presupuesto no se puede comparar.");
  } else {
    if (ctx.montoSolicitado < ctx.banda.min || ctx.montoSolicitado > ctx.banda.max) {
      falta(
        "montoSolicitado",
        `El monto solicitado (${formatearClp(ctx.montoSolicitado)}) está fuera de la banda de la convocatoria: entre ${formatearClp(ctx.banda.min)} y ${formatearClp(ctx.banda.max)}.`,
      );
    }
    if (c.presupuesto.length > 0) {
      const diferencia = diferenciaPresupuesto(totalPresupuesto(c.presupuesto), ctx.montoSolicitado);
      if (diferencia) falta("presupuesto", diferencia);
    }
  }

  // Schedule, team and risks: at least one complete row each.
  if (c.cronograma.length === 0) falta("cronograma", "Agregue al menos un hito al cronograma.");
  c.cronograma.forEach((h, i) => {
    if (vacio(h.titulo)) falta(`cronograma.${i}.titulo`, "Indique el título del hito.");
    if (vacio(h.descripcion)) falta(`cronograma.${i}.descripcion`, "Describa el hito.");
    if (h.semana === null && h.fecha === "") falta(`cronograma.${i}.semana`, "Indique la semana o la fecha del hito.");
  });
  if (c.equipo.length === 0) falta("equipo", "Agregue al menos una persona al equipo.");
  c.equipo.forEach((p, i) => {
    if (vacio(p.nombre)) falta(`equipo.${i}.nombre`, "Indique el nombre.");
    if (vacio(p.rol)) falta(`equipo.${i}.rol`, "Indique el rol.");
    if (vacio(p.dedicacion)) falta(`equipo.${i}.dedicacion`, "Indique la dedicación (por ejemplo, 20 horas semanales).");
  });
  if (c.riesgos.length === 0) falta("riesgos", "Agregue al menos un riesgo con su mitigación.");
  c.riesgos.forEach((r, i) => {
    if (vacio(r.riesgo)) falta(`riesgos.${i}.riesgo`, "Describa el riesgo.");
    if (vacio(r.mitigacion)) falta(`riesgos.${i}.mitigacion`, "Indique cómo se mitiga.");
  });
  return e;
}

/** What the fingerprint covers: the perfil's identity (convocatoria, folio, id) and the content sent. */
export type ContenidoHuella = { convocatoria: number; folio: number | null; postulacionId: string; contenido: ContenidoFormulario };

/** The canonical JSON the SHA-256 fingerprint is taken of: the same content always gives the same text. */
export function textoParaHuella(d: ContenidoHuella): string {
  return jsonCanonico({ tipo: "formulario-completo", ...d });
}
