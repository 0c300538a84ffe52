// A pilot (issue 14): a project of the convocatoria with its signed convenio (lib/convenio/exigir.ts).
// The final report's actions and queries find it here: first within the caller's scope (a project of
// another team answers like one that does not exist), then its convenio. No "server-only": it runs inside
// an action's transaction.
import { exigirConvenio } from "@/lib/convenio/exigir";
import { ActionError } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import { armarInforme, type FuentesInforme } from "@/lib/domain/sistematizacion";
import { leerContenido } from "@/lib/domain/formulario-completo";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MENSAJE_SIN_PROYECTO } from "./schema";

/** Projects of the convocatoria with a convenio whose signed document is registered. */
export function wherePilotos(convocatoriaId: string): Prisma.PostulacionWhereInput {
  return { convocatoriaId, convenio: { is: { documentoId: { not: null }, documentoSha256: { not: null } } } };
}

/**
 * The project, if it is within `alcance` and of the convocatoria (else the one "not found" answer), and a
 * pilot (else exigirConvenio's refusal: the team sees why its own project has no final report yet).
 */
export async function exigirPiloto(tx: Tx, convocatoriaId: string, postulacionId: string, alcance: Prisma.PostulacionWhereInput) {
  const p = await tx.postulacion.findFirst({
    where: { id: postulacionId, convocatoriaId, AND: [alcance] },
    select: { id: true, postulanteId: true, nombreProyecto: true, folio: true, desafioId: true, postulante: { select: { id: true, nombre: true, email: true } } },
  });
  if (!p) throw new ActionError(MENSAJE_SIN_PROYECTO);
  await exigirConvenio(tx, p.id);
  return p;
}

/** The sources of the report's rows: the desafío's baseline metrics and the formulario completo's targets and budget. */
export async function fuentesInforme(tx: Tx | Db, postulacionId: string): Promise<FuentesInforme> {
  const p = await tx.postulacion.findUniqueOrThrow({
    where: { id: postulacionId },
    select: {
      formulario: { select: { contenido: true } },
      desafio: { select: { metricas: { orderBy: { orden: "asc" }, select: { id: true, indicador: true, unidad: true, valor: true } } } },
    },
  });
  const f = leerContenido(p.formulario?.contenido);
  return { metricasDesafio: p.desafio.metricas, metasFormulario: f.metricas, presupuesto: f.presupuesto };
}

/** The report's row for the pilot, created with its prefill on the first open or save. */
export async function asegurarInforme(tx: Tx, postulacionId: string) {
  const existente = await tx.sistematizacion.findUnique({ where: { postulacionId }, select: { id: true } });
  if (existente) return existente;
  const c = armarInforme(await fuentesInforme(tx, postulacionId));
  return tx.sistematizacion.upsert({
    where: { postulacionId },
    create: { postulacionId, resultadosMetricas: JSON.stringify(c.resultadosMetricas), costos: JSON.stringify(c.costos) },
    update: {},
    select: { id: true },
  });
}
