// The calibration exercise (capacitacion.calibrar): the evaluator's grade for every criterion of every
// reference perfil, by the perfil's number and the criterion's clave. Shared by the form and the action.
import { z } from "zod";
import { FORMATO_CLAVE, MAX_CRITERIOS, nota } from "@/lib/rubrica/schema";

const respuestaSchema = z.object({
  /** PerfilReferencia.orden (1, 2, 3). */
  orden: z.coerce.number({ error: "Perfil de referencia inválido." }).int("Perfil de referencia inválido.").min(1, "Perfil de referencia inválido.").max(10, "Perfil de referencia inválido."),
  notas: z
    .array(z.object({ clave: z.string({ error: "Criterio inválido." }).regex(FORMATO_CLAVE, "Criterio inválido."), nota: nota("Su nota") }), { error: "Califique cada criterio." })
    .min(1, "Califique cada criterio.")
    .max(MAX_CRITERIOS, "Demasiados criterios."),
});

export const calibrarSchema = z.object({
  respuestas: z
    .array(respuestaSchema, { error: "Califique los perfiles de referencia." })
    .min(1, "Califique los perfiles de referencia.")
    .max(10, "Demasiados perfiles.")
    .superRefine((rs, ctx) => {
      const vistos = new Set<number>();
      for (const r of rs) {
        if (vistos.has(r.orden)) ctx.addIssue({ code: "custom", message: "Un perfil de referencia tiene dos respuestas." });
        vistos.add(r.orden);
        if (new Set(r.notas.map((n) => n.clave)).size !== r.notas.length) ctx.addIssue({ code: "custom", message: "Un criterio tiene dos notas en el mismo perfil." });
      }
    }),
});

export type CalibrarEntrada = z.input<typeof calibrarSchema>;

/**
 * The stored outcome of the last attempt (Capacitacion.resultado): what the page shows after an attempt.
 * Reference grades appear only in `divergencias`: the items where the evaluator was off by more than the threshold.
 */
export type ResultadoGuardado = {
  intento: number;
  en: string;
  umbral: number;
  aprobada: boolean;
  porCriterio: { clave: string; nombre: string; diferenciaMedia: number; dentro: boolean }[];
  divergencias: { orden: number; titulo: string; clave: string; nombre: string; nota: number; referencia: number; diferencia: number }[];
  respuestas: { orden: number; notas: Record<string, number> }[];
};

export function leerResultado(json: string | null): ResultadoGuardado | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as ResultadoGuardado;
    return typeof v === "object" && v !== null && Array.isArray(v.porCriterio) && Array.isArray(v.divergencias) ? v : null;
  } catch {
    return null;
  }
}
