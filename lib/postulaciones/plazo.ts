// The perfil deadline: end of the CONVOCATORIA etapa in the calendar, by the server's clock. Every write
// to a perfil (new draft, autosave, attachments, submit, withdraw) checks it here, so the etapa staying
// CONVOCATORIA after the planned end does not reopen applications.
import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { formatearFechaHora } from "@/lib/domain/formato";

export async function cierreConvocatoria(tx: Tx, convocatoriaId: string): Promise<Date | null> {
  const c = await tx.etapaCalendario.findUnique({
    where: { convocatoriaId_etapa: { convocatoriaId, etapa: "CONVOCATORIA" } },
    select: { fin: true },
  });
  return c?.fin ?? null;
}

/** What may no longer be done once the deadline passed, for the refusal's wording. */
export type Tramite = "postular" | "enviar" | "retirar";

const QUE: Record<Tramite, string> = {
  postular: "El plazo para postular cerró",
  enviar: "El plazo para enviar perfiles cerró",
  retirar: "El plazo para retirar perfiles cerró",
};

/** Throws a Spanish refusal if the deadline has passed (or the calendar has none); returns the deadline. */
export async function exigirPlazoAbierto(tx: Tx, convocatoriaId: string, tramite: Tramite, ahora = new Date()): Promise<Date> {
  const cierre = await cierreConvocatoria(tx, convocatoriaId);
  if (!cierre) throw new ActionError("La convocatoria no tiene fecha de cierre.");
  if (ahora > cierre) {
    const resto = tramite === "postular" ? " Sus borradores quedan guardados y puede leerlos, pero ya no se pueden modificar." : "";
    throw new ActionError(`${QUE[tramite]} el ${formatearFechaHora(cierre)} (hora de Chile).${resto}`);
  }
  return cierre;
}
