// What the final selection acta freezes (issue 13): once the final round's acta is generated (EN_FIRMA) or
// signed (CERRADA), the demo-day grades it printed (the mean of the jurors' grades, weighted into each
// consolidated score) must stay true, or the signed acta and the final ranking would disagree. The jurors'
// actions call this first. It takes the final round's row lock (the same one lib/seleccion/ronda.ts
// bloquearRonda and lib/seleccion/congelamiento.ts take), so no grade can interleave with acta.generar or
// the closing signature. Only in FORMACION_INCUBACION: the final round exists from then on.
import { ActionError } from "@/lib/actions/result";
import type { ConvocatoriaActual } from "@/lib/actions/pipeline";
import type { Tx } from "@/lib/db/client";

export const MENSAJE_DEMO_DAY_EN_ACTA =
  "La selección final ya tiene su acta (en firma o firmada): las notas del demo day ya no cambian. Si hay que corregir, el comité debe retirar el acta antes de que se firme.";

async function bloquearSeleccionFinal(tx: Tx, convocatoriaId: string): Promise<"ABIERTA" | "EN_FIRMA" | "CERRADA" | null> {
  const n = await tx.rondaSeleccion.updateMany({ where: { convocatoriaId, fase: "SELECCION_FINAL" }, data: { updatedAt: new Date() } });
  if (n.count === 0) return null;
  return (await tx.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId, fase: "SELECCION_FINAL" } }, select: { estado: true } })).estado;
}

/** Refuses a change to the demo-day grades once the final round has its acta (in signature or signed). */
export async function exigirSeleccionFinalSinActa(tx: Tx, convocatoria: ConvocatoriaActual): Promise<void> {
  if (convocatoria.etapaActual !== "FORMACION_INCUBACION") return;
  const estado = await bloquearSeleccionFinal(tx, convocatoria.id);
  if (estado === "EN_FIRMA" || estado === "CERRADA") throw new ActionError(MENSAJE_DEMO_DAY_EN_ACTA);
}
