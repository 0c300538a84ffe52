// Which convocatoria is the active one: the active one of the latest year. The one reader of that fact:
// the action pipeline (inside its transaction), the queries and the pages all find it here.
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The active convocatoria with the fields `select` asks for, or null when there is none. Each caller
 * selects only what it needs; the rule for which one is active lives only here.
 */
export function leerConvocatoriaActiva<S extends Prisma.ConvocatoriaSelect>(client: Tx | Db, select: S) {
  return client.convocatoria.findFirst({ where: { activa: true }, orderBy: { anio: "desc" }, select });
}

/**
 * What the pages show as "the convocatoria": the active one, or, when none is (the last one was closed:
 * convocatoria.cerrar), the latest one, closed, so the public pages keep showing it and its history until
 * the next year's starts. Actions never use this: a closed convocatoria takes no more changes.
 */
export async function leerConvocatoriaVigente<S extends Prisma.ConvocatoriaSelect>(client: Tx | Db, select: S) {
  return (await leerConvocatoriaActiva(client, select)) ?? client.convocatoria.findFirst({ orderBy: { anio: "desc" }, select });
}
