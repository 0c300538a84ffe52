// The rubric form (rubrica.guardar): criteria with weights that add up to 100 %, the evaluation settings
// and the reference perfiles of the calibration. Shared by the admin form and the action.
import { z } from "zod";
import { REGLAS_REGION, type ReglaRegion } from "@/lib/domain/asignacion";
import { esNotaValida } from "@/lib/domain/nota";
import { errorPesos, type CriterioBase, type EjemploCriterio } from "@/lib/domain/rubrica";
import { slugify } from "@/lib/domain/slug";
import { textoRequerido } from "@/lib/validation/campos";

/** The calibration exercise always has this many reference perfiles (issue 10). */
export const PERFILES_REFERENCIA = 3;
export const MAX_CRITERIOS = 12;
export const MAX_EJEMPLOS = 6;
/**
 * Stable key of a criterion: lowercase words joined by hyphens ("aprendizaje-escalamiento"), with at least
 * one letter: the scoring form names its fields by key, and react-hook-form reads an all-digit key ("12")
 * as an array index.
 */
export const FORMATO_CLAVE = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A blank field is "not given"; a typed "5,5" is read as 5.5 (how decimals are written in Chile). */
function numeroEscrito(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const t = v.trim();
  return t === "" ? undefined : Number(t.replace(",", "."));
}

/** A grade on the Chilean scale, 1,0–7,0 with one decimal; typed with a comma or a point. */
export const nota = (campo: string) =>
  z.preprocess(
    numeroEscrito,
    z
      .number({ error: `${campo}: ingrese una nota de 1,0 a 7,0.` })
      .refine(esNotaValida, `${campo}: la nota debe estar entre 1,0 y 7,0, con un decimal como máximo.`),
  );

const decimal = (campo: string, min: number, max: number) =>
  z.preprocess(
    numeroEscrito,
    z
      .number({ error: `${campo} debe ser un número.` })
      .min(min, `${campo} debe ser al menos ${String(min).replace(".", ",")}.`)
      .max(max, `${campo} no puede superar ${String(max).replace(".", ",")}.`),
  );

const entero = (campo: string, min: number, max: number) =>
  z.preprocess(
    numeroEscrito,
    z
      .number({ error: `${campo} debe ser un número.` })
      .int(`${campo} debe ser un número entero.`)
      .min(min, `${campo} debe ser al menos ${min}.`)
      .max(max, `${campo} no puede superar ${max}.`),
  );

const ejemploSchema = z.object({
  nota: nota("La nota del ejemplo"),
  texto: textoRequerido("El texto del ejemplo", 2000),
});

const criterioSchema = z
  .object({
    /** Blank for a new criterion: derived from its name. */
    clave: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(60, "La clave admite como máximo 60 caracteres.").optional()),
    nombre: textoRequerido("El nombre del criterio", 120),
    descripcion: textoRequerido("La descripción del criterio", 1000),
    orientacion: textoRequerido("La orientación para evaluar", 4000),
    peso: entero("El peso", 1, 100),
    ejemplos: z.array(ejemploSchema, { error: "Los ejemplos no son válidos." }).max(MAX_EJEMPLOS, `Como máximo ${MAX_EJEMPLOS} ejemplos por criterio.`).default([]),
  })
  .transform((c) => ({ ...c, clave: c.clave ?? slugify(c.nombre) }));

const referenciaSchema = z.object({
  titulo: textoRequerido("El título del perfil de referencia", 160),
  resumen: textoRequerido("El resumen del perfil de referencia", 4000),
  /** One grade per criterion, in the order of the criteria. */
  notas: z.array(nota("La nota de referencia"), { error: "Ingrese las notas de referencia." }),
});

export const guardarRubricaSchema = z
  .object({
    nombre: textoRequerido("El nombre de la rúbrica", 160),
    evaluadoresPorPerfil: entero("Los evaluadores por perfil", 1, 5),
    topeEvaluador: entero("El tope de perfiles por evaluador", 1, 2000),
    reglaRegion: z.enum(REGLAS_REGION as [ReglaRegion, ...ReglaRegion[]], { error: "Elija una regla de región." }),
    umbralCalibracion: decimal("El umbral de calibración", 0.1, 3),
    limiteIndulgencia: decimal("El límite de indulgencia", 0.5, 10),
    minMuestra: entero("La muestra mínima", 1, 500),
    brechaDiscrepancia: decimal("La brecha de discrepancia", 0.1, 6),
    normalizar: z.enum(["si", "no"], { error: "Indique si el puntaje técnico se normaliza por evaluador." }),
    criterios: z
      .array(criterioSchema, { error: "Agregue al menos un criterio." })
      .min(1, "Agregue al menos un criterio.")
      .max(MAX_CRITERIOS, `Como máximo ${MAX_CRITERIOS} criterios.`)
      .superRefine((criterios, ctx) => {
        const error = errorPesos(criterios.map((c) => c.peso));
        if (error) ctx.addIssue({ code: "custom", message: error });
        const vistas = new Set<string>();
        criterios.forEach((c, i) => {
          if (!FORMATO_CLAVE.test(c.clave)) {
            ctx.addIssue({ code: "custom", path: [i, "clave"], message: "La clave usa solo minúsculas sin tildes, números y guiones, con al menos una letra (por ejemplo «co-produccion»)." });
          } else if (vistas.has(c.clave)) {
            ctx.addIssue({ code: "custom", path: [i, "clave"], message: `Hay dos criterios con la clave «${c.clave}»: cambie el nombre o la clave de uno.` });
          }
          vistas.add(c.clave);
        });
      }),
    referencias: z
      .array(referenciaSchema, { error: `Describa los ${PERFILES_REFERENCIA} perfiles de referencia.` })
      .length(PERFILES_REFERENCIA, `La calibración usa exactamente ${PERFILES_REFERENCIA} perfiles de referencia.`),
  })
  .superRefine((v, ctx) => {
    v.referencias.forEach((r, i) => {
      if (r.notas.length !== v.criterios.length) {
        ctx.addIssue({ code: "custom", path: ["referencias", i, "notas"], message: `Ingrese una nota de referencia para cada uno de los ${v.criterios.length} criterios.` });
      }
    });
  });

export type GuardarRubricaEntrada = z.input<typeof guardarRubricaSchema>;
export type GuardarRubricaDatos = z.output<typeof guardarRubricaSchema>;

// Stored JSON columns (Criterio.ejemplos, PerfilReferencia.notas): read defensively, a malformed value is empty.

export function leerEjemplos(json: string): EjemploCriterio[] {
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v)) return [];
    return v.filter((e): e is EjemploCriterio => typeof e === "object" && e !== null && typeof e.nota === "number" && typeof e.texto === "string");
  } catch {
    return [];
  }
}

/** { [clave del criterio]: nota } */
export function leerNotasReferencia(json: string): Record<string, number> {
  try {
    const v: unknown = JSON.parse(json);
    if (typeof v !== "object" || v === null || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter(([, n]) => typeof n === "number" && esNotaValida(n)));
  } catch {
    return {};
  }
}

/** "0,7": a decimal as it is written in Chile, for the forms' text fields. */
export const conComa = (n: number | string) => String(n).replace(".", ",");

/** The form's starting criteria from the defaults of lib/domain/rubrica.ts (a fresh, editable copy). */
export function criteriosEditables(criterios: readonly CriterioBase[]) {
  return criterios.map((c) => ({ clave: c.clave, nombre: c.nombre, descripcion: c.descripcion, orientacion: c.orientacion, peso: c.peso, ejemplos: c.ejemplos.map((e) => ({ ...e })) }));
}
