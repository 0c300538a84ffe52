// Rows for the evaluation tests: evaluators, admissible perfiles, organisations and submitted evaluations,
// written directly (the actions under test are the assignment ones, not these).
import type { SessionUser } from "@/lib/auth/session-user";
import { ESTADOS_POR_EVALUAR, evaluacionesRequeridas } from "@/lib/domain/etapas";
import { calcularDv } from "@/lib/domain/rut";
import { db, sesion } from "./escenario";

let correlativo = 0;
const siguiente = () => `${Date.now().toString(36)}-${++correlativo}`;

/** A valid RUT "cuerpo-dv" from a number. */
export const rutDe = (cuerpo: number) => `${cuerpo}-${calcularDv(String(cuerpo))}`;

export async function crearEvaluador(d: { regionCut?: string | null; rut?: string | null; nombre?: string } = {}): Promise<SessionUser> {
  const n = siguiente();
  return sesion(
    await db.user.create({
      data: { email: `evaluador-${n}@prueba.cl`, nombre: d.nombre ?? `Evaluador ${n}`, regionCut: d.regionCut ?? null, rut: d.rut ?? null, roles: { create: [{ rol: "EVALUADOR" }] } },
      select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } },
    }),
  );
}

export async function crearOrganizacion(miembros: { userId: string; estado: "ACTIVO" | "PENDIENTE" }[], rutCuerpo: number) {
  return db.organizacion.create({
    data: { nombre: `Organización ${rutCuerpo}`, rut: rutDe(rutCuerpo), tipo: "SIN_FINES_DE_LUCRO", creadaPorId: miembros[0].userId, miembros: { create: miembros } },
    select: { id: true },
  });
}

let folio = 70_000;

/** An admissible perfil of a new applicant (with `rut`), in `regiones` (the first by code is its region). */
export async function crearPerfilAdmisible(
  d: { convocatoriaId: string; desafioId: string; regiones?: string[]; organizacionId?: string | null; postulanteId?: string; rutPostulante?: string | null; estado?: "ADMISIBLE" | "ENVIADA" | "INADMISIBLE" },
) {
  const n = siguiente();
  const postulanteId =
    d.postulanteId ??
    (await db.user.create({ data: { email: `postulante-${n}@prueba.cl`, nombre: `Postulante ${n}`, rut: d.rutPostulante ?? null, roles: { create: [{ rol: "POSTULANTE" }] } } })).id;
  folio += 1;
  return db.postulacion.create({
    data: {
      convocatoriaId: d.convocatoriaId,
      desafioId: d.desafioId,
      postulanteId,
      organizacionId: d.organizacionId ?? null,
      estado: d.estado ?? "ADMISIBLE",
      admisible: (d.estado ?? "ADMISIBLE") === "ADMISIBLE",
      nombreProyecto: `Proyecto ${folio}`,
      folio,
      huella: "a".repeat(64),
      enviadaEn: new Date(),
      regiones: { create: (d.regiones ?? []).map((regionCut) => ({ regionCut })) },
    },
    select: { id: true, folio: true, postulanteId: true },
  });
}

/** Submits the evaluation of an assignment (creating it if needed). */
export async function enviarEvaluacion(asignacionId: string, notaFinal = 5) {
  await db.evaluacion.upsert({
    where: { asignacionId },
    create: { asignacionId, notaFinal, confianza: "MEDIA", version: 1, enviadaEn: new Date() },
    update: { notaFinal, enviadaEn: new Date() },
  });
}

/**
 * Gives every perfil still in evaluation (ESTADOS_POR_EVALUAR) of the convocatoria its required submitted
 * evaluations: submits the live ones and, where missing, assigns new evaluators and submits theirs.
 */
export async function completarEvaluaciones(convocatoriaId: string): Promise<void> {
  const { evaluadoresPorPerfil } = await db.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: { evaluadoresPorPerfil: true } });
  const perfiles = await db.postulacion.findMany({
    where: { convocatoriaId, estado: { in: [...ESTADOS_POR_EVALUAR] } },
    select: { id: true, asignaciones: { select: { id: true, motivo: true, recusadaEn: true, evaluadorId: true } } },
  });
  for (const p of perfiles) {
    const vivas = p.asignaciones.filter((a) => a.recusadaEn === null);
    for (const a of vivas) await enviarEvaluacion(a.id);
    const faltan = evaluacionesRequeridas(evaluadoresPorPerfil, p.asignaciones.filter((a) => a.motivo === "TERCERA_REVISION").length) - vivas.length;
    for (let i = 0; i < faltan; i++) {
      const e = await crearEvaluador();
      const a = await db.asignacionEvaluacion.create({ data: { postulacionId: p.id, evaluadorId: e.id }, select: { id: true } });
      await enviarEvaluacion(a.id);
    }
  }
}
