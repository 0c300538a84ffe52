import "server-only";
import { db } from "@/lib/db/client";
import { ETAPAS, evaluarAvance, indiceEtapa, type Etapa } from "@/lib/domain/etapas";
import { leerResumen } from "./resumen";

export type ConvocatoriaPublica = {
  id: string;
  nombre: string;
  anio: number;
  etapaActual: Etapa;
  presupuestoTotal: number;
  montoMinProyecto: number;
  montoMaxProyecto: number;
  proyectosObjetivo: number;
  pesoTecnico: number;
  pesoVotacion: number;
  pesoDemoDay: number;
  calendario: { etapa: Etapa; inicio: Date; fin: Date; estado: "hecho" | "actual" | "pendiente" }[];
};

export async function getConvocatoriaActual(): Promise<ConvocatoriaPublica | null> {
  const c = await db.convocatoria.findFirst({
    where: { activa: true },
    orderBy: { anio: "desc" },
    select: {
      id: true,
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
      calendario: { select: { etapa: true, inicio: true, fin: true } },
    },
  });
  if (!c) return null;
  const actual = indiceEtapa(c.etapaActual);
  const calendario = ETAPAS.flatMap((e) => {
    const f = c.calendario.find((x) => x.etapa === e);
    if (!f) return [];
    const i = indiceEtapa(e);
    return [{ etapa: e, inicio: f.inicio, fin: f.fin, estado: i < actual ? ("hecho" as const) : i === actual ? ("actual" as const) : ("pendiente" as const) }];
  });
  return { ...c, calendario };
}

export async function getEstadoAvance() {
  const c = await db.convocatoria.findFirst({ where: { activa: true }, orderBy: { anio: "desc" }, select: { id: true } });
  if (!c) return null;
  const resumen = await leerResumen(db, c.id);
  return { resumen, evaluacion: evaluarAvance(resumen) };
}
