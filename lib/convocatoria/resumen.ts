// Gathers the facts the etapa preconditions need (lib/domain/etapas.ts decides).
import type { Tx, Db } from "@/lib/db/client";
import { whereSeleccionadasFinal } from "@/lib/incubacion/preseleccionadas";
import { ESTADOS_POR_EVALUAR, perfilesSinEvaluaciones, type ResumenConvocatoria } from "@/lib/domain/etapas";

export async function leerResumen(tx: Tx | Db, convocatoriaId: string): Promise<ResumenConvocatoria> {
  const porEvaluar = { convocatoriaId, estado: { in: [...ESTADOS_POR_EVALUAR] } };
  const [conv, desafiosPublicados, calendario, perfilesSinDecision, admitidos, terceras, enviadas, cerradas, sinConvenio, conHitosAbiertos] = await Promise.all([
    tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: { etapaActual: true, evaluadoresPorPerfil: true } }),
    tx.desafio.count({ where: { convocatoriaId, estado: "PUBLICADO" } }),
    tx.etapaCalendario.findMany({ where: { convocatoriaId }, select: { etapa: true } }),
    // Sent and not yet decided: ADMISIBLE / INADMISIBLE are decided, BORRADOR and RETIRADA were never sent or were withdrawn.
    tx.postulacion.count({ where: { convocatoriaId, estado: "ENVIADA" } }),
    tx.postulacion.findMany({ where: porEvaluar, select: { id: true } }),
    tx.asignacionEvaluacion.groupBy({ by: ["postulacionId"], where: { motivo: "TERCERA_REVISION", postulacion: porEvaluar }, _count: { _all: true } }),
    // A recused evaluator's evaluation does not count, even if it was submitted before the recusal.
    tx.asignacionEvaluacion.groupBy({
      by: ["postulacionId"],
      where: { recusadaEn: null, evaluacion: { enviadaEn: { not: null } }, postulacion: porEvaluar },
      _count: { _all: true },
    }),
    tx.rondaSeleccion.findMany({ where: { convocatoriaId, estado: "CERRADA" }, select: { fase: true } }),
    // Selected by the signed final acta and without a convenio carrying its signed document (lib/convenio).
    tx.postulacion.findMany({
      where: { ...whereSeleccionadasFinal(convocatoriaId), OR: [{ convenio: { is: null } }, { convenio: { is: { documentoId: null } } }] },
      orderBy: [{ folio: "asc" }, { id: "asc" }],
      select: { nombreProyecto: true },
    }),
    // Pilots (selected by the signed final acta, with the signed convenio) with a hito not closed (lib/ejecucion).
    tx.postulacion.findMany({
      where: { ...whereSeleccionadasFinal(convocatoriaId), convenio: { is: { documentoId: { not: null }, hitos: { some: { cumplidoEn: null } } } } },
      orderBy: [{ folio: "asc" }, { id: "asc" }],
      select: { nombreProyecto: true },
    }),
  ]);
  const tercerasDe = new Map(terceras.map((t) => [t.postulacionId, t._count._all]));
  const enviadasDe = new Map(enviadas.map((t) => [t.postulacionId, t._count._all]));
  return {
    etapaActual: conv.etapaActual,
    desafiosPublicados,
    etapasConFechas: calendario.map((c) => c.etapa),
    perfilesSinDecision,
    perfilesSinEvaluaciones: perfilesSinEvaluaciones(
      admitidos.map((p) => ({ tercerasRevisiones: tercerasDe.get(p.id) ?? 0, enviadas: enviadasDe.get(p.id) ?? 0 })),
      conv.evaluadoresPorPerfil,
    ),
    rondasCerradas: cerradas.map((r) => r.fase),
    seleccionadasSinConvenio: sinConvenio.map((p) => p.nombreProyecto),
    pilotosConHitosAbiertos: conHitosAbiertos.map((p) => p.nombreProyecto),
  };
}
