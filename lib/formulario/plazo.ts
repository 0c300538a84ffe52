// The formulario completo's deadline: the planned end of the FORMACION_INCUBACION etapa in the calendar,
// by the server's clock; the same rule as the perfil's (lib/postulaciones/plazo.ts), for another etapa.
// Every write to a formulario (autosave, submit) checks it here; the pages that show it read it here too.
import { ActionError } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";

const ETAPA_DEL_PLAZO: Etapa = "FORMACION_INCUBACION";

/** The deadline in a calendar already read (a page has it from getConvocatoriaActual), or null. */
export function cierreFormularioEnCalendario(calendario: readonly { etapa: Etapa; fin: Date }[]): Date | null {
  return calendario.find((c) => c.etapa === ETAPA_DEL_PLAZO)?.fin ?? null;
}

/** The deadline of a convocatoria's formularios, read from its calendar, or null when it has none. */
export async function cierreFormulario(client: Tx | Db, convocatoriaId: string): Promise<Date | null> {
  const fila = await client.etapaCalendario.findUnique({
    where: { convocatoriaId_etapa: { convocatoriaId, etapa: ETAPA_DEL_PLAZO } },
    select: { etapa: true, fin: true },
  });
  return cierreFormularioEnCalendario(fila ? [fila] : []);
}

/** Throws a Spanish refusal once the deadline has passed (or when the calendar has none); returns it. */
export async function exigirPlazoFormulario(tx: Tx, convocatoriaId: string, ahora = new Date()): Promise<Date> {
  const cierre = await cierreFormulario(tx, convocatoriaId);
  if (!cierre) throw new ActionError("La convocatoria no tiene fecha de cierre para la formación e incubación.");
  if (ahora > cierre) {
    throw new ActionError(
      `El plazo del formulario completo cerró el ${formatearFechaHora(cierre)} (hora de Chile). Lo guardado se puede leer, pero ya no se puede modificar ni enviar.`,
    );
  }
  return cierre;
}
