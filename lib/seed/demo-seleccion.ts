// The demo's preselection, when it goes past Selección y contratación (issue 12): what the committee needs
// before it can sign, then its session. Everyone acts through the product's actions:
//   1. the evaluación técnica is finished: the technical lead asks a third review of each perfil whose
//      evaluators disagree (evaluacion.pedirTerceraRevision), passes to someone else an evaluation held by
//      an evaluator who has not passed the calibration (evaluacion.reasignar), and every evaluation still
//      due is submitted (evaluacion.enviar; lib/seed/datos-evaluacion.ts completarEvaluacion);
//   2. the popular vote closes: its end is written directly, as the demo writes the votes
//      (lib/seed/demo-votacion.ts), to the evening before (or right after the last vote), with an audit entry;
//   3. the committee (comite@ and two synthetic members) prepares the round with the convocatoria's budget,
//      records the departures of lib/seed/datos-seleccion.ts with their reasons, adopts the suggestion for
//      the rest, generates the acta and signs it, one member with a reasoned dissent; the last signature
//      closes the round (PDF and SHA-256 in the audit log, perfiles preseleccionados, applicants e-mailed).
// Each step is skipped where it was done: running it again adds nothing.
import { appendAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import { pedirTerceraRevision } from "@/lib/asignaciones/actions/pedir-tercera-revision";
import { reasignarEvaluacion } from "@/lib/asignaciones/actions/reasignar";
import type { Db } from "@/lib/db/client";
import { discrepancias } from "@/lib/domain/atipicos";
import { formatearClp, formatearFechaHora } from "@/lib/domain/formato";
import { calcularDv } from "@/lib/domain/rut";
import { seApartaDeSugerencia, type EstadoRonda } from "@/lib/domain/seleccion";
import { enviarEvaluacion } from "@/lib/evaluacion/actions/enviar";
import { ajustesRubrica, notasFinales } from "@/lib/evaluacion/puntajes";
import { adoptarSugerencia } from "@/lib/seleccion/actions/adoptar-sugerencia";
import { decidir } from "@/lib/seleccion/actions/decidir";
import { firmarActa } from "@/lib/seleccion/actions/firmar-acta";
import { generarActa } from "@/lib/seleccion/actions/generar-acta";
import { prepararRonda } from "@/lib/seleccion/actions/preparar-ronda";
import { rankingConsolidado } from "@/lib/seleccion/ranking";
import { leerSugerencia } from "@/lib/seleccion/ronda";
import { estadoVentana, SELECT_REGLAS } from "@/lib/votacion/reglas";
import { sellarPendientes } from "@/lib/votacion/sellado";
import { CLAVE_DEMO } from "./datos-2019";
import { completarEvaluacion } from "./datos-evaluacion";
import { COMITE_DEMO, FIRMANTES, laRegion, MIEMBRO_DISIDENTE, MIEMBROS_COMITE_DEMO, planComite, type CandidatoDemo, type PlanComite } from "./datos-seleccion";
import { STAFF_DEMO } from "./datos-sinteticos";
import { cargarSesiones, ejecutar } from "./demo-acciones";
import type { LineaDeTiempo } from "./linea-de-tiempo";

export type ResultadoSeleccionDemo = {
  /** Evaluación técnica finished before the committee: third reviews asked (folios), reassignments, evaluations submitted. */
  tercerasRevisiones: number[];
  reasignadas: number;
  evaluacionesEnviadas: number;
  /** When this run closed the popular vote (null: it was already closed). */
  cierreVotacion: Date | null;
  cuentasNuevas: number;
  estado: EstadoRonda | null;
  candidatos: number;
  /** The optimiser's suggested portfolio: how many projects, for how much, covering how many regions. */
  sugerencia: { proyectos: number; monto: number; regiones: number } | null;
  /** Decisions that depart from the suggestion (each with its reasons), and the selected projects. */
  apartadas: number;
  seleccionadas: number;
  montoSeleccionado: number;
  firmas: number;
  disidencias: number;
  /** SHA-256 of the signed acta's PDF (null until the last signature). */
  sha256: string | null;
};

const MIEMBROS = [COMITE_DEMO, ...MIEMBROS_COMITE_DEMO.map((m) => m.email)];

/** Steps 1 to 3 (see above). `linea` is the timeline of the etapa the demo goes to (its cierreVotacion). */
export async function prepararSeleccion(db: Db, convocatoriaId: string, linea: LineaDeTiempo, informar: (l: string) => void): Promise<ResultadoSeleccionDemo> {
  const r: ResultadoSeleccionDemo = {
    tercerasRevisiones: [],
    reasignadas: 0,
    evaluacionesEnviadas: 0,
    cierreVotacion: null,
    cuentasNuevas: 0,
    estado: null,
    candidatos: 0,
    sugerencia: null,
    apartadas: 0,
    seleccionadas: 0,
    montoSeleccionado: 0,
    firmas: 0,
    disidencias: 0,
    sha256: null,
  };
  const cerrada = (await db.rondaSeleccion.findUnique({ where: { convocatoriaId_fase: { convocatoriaId, fase: "PRESELECCION" } }, select: { estado: true } }))?.estado === "CERRADA";
  if (!cerrada) {
    await terminarEvaluacion(db, convocatoriaId, r, informar);
    await cerrarVotacion(db, convocatoriaId, linea, r, informar);
  }
  await sesionarComite(db, convocatoriaId, r, informar);
  return r;
}

async function terminarEvaluacion(db: Db, convocatoriaId: string, r: ResultadoSeleccionDemo, informar: (l: string) => void): Promise<void> {
  const encargado = (await cargarSesiones(db, [STAFF_DEMO.encargado])).de(STAFF_DEMO.encargado);

  // Third reviews: the perfiles the dashboard lists as split (lib/domain/atipicos.ts), once each.
  const ajustes = await ajustesRubrica(db, convocatoriaId);
  const divididos = discrepancias(await notasFinales(db, convocatoriaId), ajustes.brechaDiscrepancia).map((d) => d.postulacionId);
  const sinTercera = await db.postulacion.findMany({
    where: { id: { in: divididos }, estado: "ADMISIBLE", asignaciones: { none: { motivo: "TERCERA_REVISION" } } },
    select: { id: true, folio: true },
    orderBy: { folio: "asc" },
  });
  for (const p of sinTercera) {
    await ejecutar(db, pedirTerceraRevision, { postulacionId: p.id }, encargado);
    r.tercerasRevisiones.push(p.folio!);
  }

  const pendientes = () =>
    db.asignacionEvaluacion.findMany({
      where: { recusadaEn: null, postulacion: { convocatoriaId, estado: "ADMISIBLE" }, OR: [{ evaluacion: { is: null } }, { evaluacion: { is: { enviadaEn: null } } }] },
      select: {
        id: true,
        evaluadorId: true,
        evaluador: { select: { email: true } },
        postulacion: { select: { id: true, folio: true } },
        evaluacion: { select: { comentario: true, confianza: true, puntajes: { select: { nota: true, comentario: true, criterio: { select: { clave: true } } } } } },
      },
      orderBy: [{ postulacion: { folio: "asc" } }, { id: "asc" }],
    });
  // An evaluator who has not passed the calibration cannot submit: the lead passes the evaluation on.
  const aprobados = new Set((await db.capacitacion.findMany({ where: { convocatoriaId, aprobada: true }, select: { userId: true } })).map((c) => c.userId));
  for (const a of await pendientes()) {
    if (aprobados.has(a.evaluadorId)) continue;
    await ejecutar(db, reasignarEvaluacion, { asignacionId: a.id }, encargado);
    r.reasignadas++;
  }

  const lista = await pendientes();
  const claves = (await db.criterio.findMany({ where: { rubrica: { convocatoriaId } }, orderBy: { orden: "asc" }, select: { clave: true } })).map((c) => c.clave);
  const sesiones = await cargarSesiones(db, lista.map((a) => a.evaluador.email));
  for (const a of lista) {
    const guardados = new Map((a.evaluacion?.puntajes ?? []).map((p) => [p.criterio.clave, p]));
    const notasGuardadas = Object.fromEntries([...guardados].flatMap(([clave, p]) => (p.nota === null ? [] : [[clave, p.nota]])));
    const e = completarEvaluacion(a.postulacion.folio!, a.evaluador.email, claves, notasGuardadas);
    const puntajes = Object.fromEntries(
      claves.map((c) => {
        const comentario = guardados.get(c)?.comentario || e.comentarios[c];
        return [c, { nota: e.notas[c], ...(comentario ? { comentario } : {}) }];
      }),
    );
    await ejecutar(
      db,
      enviarEvaluacion,
      { postulacionId: a.postulacion.id, comentario: a.evaluacion?.comentario || e.comentario, confianza: a.evaluacion?.confianza ?? e.confianza, puntajes },
      sesiones.de(a.evaluador.email),
    );
    r.evaluacionesEnviadas++;
  }

  if (r.tercerasRevisiones.length + r.evaluacionesEnviadas === 0) return informar("Evaluación técnica: todas las evaluaciones ya estaban enviadas.");
  const terceras = r.tercerasRevisiones.length
    ? `el encargado técnico pidió una tercera revisión del folio ${r.tercerasRevisiones.join(", ")} (evaluaciones divididas)` +
      (r.reasignadas ? `, reasignó ${r.reasignadas === 1 ? "1 evaluación" : `${r.reasignadas} evaluaciones`} de quien no ha aprobado la calibración` : "") +
      " y "
    : "";
  informar(`Evaluación técnica terminada: ${terceras}se enviaron ${r.evaluacionesEnviadas} evaluaciones pendientes (borradores, perfiles sin abrir y terceras revisiones).`);
}

/** The vote's end, moved to the evening before (or just after the last vote, if later); nothing when closed. */
async function cerrarVotacion(db: Db, convocatoriaId: string, linea: LineaDeTiempo, r: ResultadoSeleccionDemo, informar: (l: string) => void): Promise<void> {
  await sellarPendientes(db);
  const reglas = await db.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: SELECT_REGLAS });
  const ahora = new Date();
  const votos = await db.voto.count({ where: { convocatoriaId } });
  if (estadoVentana(reglas, ahora) !== "ABIERTA" || !reglas.votacionInicio || !reglas.votacionFin || !linea.cierreVotacion) {
    informar(`Votación popular: ya estaba cerrada (${votos} votos sellados).`);
    return;
  }
  const ultimo = await db.voto.findFirst({ where: { convocatoriaId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  const minuto = 60_000;
  const despuesDe = Math.max(ultimo?.createdAt.getTime() ?? 0, reglas.votacionInicio.getTime());
  let cierre = linea.cierreVotacion.getTime();
  if (cierre <= despuesDe) cierre = (Math.floor(despuesDe / minuto) + 1) * minuto;
  const fin = new Date(Math.min(cierre, ahora.getTime()));
  await db.$transaction(async (tx) => {
    await tx.convocatoria.update({ where: { id: convocatoriaId }, data: { votacionFin: fin } });
    await appendAudit(tx, {
      actorId: null,
      accion: "sistema.demoCerrarVotacion",
      entidad: "Convocatoria",
      entidadId: convocatoriaId,
      etapa: "SELECCION_CONTRATACION",
      datos: { finAnterior: reglas.votacionFin!.toISOString(), votacionFin: fin.toISOString(), votos },
    });
  });
  r.cierreVotacion = fin;
  informar(`Votación popular: cerró el ${formatearFechaHora(fin)}, con ${votos} votos sellados.`);
}

/** Accounts made as the seed makes the demo's own (same password), each one in the audit log. */
async function crearMiembros(db: Db): Promise<number> {
  const existentes = new Set((await db.user.findMany({ where: { email: { in: MIEMBROS_COMITE_DEMO.map((m) => m.email) } }, select: { email: true } })).map((u) => u.email));
  const nuevas = MIEMBROS_COMITE_DEMO.filter((m) => !existentes.has(m.email));
  if (nuevas.length === 0) return 0;
  const passwordHash = await hashPassword(CLAVE_DEMO);
  await db.$transaction(async (tx) => {
    for (const m of nuevas) {
      const u = await tx.user.create({
        data: { email: m.email, nombre: m.nombre, rut: `${m.rutCuerpo}-${calcularDv(m.rutCuerpo)}`, regionCut: m.regionCut, passwordHash, roles: { create: m.roles.map((rol) => ({ rol })) } },
        select: { id: true },
      });
      await appendAudit(tx, { actorId: null, accion: "sistema.demoCrearCuenta", entidad: "User", entidadId: u.id, etapa: "SELECCION_CONTRATACION", datos: { roles: m.roles } });
    }
  });
  return nuevas.length;
}

async function sesionarComite(db: Db, convocatoriaId: string, r: ResultadoSeleccionDemo, informar: (l: string) => void): Promise<void> {
  r.cuentasNuevas = await crearMiembros(db);
  const sesiones = await cargarSesiones(db, MIEMBROS);
  const presidenta = sesiones.de(COMITE_DEMO);
  const leerRonda = () => db.rondaSeleccion.findUnique({ where: { convocatoriaId_fase: { convocatoriaId, fase: "PRESELECCION" } } });

  let ronda = await leerRonda();
  if (!ronda) {
    const { presupuestoTotal } = await db.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: { presupuestoTotal: true } });
    await ejecutar(db, prepararRonda, { presupuesto: presupuestoTotal, miembros: MIEMBROS.map((m) => sesiones.de(m).id) }, presidenta);
    ronda = (await leerRonda())!;
  }
  const sugerencia = leerSugerencia(ronda.sugerencia);
  const filas = await rankingConsolidado(db, convocatoriaId, "PRESELECCION");
  const candidatos: CandidatoDemo[] = filas
    .filter((f) => f.consolidado !== null && f.montoSolicitado !== null)
    .map((f) => ({ postulacionId: f.postulacionId, nombre: f.nombreProyecto, desafio: f.desafioTitulo, regionCut: f.regionCut, monto: f.montoSolicitado!, puntaje: f.consolidado!, folio: f.folio }));
  r.candidatos = candidatos.length;
  const regionesElegibles = new Set(candidatos.map((c) => c.regionCut)).size;
  if (sugerencia?.factible) {
    const sugeridas = new Set(sugerencia.seleccion.map(String));
    r.sugerencia = { proyectos: sugerencia.seleccion.length, monto: sugerencia.montoTotal, regiones: new Set(candidatos.filter((c) => sugeridas.has(c.postulacionId)).map((c) => c.regionCut)).size };
  }
  // While the round is open or in signature, the plan follows from the stored suggestion and the final scores.
  const plan: PlanComite | null = ronda.estado !== "CERRADA" && sugerencia?.factible ? planComite(candidatos, { seleccion: sugerencia.seleccion.map(String), montoTotal: sugerencia.montoTotal }, ronda.presupuesto) : null;
  if (r.sugerencia && ronda.estado === "ABIERTA") {
    informar(
      `Comité: ${MIEMBROS.length} miembros presentes (${r.cuentasNuevas} cuentas nuevas); la cartera sugerida por el optimizador tiene ${r.sugerencia.proyectos} ` +
        `de ${r.candidatos} perfiles por ${formatearClp(r.sugerencia.monto)} y cubre ${r.sugerencia.regiones} de las ${regionesElegibles} regiones con perfiles elegibles.`,
    );
  }

  const rondaId = ronda.id;
  if (ronda.estado === "ABIERTA") {
    const decididas = async () => new Set((await db.decisionComite.findMany({ where: { rondaId }, select: { postulacionId: true } })).map((d) => d.postulacionId));
    const ya = await decididas();
    for (const a of plan?.apartamientos ?? []) {
      if (!ya.has(a.postulacionId)) await ejecutar(db, decidir, { postulacionId: a.postulacionId, decision: a.decision, fundamento: a.fundamento }, sesiones.de(a.por));
    }
    const ahora = await decididas();
    if (candidatos.some((c) => !ahora.has(c.postulacionId))) await ejecutar(db, adoptarSugerencia, {}, presidenta);
    await ejecutar(db, generarActa, {}, presidenta);
    ronda = (await leerRonda())!;
  }

  if (ronda.estado === "EN_FIRMA") {
    const miembros = await db.miembroRonda.findMany({ where: { rondaId: ronda.id, presente: true }, select: { firmadaEn: true, usuario: { select: { email: true } } } });
    const orden = (email: string) => {
      const i = (FIRMANTES as readonly string[]).indexOf(email);
      return i < 0 ? -1 : i; // someone else present (a visitor's round) signs first; the chair last
    };
    const firmantes = miembros.filter((m) => !m.firmadaEn).sort((a, b) => orden(a.usuario.email) - orden(b.usuario.email));
    const sesionesFirma = await cargarSesiones(db, firmantes.map((m) => m.usuario.email));
    for (const m of firmantes) {
      const disiente = m.usuario.email === MIEMBRO_DISIDENTE && plan !== null;
      await ejecutar(db, firmarActa, disiente ? { postura: "DISIDENCIA", nota: plan!.disidencia } : { postura: "ACUERDO" }, sesionesFirma.de(m.usuario.email));
    }
    ronda = (await leerRonda())!;
  }

  // What the round holds now, whoever did it.
  const [decisiones, miembros, acta] = await Promise.all([
    db.decisionComite.findMany({ where: { rondaId: ronda.id }, select: { decision: true, montoAsignado: true, sugerida: true, fundamento: true, postulacionId: true } }),
    db.miembroRonda.findMany({ where: { rondaId: ronda.id, presente: true }, select: { firmadaEn: true, postura: true } }),
    db.acta.findUnique({ where: { rondaId: ronda.id }, select: { sha256: true } }),
  ]);
  r.estado = ronda.estado;
  const apartadas = decisiones.filter((d) => seApartaDeSugerencia(d.sugerida, d.decision));
  r.apartadas = apartadas.length;
  r.seleccionadas = decisiones.filter((d) => d.decision === "SELECCIONADA").length;
  r.montoSeleccionado = decisiones.reduce((s, d) => s + (d.decision === "SELECCIONADA" ? (d.montoAsignado ?? 0) : 0), 0);
  r.firmas = miembros.filter((m) => m.firmadaEn).length;
  r.disidencias = miembros.filter((m) => m.postura === "DISIDENCIA").length;
  r.sha256 = acta?.sha256 ?? null;

  const region = new Map(candidatos.map((c) => [c.postulacionId, c.regionCut]));
  const detalle = apartadas
    .map((d) => (d.decision === "SELECCIONADA" ? `uno agregado para reforzar ${laRegion(region.get(d.postulacionId) ?? "")}` : d.decision === "LISTA_ESPERA" ? "uno a lista de espera" : "uno no seleccionado"))
    .join(", ");
  informar(
    `Decisiones del comité: ${decisiones.length}; ${r.apartadas} se apartan de la sugerencia, con su fundamento${detalle ? ` (${detalle})` : ""}. ` +
      `Preseleccionados: ${r.seleccionadas}, por ${formatearClp(r.montoSeleccionado)} de ${formatearClp(ronda.presupuesto)}.`,
  );
  if (r.estado === "CERRADA") {
    informar(
      `Acta de preselección firmada por ${r.firmas} miembros${r.disidencias ? ` (${r.disidencias === 1 ? "1 con disidencia fundada" : `${r.disidencias} con disidencia fundada`})` : ""}: ` +
        `ronda cerrada, PDF con SHA-256 ${r.sha256?.slice(0, 16)}… en la bitácora; cada postulante recibe por correo el resultado de su perfil (${decisiones.length} correos en la bandeja de salida).`,
    );
  } else informar(`La ronda de preselección quedó ${r.estado === "EN_FIRMA" ? "en firma" : "abierta"}.`);
}
