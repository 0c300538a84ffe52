// The rubric of the active convocatoria, as the admin page edits it and the capacitación shows it.
import "server-only";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { leerEjemplos, leerNotasReferencia } from "./schema";

export type CriterioGuardado = {
  id: string;
  clave: string;
  nombre: string;
  descripcion: string;
  orientacion: string;
  peso: number;
  ejemplos: { nota: number; texto: string }[];
};

export type RubricaAdmin = {
  convocatoria: { id: string; nombre: string; anio: number; etapaActual: Etapa; evaluadoresPorPerfil: number };
  rubrica: {
    nombre: string;
    topeEvaluador: number;
    reglaRegion: string;
    umbralCalibracion: number;
    limiteIndulgencia: number;
    minMuestra: number;
    brechaDiscrepancia: number;
    normalizar: boolean;
    criterios: CriterioGuardado[];
    /** Reference grades by criterion clave. */
    referencias: { orden: number; titulo: string; resumen: string; notas: Record<string, number> }[];
  } | null;
  /** Grades already given with this rubric: its criteria are frozen. */
  notasRegistradas: number;
  /** Evaluators who passed the calibration so far. */
  capacitados: number;
};

/** Staff only (the admin page): includes the reference grades of the calibration. */
export async function getRubricaAdmin(client: Db = dbPorDefecto): Promise<RubricaAdmin | null> {
  const c = await leerConvocatoriaActiva(client, {
    id: true,
    nombre: true,
    anio: true,
    etapaActual: true,
    evaluadoresPorPerfil: true,
    rubrica: {
      select: {
        id: true,
        nombre: true,
        topeEvaluador: true,
        reglaRegion: true,
        umbralCalibracion: true,
        limiteIndulgencia: true,
        minMuestra: true,
        brechaDiscrepancia: true,
        normalizar: true,
        criterios: { orderBy: { orden: "asc" }, select: { id: true, clave: true, nombre: true, descripcion: true, orientacion: true, peso: true, ejemplos: true } },
        referencias: { orderBy: { orden: "asc" }, select: { orden: true, titulo: true, resumen: true, notas: true } },
      },
    },
  });
  if (!c) return null;
  const { rubrica, ...convocatoria } = c;
  const [notasRegistradas, capacitados] = await Promise.all([
    rubrica ? client.puntaje.count({ where: { criterio: { rubricaId: rubrica.id } } }) : 0,
    client.capacitacion.count({ where: { convocatoriaId: c.id, aprobada: true } }),
  ]);
  return {
    convocatoria,
    rubrica: rubrica && {
      ...rubrica,
      criterios: rubrica.criterios.map((k) => ({ ...k, ejemplos: leerEjemplos(k.ejemplos) })),
      referencias: rubrica.referencias.map((r) => ({ ...r, notas: leerNotasReferencia(r.notas) })),
    },
    notasRegistradas,
    capacitados,
  };
}
