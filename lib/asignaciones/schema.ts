// Inputs of the assignment actions: shared by their forms and the actions.
import { z } from "zod";
import { id, textoRequerido } from "@/lib/validation/campos";

export const DETALLE_MIN = 10;
export const DETALLE_MAX = 1000;

/** The bulk assignment takes no input: it assigns whatever the admissible perfiles lack. */
export const asignarSchema = z.object({});

export const declararConflictoSchema = z.object({
  postulacionId: id,
  detalle: textoRequerido("El detalle del conflicto", DETALLE_MAX).pipe(z.string().min(DETALLE_MIN, `Explique el conflicto en al menos ${DETALLE_MIN} caracteres.`)),
});

export const pedirTerceraRevisionSchema = z.object({ postulacionId: id });

export const reasignarSchema = z.object({
  asignacionId: id,
  /** Blank: the system chooses the most suitable eligible evaluator. */
  evaluadorId: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), id.optional()),
});

export type DeclararConflictoEntrada = z.input<typeof declararConflictoSchema>;
export type ReasignarEntrada = z.input<typeof reasignarSchema>;
