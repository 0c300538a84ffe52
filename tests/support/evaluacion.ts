// Rows for the evaluación técnica's integration tests (tests/integration/evaluacion*.test.ts), on the test
// file's own database: a rubric with three known weights, calibrated evaluators, admissible perfiles and
// assignments, and submitted evaluations written directly when a test needs many of them.
import type { SessionUser } from "@/lib/auth/session-user";
import type { Rol } from "@/lib/domain/roles";
import { crearUsuario, db } from "./escenario";

/** The test rubric: weights 50 / 30 / 20 %, so a final grade is easy to compute by hand. */
export const CRITERIOS_PRUEBA = [
  { clave: "pertinencia", nombre: "Pertinencia al desafío", peso: 50 },
  { clave: "factibilidad", nombre: "Factibilidad", peso: 30 },
  { clave: "presupuesto", nombre: "Coherencia del presupuesto", peso: 20 },
] as const;

/** Replaces the active convocatoria's criteria with CRITERIOS_PRUEBA and sets the rubric's bounds. */
export async function rubricaDePrueba(
  convocatoriaId: string,
  ajustes: { minMuestra?: number; limiteIndulgencia?: number; brechaDiscrepancia?: number; normalizar?: boolean } = {},
): Promise<Record<string, string>> {
  const r = await db.rubrica.update({ where: { convocatoriaId }, data: ajustes, select: { id: true } });
  await db.criterio.deleteMany({ where: { rubricaId: r.id } });
  const ids: Record<string, string> = {};
  for (const [orden, c] of CRITERIOS_PRUEBA.entries()) {
    const fila = await db.criterio.create({
      data: { rubricaId: r.id, orden, clave: c.clave, nombre: c.nombre, descripcion: `Descripción de ${c.nombre}.`, orientacion: `Cómo evaluar ${c.nombre}.`, peso: c.peso },
      select: { id: true },
    });
    ids[c.clave] = fila.id;
  }
  return ids;
}

/** An evaluator; calibrated (capacitación passed) unless `calibrado` is false. */
export async function evaluador(convocatoriaId: string, { calibrado = true, nombre, regionCut, roles = ["EVALUADOR"] }: { calibrado?: boolean; nombre?: string; regionCut?: string; roles?: Rol[] } = {}): Promise<SessionUser> {
  const u = await crearUsuario(roles, { nombre, regionCut });
  if (calibrado) await db.capacitacion.create({ data: { convocatoriaId, userId: u.id, aprobada: true, intentos: 1, completadaEn: new Date() } });
  return u;
}

let folio = 50_000;

/** An admissible perfil of the convocatoria (its own applicant, so the unique pairs never clash). */
export async function perfilAdmisible(convocatoriaId: string, desafioId: string, { nombre, regiones = ["13"] }: { nombre?: string; regiones?: string[] } = {}) {
  folio += 1;
  const postulante = await crearUsuario(["POSTULANTE"]);
  return db.postulacion.create({
    data: {
      convocatoriaId,
      desafioId,
      postulanteId: postulante.id,
      estado: "ADMISIBLE",
      admisible: true,
      nombreProyecto: nombre ?? `Proyecto ${folio}`,
      problema: "Problema descrito.",
      solucion: "Solución descrita.",
      equipo: "Equipo descrito.",
      organizacionNombre: "Fundación de prueba",
      organizacionRut: "65.123.456-7",
      folio,
      huella: "a".repeat(64),
      enviadaEn: new Date(),
      regiones: { create: regiones.map((regionCut) => ({ regionCut })) },
    },
    select: { id: true, folio: true, nombreProyecto: true },
  });
}

export function asignar(postulacionId: string, evaluadorId: string, extra: { recusadaEn?: Date; motivo?: "ORDINARIA" | "TERCERA_REVISION" | "REASIGNACION" } = {}) {
  return db.asignacionEvaluacion.create({ data: { postulacionId, evaluadorId, ...extra }, select: { id: true } });
}

/**
 * A submitted evaluation written directly (every criterion graded `nota`, so its final grade is `nota`),
 * or a draft when `enviada` is false. For tests that need many; the actions have their own tests.
 */
export async function evaluacionDirecta(asignacionId: string, criterios: Record<string, string>, nota: number, { enviada = true, comentario = "" } = {}) {
  return db.evaluacion.create({
    data: {
      asignacionId,
      comentario,
      confianza: enviada ? "MEDIA" : null,
      notaFinal: enviada ? nota : null,
      enviadaEn: enviada ? new Date() : null,
      version: 1,
      puntajes: { create: Object.values(criterios).map((criterioId) => ({ criterioId, nota, comentario: `Comentario con nota ${nota}` })) },
    },
    select: { id: true },
  });
}
