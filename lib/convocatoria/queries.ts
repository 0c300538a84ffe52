import "server-only";
import { cache } from "react";
import { db, type Db } from "@/lib/db/client";
import { ETAPAS, evaluarAvance, indiceEtapa, type Etapa } from "@/lib/domain/etapas";
import { leerConvocatoriaVigente } from "./activa";
import { evaluarCorteAhora } from "./corte-anticipado";
import { leerResumen } from "./resumen";

export type ConvocatoriaPublica = {
  id: string;
  nombre: string;
  anio: number;
  etapaActual: Etapa;
  /** false once closed (convocatoria.cerrar): the pages still show it, as the latest, until another starts. */
  activa: boolean;
  presupuestoTotal: number;
  montoMinProyecto: number;
  montoMaxProyecto: number;
  proyectosObjetivo: number;
  pesoTecnico: number;
  pesoVotacion: number;
  pesoDemoDay: number;
  /** Planned dates, and the actual ones once the etapa was entered or left (null: as planned). */
  calendario: { etapa: Etapa; inicio: Date; fin: Date; inicioReal: Date | null; finReal: Date | null; estado: "hecho" | "actual" | "pendiente" }[];
};

/** The active convocatoria for pages (or, when the last one was closed, that one: leerConvocatoriaVigente),
 * read once per request (React cache): a layout, its page and getEstadoAvance share one read. */
export const getConvocatoriaActual = cache(async (): Promise<ConvocatoriaPublica | null> => leerConvocatoriaPublica(db));

/** getConvocatoriaActual with a given client (tests). */
export async function leerConvocatoriaPublica(client: Db): Promise<ConvocatoriaPublica | null> {
  const c = await leerConvocatoriaVigente(client, {
    id: true,
    activa: true,
    nombre: true,
    anio: true,
    etapaActual: true,
    presupuestoTotal: true,
    montoMinProyecto: true,
    montoMaxProyecto: true,
    proyectosObjetivo: true,
    pesoTecnico: true,
    pesoVotacion: true,
    pesoDemoDay: true,
    calendario: { select: { etapa: true, inicio: true, fin: true, inicioReal: true, finReal: true } },
  });
  if (!c) return null;
  const actual = indiceEtapa(c.etapaActual);
  const calendario = ETAPAS.flatMap((e) => {
    const f = c.calendario.find((x) => x.etapa === e);
    if (!f) return [];
    const i = indiceEtapa(e);
    return [{ etapa: e, inicio: f.inicio, fin: f.fin, inicioReal: f.inicioReal, finReal: f.finReal, estado: i < actual ? ("hecho" as const) : i === actual ? ("actual" as const) : ("pendiente" as const) }];
  });
  return { ...c, calendario };
}

export async function getEstadoAvance() {
  const c = await getConvocatoriaActual();
  if (!c) return null;
  const resumen = await leerResumen(db, c.id);
  // What advancing now would cut short, for the warning shown before "Avanzar igual".
  const corte = await evaluarCorteAhora(db, c.id, resumen.etapaActual);
  return { resumen, evaluacion: evaluarAvance(resumen), corte };
}

/** Next year's convocatoria, if it was already made (convocatoria.crearSiguiente): the admin's page says so. */
export async function getConvocatoriaSiguiente(anio: number): Promise<{ anio: number; nombre: string; etapaActual: Etapa } | null> {
  return db.convocatoria.findUnique({ where: { anio: anio + 1 }, select: { anio: true, nombre: true, etapaActual: true } });
}
