// The technical score of every perfil of a convocatoria (issue 10): the ranking read by the technical
// lead's dashboard, the committee, selección and bench/evaluacion*. The formula is lib/domain/puntaje-tecnico.ts
// (FORMULA_PUNTAJE). It counts the submitted evaluations of live (not recused) assignments.
//
// Efficient on purpose (30,000 evaluations): without normalisation the mean is one SQL aggregate grouped
// by perfil (the same mean as puntajesTecnicos, which tests/integration/evaluacion-tablero.test.ts checks);
// with it, one query reads the final grades (one row per evaluation, never per criterion) and the pure
// function adjusts them. Either way a fixed number of queries, whatever the size.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { BRECHA_POR_DEFECTO, LIMITE_Z_POR_DEFECTO, MIN_MUESTRA_POR_DEFECTO } from "@/lib/domain/atipicos";
import { puntajesTecnicos, type NotaEvaluador } from "@/lib/domain/puntaje-tecnico";

export type PuntajePerfil = { puntaje: number; evaluaciones: number };

type Cliente = Db | Tx;

/** The rubric's settings that shape the score and the outlier rules (defaults when there is no rubric). */
export async function ajustesRubrica(client: Cliente, convocatoriaId: string) {
  const r = await client.rubrica.findUnique({
    where: { convocatoriaId },
    select: { normalizar: true, minMuestra: true, limiteIndulgencia: true, brechaDiscrepancia: true, topeEvaluador: true },
  });
  return r ?? { normalizar: false, minMuestra: MIN_MUESTRA_POR_DEFECTO, limiteIndulgencia: LIMITE_Z_POR_DEFECTO, brechaDiscrepancia: BRECHA_POR_DEFECTO, topeEvaluador: null };
}

/**
 * One row per submitted evaluation of the convocatoria: (perfil, evaluator, final grade). What the
 * outlier rules and the normalised score read; 30,000 rows of three columns.
 */
export async function notasFinales(client: Cliente, convocatoriaId: string): Promise<NotaEvaluador[]> {
  const filas = await client.$queryRaw<{ postulacionId: string; evaluadorId: string; nota: number }[]>`
    SELECT a."postulacionId" AS "postulacionId", a."evaluadorId" AS "evaluadorId", e."notaFinal" AS "nota"
    FROM "Evaluacion" e
    JOIN "AsignacionEvaluacion" a ON a."id" = e."asignacionId"
    JOIN "Postulacion" p ON p."id" = a."postulacionId"
    WHERE p."convocatoriaId" = ${convocatoriaId} AND a."recusadaEn" IS NULL
      AND e."enviadaEn" IS NOT NULL AND e."notaFinal" IS NOT NULL`;
  return filas.map((f) => ({ postulacionId: f.postulacionId, evaluadorId: f.evaluadorId, nota: Number(f.nota) }));
}

/** postulacionId → technical score (unrounded) and how many submitted evaluations it rests on. */
export async function puntajesTecnicosDeConvocatoria(client: Cliente, convocatoriaId: string): Promise<Map<string, PuntajePerfil>> {
  const ajustes = await ajustesRubrica(client, convocatoriaId);
  const salida = new Map<string, PuntajePerfil>();
  if (ajustes.normalizar) {
    const notas = await notasFinales(client, convocatoriaId);
    const cuantas = new Map<string, number>();
    for (const n of notas) cuantas.set(n.postulacionId, (cuantas.get(n.postulacionId) ?? 0) + 1);
    for (const [id, puntaje] of puntajesTecnicos(notas, { normalizar: true, minMuestra: ajustes.minMuestra })) {
      salida.set(id, { puntaje, evaluaciones: cuantas.get(id)! });
    }
    return salida;
  }
  // The simple formula: the mean of the final grades, aggregated by the database.
  const filas = await client.$queryRaw<{ postulacionId: string; puntaje: number; evaluaciones: number | bigint }[]>`
    SELECT a."postulacionId" AS "postulacionId", AVG(e."notaFinal") AS "puntaje", COUNT(*) AS "evaluaciones"
    FROM "Evaluacion" e
    JOIN "AsignacionEvaluacion" a ON a."id" = e."asignacionId"
    JOIN "Postulacion" p ON p."id" = a."postulacionId"
    WHERE p."convocatoriaId" = ${convocatoriaId} AND a."recusadaEn" IS NULL
      AND e."enviadaEn" IS NOT NULL AND e."notaFinal" IS NOT NULL
    GROUP BY a."postulacionId"`;
  for (const f of filas) salida.set(f.postulacionId, { puntaje: Number(f.puntaje), evaluaciones: Number(f.evaluaciones) });
  return salida;
}
