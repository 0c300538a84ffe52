// Líneas de postulación (maturity × executor cells of the active convocatoria).
import type { NivelMadurez, TipoEjecutor } from "../../../lib/generated/prisma/client";
import { baseE2e, expirarCacheE2e } from "./base";
import { convocatoriaActiva } from "./etapa";

export type DatosLinea = { habilitada: boolean; montoMaximo: number; adjuntosRequeridos: string[] };

/** Sets one cell of the matrix as a test needs it to start. */
export async function fijarLinea(nivelMadurez: NivelMadurez, tipoEjecutor: TipoEjecutor, datos: DatosLinea): Promise<void> {
  const { id } = await convocatoriaActiva();
  await baseE2e().lineaPostulacion.update({
    where: { convocatoriaId_nivelMadurez_tipoEjecutor: { convocatoriaId: id, nivelMadurez, tipoEjecutor } },
    data: { habilitada: datos.habilitada, montoMaximo: datos.montoMaximo, adjuntosRequeridos: JSON.stringify(datos.adjuntosRequeridos) },
  });
  await expirarCacheE2e();
}
