// What the evaluator's capacitación page shows: the training module (each criterion's description,
// guidance and worked examples), the reference perfiles to grade (never their reference grades: those
// appear only in the stored outcome of an attempt, for the items where the evaluator diverged) and the
// evaluator's own state.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { leerEjemplos } from "@/lib/rubrica/schema";
import { leerResultado, type ResultadoGuardado } from "./schema";

export type CapacitacionEvaluador = {
  convocatoria: { id: string; nombre: string; etapaActual: Etapa };
  /** The exercise can be taken: the rubric has criteria and reference perfiles. */
  disponible: boolean;
  umbral: number;
  criterios: { clave: string; nombre: string; descripcion: string; orientacion: string; peso: number; ejemplos: { nota: number; texto: string }[] }[];
  referencias: { orden: number; titulo: string; resumen: string }[];
  estado: { aprobada: boolean; intentos: number; completadaEn: Date | null; ultimo: ResultadoGuardado | null };
};

export async function getCapacitacion(user: SessionUser, client: Db = dbPorDefecto): Promise<CapacitacionEvaluador | null> {
  const c = await leerConvocatoriaActiva(client, {
    id: true,
    nombre: true,
    etapaActual: true,
    rubrica: {
      select: {
        umbralCalibracion: true,
        criterios: { orderBy: { orden: "asc" }, select: { clave: true, nombre: true, descripcion: true, orientacion: true, peso: true, ejemplos: true } },
        referencias: { orderBy: { orden: "asc" }, select: { orden: true, titulo: true, resumen: true } },
      },
    },
  });
  if (!c) return null;
  const propia = await client.capacitacion.findUnique({
    where: { convocatoriaId_userId: { convocatoriaId: c.id, userId: user.id } },
    select: { aprobada: true, intentos: true, completadaEn: true, resultado: true },
  });
  const criterios = (c.rubrica?.criterios ?? []).map((k) => ({ ...k, ejemplos: leerEjemplos(k.ejemplos) }));
  const referencias = c.rubrica?.referencias ?? [];
  return {
    convocatoria: { id: c.id, nombre: c.nombre, etapaActual: c.etapaActual },
    disponible: criterios.length > 0 && referencias.length > 0,
    umbral: c.rubrica?.umbralCalibracion ?? 0.7,
    criterios,
    referencias,
    estado: { aprobada: propia?.aprobada ?? false, intentos: propia?.intentos ?? 0, completadaEn: propia?.completadaEn ?? null, ultimo: leerResultado(propia?.resultado ?? null) },
  };
}
