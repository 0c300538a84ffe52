// Evaluation state for the e2e: a rubric with its three calibration perfiles, evaluators (calibrated or
// not) and assignments, written as the actions leave them.
import { escribirRubrica } from "../../../lib/rubrica/persistir";
import { guardarRubricaSchema } from "../../../lib/rubrica/schema";
import { rubricaMuestra } from "../../fixtures/acciones/rubrica";
import { baseE2e } from "./base";
import { cuentaNueva, type Cuenta } from "./cuentas";
import { convocatoriaActiva } from "./etapa";

export type RubricaE2e = {
  criterios: { clave: string; nombre: string }[];
  referencias: { orden: number; titulo: string; notas: Record<string, number> }[];
};

/** The active convocatoria's rubric; the sample one (six default criteria, three reference perfiles) if it has no calibration yet. */
export async function rubricaConReferencias(): Promise<RubricaE2e> {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const leer = () =>
    db.rubrica.findUnique({
      where: { convocatoriaId: conv.id },
      select: {
        criterios: { orderBy: { orden: "asc" }, select: { clave: true, nombre: true } },
        referencias: { orderBy: { orden: "asc" }, select: { orden: true, titulo: true, notas: true } },
      },
    });
  let r = await leer();
  if (!r || r.referencias.length < 3) {
    await db.$transaction((tx) => escribirRubrica(tx, conv.id, guardarRubricaSchema.parse(rubricaMuestra())));
    r = await leer();
  }
  return { criterios: r!.criterios, referencias: r!.referencias.map((x) => ({ ...x, notas: JSON.parse(x.notas) as Record<string, number> })) };
}

/** A new account with the EVALUADOR role; `capacitado`: it already passed this convocatoria's calibration. */
export async function evaluadorNuevo({ capacitado = false, regionCut = "13", nombre }: { capacitado?: boolean; regionCut?: string; nombre?: string } = {}): Promise<Cuenta> {
  const cuenta = await cuentaNueva({ nombre, roles: ["EVALUADOR"], regionCut });
  if (capacitado) {
    const conv = await convocatoriaActiva();
    await baseE2e().capacitacion.create({ data: { convocatoriaId: conv.id, userId: cuenta.id, aprobada: true, intentos: 1, completadaEn: new Date() } });
  }
  return cuenta;
}

export async function asignarPerfil(postulacionId: string, evaluadorId: string): Promise<void> {
  await baseE2e().asignacionEvaluacion.create({ data: { postulacionId, evaluadorId } });
}

/** The perfil's assignments: who, and whether recused. */
export async function asignacionesDe(postulacionId: string): Promise<{ evaluadorId: string; recusada: boolean; motivo: string }[]> {
  const filas = await baseE2e().asignacionEvaluacion.findMany({ where: { postulacionId }, orderBy: { createdAt: "asc" }, select: { evaluadorId: true, recusadaEn: true, motivo: true } });
  return filas.map((f) => ({ evaluadorId: f.evaluadorId, recusada: f.recusadaEn !== null, motivo: f.motivo }));
}
