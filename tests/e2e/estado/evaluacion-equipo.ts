// State for the FOSIS staff's and the committee's side of the evaluación técnica (evaluacion-equipo.spec.ts):
// a rubric whose criteria may still change, assignment rules that isolate one region's evaluators, admissible
// perfiles that already have their evaluators, and submitted evaluations, written as the actions leave them.
import type { Confianza } from "../../../lib/generated/prisma/client";
import type { ReglaRegion } from "../../../lib/domain/asignacion";
import { baseE2e, expirarCacheE2e } from "./base";
import { cuentaNueva } from "./cuentas";
import { convocatoriaActiva } from "./etapa";
import { rubricaConReferencias } from "./evaluacion";

export type CriterioGuardado = { clave: string; nombre: string; peso: number };

/** The weights of the active convocatoria's criteria, in the rubric's order. */
export async function pesosDeLaRubrica(): Promise<number[]> {
  const conv = await convocatoriaActiva();
  const criterios = await baseE2e().criterio.findMany({ where: { rubrica: { convocatoriaId: conv.id } }, orderBy: { orden: "asc" }, select: { peso: true } });
  return criterios.map((c) => c.peso);
}

/**
 * The active convocatoria's rubric with no grade given under it yet, so its criteria (and their weights)
 * may still change (lib/rubrica/persistir.ts freezes them once a Puntaje exists; other specs leave some).
 * Returns its criteria in order.
 */
export async function rubricaSinNotas(): Promise<CriterioGuardado[]> {
  const db = baseE2e();
  await rubricaConReferencias();
  const conv = await convocatoriaActiva();
  await db.puntaje.deleteMany({ where: { criterio: { rubrica: { convocatoriaId: conv.id } } } });
  await expirarCacheE2e();
  return db.criterio.findMany({ where: { rubrica: { convocatoriaId: conv.id } }, orderBy: { orden: "asc" }, select: { clave: true, nombre: true, peso: true } });
}

/**
 * Sets the assignment rules (region rule and cap of the rubric, evaluators per perfil of the convocatoria)
 * and returns the function that puts back the ones it found: other specs assume the defaults.
 */
export async function reglasDeAsignacionE2e(reglas: { reglaRegion: ReglaRegion; tope: number; evaluadoresPorPerfil: number }): Promise<() => Promise<void>> {
  const db = baseE2e();
  await rubricaConReferencias();
  const conv = await convocatoriaActiva();
  const antes = await db.convocatoria.findUniqueOrThrow({
    where: { id: conv.id },
    select: { evaluadoresPorPerfil: true, rubrica: { select: { reglaRegion: true, topeEvaluador: true } } },
  });
  const fijar = async (r: { reglaRegion: string; tope: number; evaluadoresPorPerfil: number }) => {
    await db.$transaction([
      db.rubrica.update({ where: { convocatoriaId: conv.id }, data: { reglaRegion: r.reglaRegion, topeEvaluador: r.tope } }),
      db.convocatoria.update({ where: { id: conv.id }, data: { evaluadoresPorPerfil: r.evaluadoresPorPerfil } }),
    ]);
    await expirarCacheE2e();
  };
  await fijar(reglas);
  return () => fijar({ reglaRegion: antes.rubrica!.reglaRegion, tope: antes.rubrica!.topeEvaluador, evaluadoresPorPerfil: antes.evaluadoresPorPerfil });
}

/**
 * Every admissible perfil of the active convocatoria (those other specs left) gets the evaluators it lacks
 * (evaluadoresPorPerfil plus its third reviews, minus its live assignments), from new EVALUADOR accounts of
 * the nivel central: the bulk assignment then only sees the perfiles a test creates afterwards, and under
 * the "misma_region" rule these accounts are never eligible for them.
 */
export async function perfilesAdmisiblesCubiertos(): Promise<void> {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const { evaluadoresPorPerfil } = await db.convocatoria.findUniqueOrThrow({ where: { id: conv.id }, select: { evaluadoresPorPerfil: true } });
  const perfiles = await db.postulacion.findMany({
    where: { convocatoriaId: conv.id, estado: "ADMISIBLE" },
    select: { id: true, asignaciones: { select: { recusadaEn: true, motivo: true } } },
  });
  const relleno: string[] = [];
  for (const p of perfiles) {
    const terceras = p.asignaciones.filter((a) => a.motivo === "TERCERA_REVISION").length;
    const vivas = p.asignaciones.filter((a) => a.recusadaEn === null).length;
    for (let k = 0; k < evaluadoresPorPerfil + terceras - vivas; k++) {
      while (relleno.length <= k) relleno.push((await cuentaNueva({ nombre: `Evaluador de relleno ${relleno.length + 1}`, roles: ["EVALUADOR"] })).id);
      await db.asignacionEvaluacion.create({ data: { postulacionId: p.id, evaluadorId: relleno[k] } });
    }
  }
  await expirarCacheE2e();
}

/** No EVALUADOR account other specs made is in `regionCut` any more (moved to the nivel central); demo accounts untouched. */
export async function regionSinEvaluadores(regionCut: string): Promise<void> {
  await baseE2e().user.updateMany({
    where: { regionCut, roles: { some: { rol: "EVALUADOR" } }, NOT: { email: { endsWith: "fondoidea.cl" } } },
    data: { regionCut: null },
  });
}

/** Makes the account an ACTIVO member of the organisation (as an accepted invitation leaves it). */
export async function hacerMiembro(userId: string, organizacionId: string): Promise<void> {
  await baseE2e().miembroOrganizacion.create({ data: { organizacionId, userId, estado: "ACTIVO", resueltoEn: new Date() } });
}

/** The accounts that are ACTIVO members of the organisation. */
export async function miembrosActivos(organizacionId: string): Promise<string[]> {
  const filas = await baseE2e().miembroOrganizacion.findMany({ where: { organizacionId, estado: "ACTIVO" }, select: { userId: true } });
  return filas.map((f) => f.userId);
}

export type EvaluacionE2e = {
  /** The same grade on every criterion, so it is also the final grade. */
  nota: number;
  confianza: Confianza;
  comentario: string;
  /** Comment on the first criterion. */
  comentarioCriterio: string;
  enviadaEn: Date;
};

/** Assigns the perfil to the evaluator and gives it a submitted evaluation, one grade per criterion of the rubric. */
export async function evaluacionEnviada(postulacionId: string, evaluadorId: string, e: EvaluacionE2e): Promise<void> {
  const db = baseE2e();
  await rubricaConReferencias();
  const conv = await convocatoriaActiva();
  const criterios = await db.criterio.findMany({ where: { rubrica: { convocatoriaId: conv.id } }, orderBy: { orden: "asc" }, select: { id: true } });
  const a = await db.asignacionEvaluacion.create({ data: { postulacionId, evaluadorId }, select: { id: true } });
  await db.evaluacion.create({
    data: {
      asignacionId: a.id,
      notaFinal: e.nota,
      confianza: e.confianza,
      comentario: e.comentario,
      version: 1,
      enviadaEn: e.enviadaEn,
      puntajes: { create: criterios.map((c, i) => ({ criterioId: c.id, nota: e.nota, comentario: i === 0 ? e.comentarioCriterio : "" })) },
    },
  });
  await expirarCacheE2e();
}
