// The perfil deadline: end of the CONVOCATORIA etapa in the calendar, by the server's clock.
import type { Tx } from "@/lib/db/client";

export async function cierreConvocatoria(tx: Tx, convocatoriaId: string): Promise<Date | null> {
  const c = await tx.etapaCalendario.findUnique({
    where: { convocatoriaId_etapa: { convocatoriaId, etapa: "CONVOCATORIA" } },
    select: { fin: true },
  });
  return c?.fin ?? null;
}
