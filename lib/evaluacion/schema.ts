// One schema per form of the evaluación técnica (issue 10), shared by the scoring form (react-hook-form)
// and the actions. The draft is lenient (whatever was typed is kept; an unreadable grade comes back as a
// warning next to its field); the submission is strict. Grades are keyed by the criterion's `clave`,
// stable across edits of the rubric (lib/domain/rubrica.ts), as the calibration's reference grades are.
import { z } from "zod";
import { esNotaValida, parsearNota } from "@/lib/domain/nota";
import { id, texto } from "@/lib/validation/campos";

export const CONFIANZAS = ["BAJA", "MEDIA", "ALTA"] as const;
export type Confianza = (typeof CONFIANZAS)[number];
export const NOMBRE_CONFIANZA: Record<Confianza, string> = { BAJA: "Baja", MEDIA: "Media", ALTA: "Alta" };

export const COMENTARIO_CRITERIO_MAX = 2000;
export const COMENTARIO_MAX = 4000;

export const MENSAJE_NOTA = "La nota debe ir de 1,0 a 7,0, con un decimal como máximo (por ejemplo, 5,5).";
export const MENSAJE_FALTA_NOTA = "Ponga una nota a este criterio.";
export const MENSAJE_CONFIANZA = "Indique su confianza en esta evaluación.";
export const MENSAJE_ENVIADA = "Esta evaluación ya fue enviada: no se puede modificar.";
export const MENSAJE_VERSION = "Esta evaluación cambió en otra pestaña o dispositivo. Recargue la página para ver la versión más reciente.";
export const MENSAJE_NO_ENCONTRADA = "No encontramos ese perfil entre sus asignaciones.";

/** The field a criterion's grade or comment is in (form paths and the actions' field errors). */
export const campoNota = (clave: string) => `puntajes.${clave}.nota`;
export const campoComentario = (clave: string) => `puntajes.${clave}.comentario`;

/**
 * A criterion's key (lib/rubrica/schema.ts FORMATO_CLAVE), not made only of digits: react-hook-form reads
 * such a path segment as an array index, which would turn the grades' object into an array.
 */
const clave = z.string().regex(/^(?!\d+$)[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, "Criterio inválido.");

/** A grade as typed ("5,5", "5.5", " 6 ") or as a number; empty is no grade. */
const notaEscrita = z.union([z.string().max(20, MENSAJE_NOTA), z.number(), z.null()], { error: MENSAJE_NOTA });

export type LecturaNota = { nota: number | null; aviso: string | null };

/** A draft's grade → the number to store (null when empty or unreadable) and its warning, if any. */
export function leerNotaBorrador(v: string | number | null | undefined): LecturaNota {
  if (v === null || v === undefined) return { nota: null, aviso: null };
  if (typeof v === "number") return esNotaValida(v) ? { nota: v, aviso: null } : { nota: null, aviso: MENSAJE_NOTA };
  if (v.trim() === "") return { nota: null, aviso: null };
  const n = parsearNota(v);
  return n === null ? { nota: null, aviso: MENSAJE_NOTA } : { nota: n, aviso: null };
}

const sinNada = (v: unknown) => (v === "" ? null : v);

/** At most this many criteria in one request: a rubric has a handful (the default one, six). */
const MAX_CRITERIOS = 30;
const pocos = (r: Record<string, unknown>) => Object.keys(r).length <= MAX_CRITERIOS;

/**
 * Autosave: everything optional, saved as typed. `version` is the evaluation's version the browser last
 * saw (0 before the first save): a save from a stale tab is refused instead of overwriting newer work.
 */
export const borradorEvaluacionSchema = z.object({
  postulacionId: id,
  version: z.coerce.number({ error: "Versión inválida." }).int().min(0).max(2_147_483_647),
  comentario: texto("El comentario general", COMENTARIO_MAX).optional(),
  confianza: z.preprocess(sinNada, z.enum(CONFIANZAS, { error: MENSAJE_CONFIANZA }).nullable().optional()),
  puntajes: z
    .record(
      clave,
      z.object({
        nota: notaEscrita.optional(),
        comentario: texto("El comentario del criterio", COMENTARIO_CRITERIO_MAX).optional(),
      }),
    )
    .refine(pocos, "Demasiados criterios.")
    .optional(),
});

/** A grade that must be there and be valid: the number. */
const notaEnvio = z.union([z.string(), z.number(), z.null(), z.undefined()]).transform((v, ctx) => {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) {
    ctx.addIssue({ code: "custom", message: MENSAJE_FALTA_NOTA });
    return z.NEVER;
  }
  const n = typeof v === "number" ? (esNotaValida(v) ? v : null) : parsearNota(v);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: MENSAJE_NOTA });
    return z.NEVER;
  }
  return n;
});

/**
 * Submit: a valid grade for each criterion sent (the action checks they are all of the rubric's), and the
 * confidence. Comments are optional. `version`, when given, must still be current (a stale tab's submission
 * is refused).
 */
export const envioEvaluacionSchema = z.object({
  postulacionId: id,
  version: z.coerce.number({ error: "Versión inválida." }).int().min(0).max(2_147_483_647).optional(),
  comentario: texto("El comentario general", COMENTARIO_MAX).optional(),
  confianza: z.enum(CONFIANZAS, { error: MENSAJE_CONFIANZA }),
  puntajes: z
    .record(
      clave,
      z.object({
        nota: notaEnvio,
        comentario: texto("El comentario del criterio", COMENTARIO_CRITERIO_MAX).optional(),
      }),
    )
    .refine(pocos, "Demasiados criterios."),
});

export type BorradorEvaluacion = z.input<typeof borradorEvaluacionSchema>;
export type EnvioEvaluacion = z.input<typeof envioEvaluacionSchema>;
