// Submitted evaluations as others may see them: the grades, comments and confidence, never who wrote them.
// Numbered per perfil in the order they were sent ("Evaluador/a 1", "Evaluador/a 2"…), so the same person
// gets unrelated numbers on different perfiles and cannot be followed across them.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Confianza } from "./schema";

/** What an evaluation's reader needs, criteria in the rubric's order. */
export const SELECCION_EVALUACION = {
  comentario: true,
  confianza: true,
  notaFinal: true,
  enviadaEn: true,
  puntajes: {
    orderBy: { criterio: { orden: "asc" } },
    select: { nota: true, comentario: true, criterio: { select: { clave: true, nombre: true, peso: true } } },
  },
} as const satisfies Prisma.EvaluacionSelect;

type EvaluacionLeida = Prisma.EvaluacionGetPayload<{ select: typeof SELECCION_EVALUACION }>;

export type EvaluacionAnonima = {
  etiqueta: string;
  notaFinal: number | null;
  confianza: Confianza | null;
  comentario: string;
  puntajes: { clave: string; criterio: string; peso: number; nota: number | null; comentario: string }[];
};

/** In sending order, numbered from `desde` (1 for the committee; 2 for an evaluator, who is the first). */
export function anonimizar(evaluaciones: EvaluacionLeida[], { desde = 1 } = {}): EvaluacionAnonima[] {
  return [...evaluaciones]
    .sort((a, b) => (a.enviadaEn?.getTime() ?? 0) - (b.enviadaEn?.getTime() ?? 0))
    .map((e, i) => ({
      etiqueta: `Evaluador/a ${i + desde}`,
      notaFinal: e.notaFinal,
      confianza: e.confianza,
      comentario: e.comentario,
      puntajes: e.puntajes.map((p) => ({ clave: p.criterio.clave, criterio: p.criterio.nombre, peso: p.criterio.peso, nota: p.nota, comentario: p.comentario })),
    }));
}
