// The staff's admissibility decision: shared by the form and the action.
import { z } from "zod";
import { normalizarTexto } from "@/lib/domain/texto";
import { id } from "@/lib/validation/campos";

export const DECISIONES = ["ADMISIBLE", "INADMISIBLE"] as const;
export type DecisionAdmisibilidad = (typeof DECISIONES)[number];
/** "declarado admisible": the decision as a word in a sentence. */
export const NOMBRE_DECISION: Record<DecisionAdmisibilidad, string> = { ADMISIBLE: "admisible", INADMISIBLE: "inadmisible" };

/** Estados in which a perfil has an admissibility decision, or is waiting for one. */
export const ESTADOS_DECIDIBLES = ["ENVIADA", "ADMISIBLE", "INADMISIBLE"] as const;

export const MOTIVOS_MIN = 10;
export const MOTIVOS_MAX = 2000;

export const decidirAdmisibilidadSchema = z.object({
  id,
  decision: z.enum(DECISIONES, { error: "Indique si el perfil es admisible o inadmisible." }),
  motivos: z
    .string({ error: "Escriba los motivos de la decisión." })
    .overwrite(normalizarTexto)
    .trim()
    .min(MOTIVOS_MIN, `Los motivos deben tener al menos ${MOTIVOS_MIN} caracteres.`)
    .max(MOTIVOS_MAX, `Los motivos admiten como máximo ${MOTIVOS_MAX} caracteres.`)
    // PostgreSQL rejects NUL in text: without this the write fails as an unexpected error.
    .regex(/^[^\u0000]*$/, "Los motivos contienen caracteres no válidos."),
  /**
   * The estado the staff member saw when the form was drawn. When given and no longer current, someone
   * else decided in between: the decision is refused instead of silently replacing theirs.
   */
  desde: z.enum(ESTADOS_DECIDIBLES, { error: "Estado de origen inválido." }).optional(),
});

export type DecidirAdmisibilidadForm = z.input<typeof decidirAdmisibilidadSchema>;
