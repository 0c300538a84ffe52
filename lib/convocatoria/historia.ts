// History across years (issue 14, item 7; docs/decisions/0018-historial-de-convocatorias.md). One
// convocatoria is the current one (activa, latest year: lib/convocatoria/activa.ts). The next year's is made
// by convocatoria.crearSiguiente INACTIVE, so the current one keeps running its EJECUCION and CIERRE; it
// becomes the current one when the current one is closed (convocatoria.cerrar calls traspasarConvocatoriaActiva
// when it exists; without it, no convocatoria is active and the pages show the closed one:
// leerConvocatoriaVigente).
import { ActionError } from "@/lib/actions/result";
import { db as dbPorDefecto, type Db, type Tx } from "@/lib/db/client";
import { resultadosPublicos, type ResultadosPublicos } from "@/lib/seleccion/resultados";
import { leerConvocatoriaVigente } from "./activa";

export const MENSAJE_SIN_SIGUIENTE = (anio: number) =>
  `Antes de cerrar, cree la convocatoria ${anio + 1}: al cerrar esta, aquella pasa a ser la convocatoria activa.`;

/**
 * Hands the "current" role from the convocatoria being closed to the next year's, in the caller's
 * transaction: the closed one stays in the history (activa false), the next one becomes active. Refuses
 * when there is no next year's convocatoria (convocatoria.cerrar only calls it when there is one).
 */
export async function traspasarConvocatoriaActiva(tx: Tx, actual: { id: string; anio: number }): Promise<{ siguienteId: string }> {
  const siguiente = await tx.convocatoria.findUnique({ where: { anio: actual.anio + 1 }, select: { id: true } });
  if (!siguiente) throw new ActionError(MENSAJE_SIN_SIGUIENTE(actual.anio));
  await tx.convocatoria.update({ where: { id: actual.id }, data: { activa: false } });
  await tx.convocatoria.update({ where: { id: siguiente.id }, data: { activa: true } });
  return { siguienteId: siguiente.id };
}

/** The years whose results are public (a closed selection round), latest first, with their names. */
export async function aniosConResultados(client: Db | Tx = dbPorDefecto): Promise<{ anio: number; nombre: string }[]> {
  return client.convocatoria.findMany({
    where: { rondas: { some: { estado: "CERRADA" } } },
    orderBy: { anio: "desc" },
    select: { anio: true, nombre: true },
  });
}

export type ResultadosConHistoria = { r: ResultadosPublicos | null; anios: { anio: number; nombre: string }[]; anioActivo: number | null };

/**
 * The public results of the current convocatoria (no `anio`: the active one, or the latest one once closed,
 * leerConvocatoriaVigente) or of the year `anio`, with the years to choose from; null for a year that is
 * neither the current one nor has published results (e.g. next year's, in preparation).
 */
export async function resultadosConHistoria(anio?: number, client: Db = dbPorDefecto): Promise<ResultadosConHistoria | null> {
  const [anios, vigente] = await Promise.all([aniosConResultados(client), leerConvocatoriaVigente(client, { anio: true })]);
  const anioActivo = vigente?.anio ?? null;
  if (anio !== undefined && anio !== anioActivo && !anios.some((a) => a.anio === anio)) return null;
  const elegido = anio ?? anioActivo;
  const r = elegido === null ? null : await resultadosPublicos(client, elegido);
  if (anio !== undefined && !r) return null;
  return { r, anios, anioActivo };
}
