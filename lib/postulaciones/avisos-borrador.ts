// Reads a saved draft's warnings (lib/domain/avisos-borrador.ts) inside the autosave's transaction.
import type { Tx } from "@/lib/db/client";
import { avisosBorrador } from "@/lib/domain/avisos-borrador";

/** What the submission would refuse in the saved draft (RUT, amount against its línea and the band), by field. */
export async function avisosDelBorrador(tx: Tx, id: string, montoIlegible: string | null): Promise<Record<string, string[]>> {
  const p = await tx.postulacion.findUniqueOrThrow({
    where: { id },
    select: {
      organizacionRut: true,
      montoSolicitado: true,
      nivelMadurez: true,
      tipoEjecutor: true,
      convocatoriaId: true,
      convocatoria: { select: { montoMinProyecto: true, montoMaxProyecto: true } },
    },
  });
  const linea =
    p.nivelMadurez && p.tipoEjecutor
      ? await tx.lineaPostulacion.findUnique({
          where: { convocatoriaId_nivelMadurez_tipoEjecutor: { convocatoriaId: p.convocatoriaId, nivelMadurez: p.nivelMadurez, tipoEjecutor: p.tipoEjecutor } },
          select: { habilitada: true, montoMaximo: true },
        })
      : null;
  return avisosBorrador({
    organizacionRut: p.organizacionRut,
    monto: { pesos: p.montoSolicitado, aviso: montoIlegible },
    linea: linea && { ...linea, adjuntosRequeridos: [] },
    banda: { min: p.convocatoria.montoMinProyecto, max: p.convocatoria.montoMaxProyecto },
  });
}
