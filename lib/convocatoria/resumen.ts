// Gathers the facts the etapa preconditions need (lib/domain/etapas.ts decides).
import type { Tx, Db } from "@/lib/db/client";
import type { ResumenConvocatoria } from "@/lib/domain/etapas";

export async function leerResumen(tx: Tx | Db, convocatoriaId: string): Promise<ResumenConvocatoria> {
  const [conv, desafiosPublicados, calendario, perfilesSinDecision] = await Promise.all([
    tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: { etapaActual: true } }),
    tx.desafio.count({ where: { convocatoriaId, estado: "PUBLICADO" } }),
    tx.etapaCalendario.findMany({ where: { convocatoriaId }, select: { etapa: true } }),
    // Sent and not yet decided: ADMISIBLE / INADMISIBLE are decided, BORRADOR and RETIRADA were never sent or were withdrawn.
    tx.postulacion.count({ where: { convocatoriaId, estado: "ENVIADA" } }),
  ]);
  return { etapaActual: conv.etapaActual, desafiosPublicados, etapasConFechas: calendario.map((c) => c.etapa), perfilesSinDecision };
}
