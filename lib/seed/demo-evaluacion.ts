// The demo's evaluación técnica, when it reaches Selección y contratación: the evaluators (lib/seed/
// datos-evaluacion.ts) pass the calibration, the technical lead assigns N evaluators per admissible perfil,
// and the evaluators grade them — most submitted, a few drafts and untouched ones — with one lenient
// evaluator and one split perfil planted for the dashboard to find. Everyone acts through the product's
// actions (capacitacion.calibrar, evaluacion.asignar, evaluacion.guardarBorrador, evaluacion.enviar);
// lib/seed/demo-fechas.ts then places their dates. Each step is skipped where it was already done.
import { appendAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import { asignarEvaluaciones } from "@/lib/asignaciones/actions/asignar";
import { calibrar } from "@/lib/capacitacion/actions/calibrar";
import type { Db } from "@/lib/db/client";
import { calcularDv } from "@/lib/domain/rut";
import { enviarEvaluacion } from "@/lib/evaluacion/actions/enviar";
import { guardarBorradorEvaluacion } from "@/lib/evaluacion/actions/guardar-borrador";
import { CLAVE_DEMO } from "./datos-2019";
import { EVALUADOR_SIN_CALIBRAR, EVALUADORA_DEMO, EVALUADORES_DEMO, planCalibraciones, planEvaluaciones, type PlanEvaluacion } from "./datos-evaluacion";
import { STAFF_DEMO } from "./datos-sinteticos";
import { cargarSesiones, ejecutar, type Sesiones } from "./demo-acciones";

/** The region rule of the demo's assignment: nobody evaluates a perfil of their own region. */
export const REGLA_REGION_DEMO = "otra_region";

export type ResultadoEvaluacionDemo = {
  cuentasNuevas: number;
  calibraciones: number;
  asignaciones: number;
  enviadas: number;
  borradores: number;
  /** The planted lenient evaluator (e-mail) and split perfil (folio), as planned on the assignment. */
  indulgente: string | null;
  folioDividido: number | null;
};

const CORREOS = [EVALUADORA_DEMO, ...EVALUADORES_DEMO.map((e) => e.email)];

export async function prepararEvaluacion(db: Db, convocatoriaId: string, informar: (l: string) => void): Promise<ResultadoEvaluacionDemo> {
  const r: ResultadoEvaluacionDemo = { cuentasNuevas: 0, calibraciones: 0, asignaciones: 0, enviadas: 0, borradores: 0, indulgente: null, folioDividido: null };
  const rubrica = await db.rubrica.findUniqueOrThrow({
    where: { convocatoriaId },
    select: {
      id: true,
      reglaRegion: true,
      minMuestra: true,
      limiteIndulgencia: true,
      brechaDiscrepancia: true,
      criterios: { orderBy: { orden: "asc" }, select: { clave: true, peso: true } },
      referencias: { orderBy: { orden: "asc" }, select: { orden: true, notas: true } },
    },
  });
  const calibraciones = planCalibraciones(rubrica.referencias.map((x) => ({ orden: x.orden, notas: JSON.parse(x.notas) as Record<string, number> })));
  const ya = await db.asignacionEvaluacion.count({ where: { postulacion: { convocatoriaId } } });

  // The evaluator who has not passed joined after the assignment (so she holds none); the others before it.
  const primeros = EVALUADORES_DEMO.filter((e) => e.email !== EVALUADOR_SIN_CALIBRAR);
  r.cuentasNuevas += await crearEvaluadores(db, ya === 0 ? primeros : EVALUADORES_DEMO);
  let sesiones = await cargarSesiones(db, [...CORREOS, STAFF_DEMO.encargado]);
  r.calibraciones += await calibrarTodos(db, convocatoriaId, calibraciones.filter((c) => c.email !== EVALUADOR_SIN_CALIBRAR), sesiones);

  if (ya === 0) {
    if (rubrica.reglaRegion !== REGLA_REGION_DEMO) {
      // As the admin set it in etapa 1 (the rubric's form): the demo's evaluators cover eight regions.
      await db.$transaction(async (tx) => {
        await tx.rubrica.update({ where: { id: rubrica.id }, data: { reglaRegion: REGLA_REGION_DEMO } });
        await appendAudit(tx, { actorId: null, accion: "sistema.demoRubrica", entidad: "Rubrica", entidadId: rubrica.id, etapa: "SELECCION_CONTRATACION", datos: { reglaRegion: REGLA_REGION_DEMO } });
      });
    }
    const a = await ejecutar(db, asignarEvaluaciones, {}, sesiones.de(STAFF_DEMO.encargado));
    r.asignaciones = a.asignaciones;
    informar(`El encargado técnico asignó ${a.asignaciones} evaluaciones (${a.perfiles} perfiles admisibles, ${a.evaluadores} evaluadores avisados por correo).`);
    r.cuentasNuevas += await crearEvaluadores(db, EVALUADORES_DEMO);
    sesiones = await cargarSesiones(db, [...CORREOS, STAFF_DEMO.encargado]);
  }
  r.calibraciones += await calibrarTodos(db, convocatoriaId, calibraciones.filter((c) => c.email === EVALUADOR_SIN_CALIBRAR), sesiones);
  informar(`Evaluadores de la demostración: ${CORREOS.length}, ${r.cuentasNuevas} cuentas nuevas; ${r.calibraciones} calibraciones nuevas (todos aprobaron salvo ${EVALUADOR_SIN_CALIBRAR}).`);

  const { plan, indulgente, folioDividido } = await planDeLaBase(db, convocatoriaId, rubrica);
  r.indulgente = indulgente;
  r.folioDividido = folioDividido;
  const hechas = await evaluar(db, convocatoriaId, plan, sesiones);
  r.enviadas = hechas.enviadas;
  r.borradores = hechas.borradores;
  informar(
    `Evaluaciones nuevas: ${r.enviadas} enviadas y ${r.borradores} borradores` +
      (indulgente && folioDividido !== null ? `; evaluador indulgente: ${indulgente}; perfil con evaluaciones divididas: folio ${folioDividido}.` : "."),
  );
  return r;
}

/** The plan on the live assignments of the database, with the rubric's criteria and dashboard bounds. */
export async function planDeLaBase(
  db: Db,
  convocatoriaId: string,
  rubrica: { minMuestra: number; limiteIndulgencia: number; brechaDiscrepancia: number; criterios: { clave: string; peso: number }[] },
) {
  const asignaciones = await db.asignacionEvaluacion.findMany({
    where: { recusadaEn: null, postulacion: { convocatoriaId, folio: { not: null } }, evaluador: { email: { in: CORREOS } } },
    select: { postulacion: { select: { folio: true } }, evaluador: { select: { email: true } } },
  });
  const lista = asignaciones.map((a) => ({ folio: a.postulacion.folio!, email: a.evaluador.email })).sort((a, b) => a.folio - b.folio || (a.email < b.email ? -1 : 1));
  return planEvaluaciones(lista, {
    claves: rubrica.criterios.map((c) => c.clave),
    pesos: Object.fromEntries(rubrica.criterios.map((c) => [c.clave, c.peso])),
    minMuestra: rubrica.minMuestra,
    limiteZ: rubrica.limiteIndulgencia,
    brecha: rubrica.brechaDiscrepancia,
  });
}

/** Accounts made as the seed makes the demo's own (same password), each one in the audit log. */
async function crearEvaluadores(db: Db, lista: typeof EVALUADORES_DEMO): Promise<number> {
  const existentes = new Set((await db.user.findMany({ where: { email: { in: lista.map((e) => e.email) } }, select: { email: true } })).map((u) => u.email));
  const nuevas = lista.filter((e) => !existentes.has(e.email));
  if (nuevas.length === 0) return 0;
  const passwordHash = await hashPassword(CLAVE_DEMO);
  await db.$transaction(
    async (tx) => {
      for (const e of nuevas) {
        const u = await tx.user.create({
          data: { email: e.email, nombre: e.nombre, rut: `${e.rutCuerpo}-${calcularDv(e.rutCuerpo)}`, regionCut: e.regionCut, passwordHash, roles: { create: e.roles.map((rol) => ({ rol })) } },
          select: { id: true },
        });
        await appendAudit(tx, { actorId: null, accion: "sistema.demoCrearCuenta", entidad: "User", entidadId: u.id, etapa: "SELECCION_CONTRATACION", datos: { roles: e.roles } });
      }
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
  return nuevas.length;
}

/** Each evaluator without a capacitación yet does the calibration exercise, once or twice (their plan). */
async function calibrarTodos(db: Db, convocatoriaId: string, planes: ReturnType<typeof planCalibraciones>, sesiones: Sesiones): Promise<number> {
  const hechas = new Set(
    (await db.capacitacion.findMany({ where: { convocatoriaId, user: { email: { in: planes.map((p) => p.email) } } }, select: { user: { select: { email: true } } } })).map(
      (c) => c.user.email,
    ),
  );
  let n = 0;
  for (const p of planes) {
    if (hechas.has(p.email)) continue;
    for (const respuestas of p.intentos) {
      await ejecutar(db, calibrar, { respuestas: respuestas.map((x) => ({ orden: x.orden, notas: Object.entries(x.notas).map(([clave, nota]) => ({ clave, nota })) })) }, sesiones.de(p.email));
    }
    n++;
  }
  return n;
}

/**
 * Writes each planned evaluation not written yet (a visitor's own work is left alone), in the order they
 * happened: submitted ones through evaluacion.enviar, drafts through evaluacion.guardarBorrador.
 */
async function evaluar(db: Db, convocatoriaId: string, plan: PlanEvaluacion[], sesiones: Sesiones): Promise<{ enviadas: number; borradores: number }> {
  const existentes = await db.asignacionEvaluacion.findMany({
    where: { recusadaEn: null, postulacion: { convocatoriaId }, evaluacion: { isNot: null } },
    select: { postulacion: { select: { folio: true } }, evaluador: { select: { email: true } } },
  });
  const hecho = new Set(existentes.map((a) => `${a.postulacion.folio} ${a.evaluador.email}`));
  const ids = new Map(
    (await db.postulacion.findMany({ where: { convocatoriaId, folio: { in: [...new Set(plan.map((p) => p.folio))] } }, select: { id: true, folio: true } })).map((p) => [p.folio!, p.id]),
  );
  const r = { enviadas: 0, borradores: 0 };
  for (const p of [...plan].sort((a, b) => a.momento - b.momento)) {
    if (p.estado === "PENDIENTE" || hecho.has(`${p.folio} ${p.email}`)) continue;
    const puntajes = Object.fromEntries(
      Object.entries(p.notas)
        .filter(([, nota]) => nota !== null)
        .map(([clave, nota]) => [clave, { nota, ...(p.comentarios[clave] ? { comentario: p.comentarios[clave] } : {}) }]),
    );
    const postulacionId = ids.get(p.folio)!;
    if (p.estado === "ENVIADA") {
      await ejecutar(db, enviarEvaluacion, { postulacionId, comentario: p.comentario, confianza: p.confianza, puntajes }, sesiones.de(p.email));
      r.enviadas++;
    } else {
      await ejecutar(db, guardarBorradorEvaluacion, { postulacionId, version: 0, confianza: p.confianza, puntajes }, sesiones.de(p.email));
      r.borradores++;
    }
  }
  return r;
}
