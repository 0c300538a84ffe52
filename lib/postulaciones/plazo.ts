// The perfil deadline: end of the CONVOCATORIA etapa in the calendar, by the server's clock. The one
// reader of that fact: every write to a perfil (new draft, autosave, attachments, submit, withdraw) checks
// it here, so the etapa staying CONVOCATORIA after the planned end does not reopen applications; the
// admissibility checks, the confirmation e-mail and the pages that show the deadline read it here too.
import { ActionError } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";

/** The etapa whose planned end is the deadline. */
const ETAPA_DEL_PLAZO: Etapa = "CONVOCATORIA";

/** The deadline in a calendar already read (a page has it from getConvocatoriaActual), or null. */
export function cierreEnCalendario(calendario: readonly { etapa: Etapa; fin: Date }[]): Date | null {
  return calendario.find((c) => c.etapa === ETAPA_DEL_PLAZO)?.fin ?? null;
}

/** The deadline of a convocatoria, read from its calendar, or null when the calendar has none. */
export async function cierreConvocatoria(client: Tx | Db, convocatoriaId: string): Promise<Date | null> {
  const fila = await client.etapaCalendario.findUnique({
    where: { convocatoriaId_etapa: { convocatoriaId, etapa: ETAPA_DEL_PLAZO } },
    select: { etapa: true, fin: true },
  });
  return cierreEnCalendario(fila ? [fila] : []);
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
