// The demo day's forms (issue 13, item 5), shared by the client forms and the actions.
import { z } from "zod";
import { CLAVES_DEMO_DAY, HELICES, MENSAJE_FALTA_NOTA_DEMO_DAY, MENSAJE_NOTA_DEMO_DAY, type NotasDemoDay } from "@/lib/domain/demo-day";
import { parsearNota, esNotaValida } from "@/lib/domain/nota";
import { email, id, textoOpcional, textoRequerido } from "@/lib/validation/campos";

export const COMENTARIO_DEMO_DAY_MAX = 3000;
export const DETALLE_CONFLICTO_MAX = 1000;

/** The field of a criterion's grade (form paths and the action's field errors). */
export const campoNotaDemoDay = (clave: string) => `notas.${clave}`;

export const asignarJuradoSchema = z.object({
  eventoId: id,
  email,
  helice: z.enum(HELICES, { error: "Seleccione la hélice de la persona: Estado, academia, empresa o sociedad civil." }),
});

export const declararConflictoDemoDaySchema = z.object({
  eventoId: id,
  postulacionId: id,
  detalle: textoRequerido("El detalle del conflicto", DETALLE_CONFLICTO_MAX),
});

/** A grade as typed ("5,5", "5.5", " 6 ") or as a number → the number; missing or invalid is an issue. */
const notaCriterio = z.union([z.string().max(20), z.number(), z.null(), z.undefined()], { error: MENSAJE_NOTA_DEMO_DAY }).transform((v, ctx) => {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) {
    ctx.addIssue({ code: "custom", message: MENSAJE_FALTA_NOTA_DEMO_DAY });
    return z.NEVER;
  }
  const n = typeof v === "number" ? (esNotaValida(v) ? v : null) : parsearNota(v);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: MENSAJE_NOTA_DEMO_DAY });
    return z.NEVER;
  }
  return n;
});

export const calificarSchema = z.object({
  eventoId: id,
  postulacionId: id,
  // Exactly the rubric's criteria: an unknown key is refused (strictObject).
  notas: z.strictObject(Object.fromEntries(CLAVES_DEMO_DAY.map((c) => [c, notaCriterio])) as Record<keyof NotasDemoDay, typeof notaCriterio>, {
    error: (i) => (i.code === "unrecognized_keys" ? "Ese criterio no es parte de la rúbrica del jurado." : "Ponga una nota a cada criterio."),
  }),
  comentario: textoOpcional("El comentario", COMENTARIO_DEMO_DAY_MAX),
});
