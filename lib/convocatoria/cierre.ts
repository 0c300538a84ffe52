// Closing a convocatoria (issue 14, etapa 6): allowed only when every pilot's final report is approved
// (lib/domain/sistematizacion.ts mensajeCierrePendiente). A closed convocatoria stays, with everything in
// it, in the history: closing only sets activa = false. No "server-only": the action reads it in its
// transaction and the admin page with the plain client.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import type { EstadoSistematizacion } from "@/lib/domain/sistematizacion";
import { wherePilotos } from "@/lib/sistematizacion/piloto";

/** The year the admin saw and confirmed: a stale page cannot close another convocatoria. */
export const cerrarConvocatoriaSchema = z.object({
  anio: z.coerce.number({ error: "Falta el año de la convocatoria que desea cerrar." }).int("Año inválido.").min(2000, "Año inválido.").max(2200, "Año inválido."),
});

/** The convocatoria's pilots with the state of their final report, those not approved first. */
export async function estadoCierre(client: Tx | Db, convocatoriaId: string) {
  const pilotos = await client.postulacion.findMany({
    where: wherePilotos(convocatoriaId),
    orderBy: [{ folio: "asc" }, { id: "asc" }],
    select: { id: true, nombreProyecto: true, folio: true, sistematizacion: { select: { estado: true } } },
  });
  const filas = pilotos.map((p) => ({ id: p.id, nombreProyecto: p.nombreProyecto, folio: p.folio, estado: (p.sistematizacion?.estado ?? null) as EstadoSistematizacion | null }));
  return { pilotos: filas.length, pendientes: filas.filter((p) => p.estado !== "APROBADA") };
}
