// Assigns evaluators to the admissible perfiles that lack them, in one transaction: reads the perfiles,
// the evaluators and what is already assigned, lets lib/domain/asignacion.ts decide (eligibility, cap,
// balanced load), writes the rows and queues one e-mail per evaluator. Used by the actions (bulk
// assignment, conflict, third review, reassignment) and by the demo seed.
import { isPostgres, type Tx } from "@/lib/db/client";
import { asignarEvaluadores, motivoExclusion, REGLAS_REGION, type EvaluadorElegible, type PerfilAsignable, type ReglaRegion } from "@/lib/domain/asignacion";
import { evaluacionesRequeridas } from "@/lib/domain/etapas";
import { formatearFolio } from "@/lib/domain/huella";
import { regionDelPerfil } from "@/lib/domain/regiones";
import { normalizarRut } from "@/lib/domain/rut";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoAsignacionesEvaluacion } from "@/lib/mail/plantillas/asignaciones-evaluacion";

export type MotivoAsignacion = "ORDINARIA" | "TERCERA_REVISION" | "REASIGNACION";

/** Rubric settings when the convocatoria has no rubric yet (the schema's defaults). */
export const TOPE_POR_DEFECTO = 40;
export const REGLA_POR_DEFECTO: ReglaRegion = "cualquiera";

/** Serializes assignment runs of one convocatoria on PostgreSQL (SQLite's adapter runs one transaction at a time). */
const ASIGNACION_LOCK_KEY = 7_262_100;

export type OpcionesAsignacion = {
  /** Only this perfil (a conflict, a third review, a reassignment). */
  soloPostulacionId?: string;
  /** Recorded on the new rows; TERCERA_REVISION asks for one evaluator more than the perfil needs now. */
  motivo: MotivoAsignacion;
  /** Never this evaluator, on any perfil. */
  excluirEvaluadorId?: string;
  /** Only this evaluator (a reassignment to a chosen person): when not eligible, `motivos` says why. */
  evaluadorId?: string;
  /** Who assigned (null: the system, e.g. after a declared conflict). */
  asignadaPorId: string | null;
};

export type AsignacionNueva = { id: string; postulacionId: string; evaluadorId: string };

export type ResultadoAsignarPendientes = {
  /** The rows written (none when `motivos` is present). */
  asignaciones: AsignacionNueva[];
  /** Why it could not assign everything (Spanish); nothing was written then. */
  motivos?: string[];
  /** Perfiles that needed evaluators, and evaluators e-mailed. */
  perfiles: number;
  correos: number;
};

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

/** The refusal of an action that could not assign, from the domain's reasons ("No se pudo asignar: a; b. …"). */
export function mensajeInfactible(motivos: string[]): string {
  return `No se pudo asignar: ${motivos.join("; ")}. No se guardó ninguna asignación.`;
}

export async function bloquearAsignaciones(tx: Tx, convocatoriaId: string): Promise<void> {
  if (isPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ASIGNACION_LOCK_KEY}::int, hashtext(${convocatoriaId}))`;
}

/** The region, cap and rule the assignment uses for this convocatoria. */
export async function reglasDeAsignacion(tx: Tx, convocatoriaId: string) {
  const c = await tx.convocatoria.findUniqueOrThrow({
    where: { id: convocatoriaId },
    select: { nombre: true, evaluadoresPorPerfil: true, rubrica: { select: { topeEvaluador: true, reglaRegion: true } } },
  });
  const regla = c.rubrica?.reglaRegion ?? REGLA_POR_DEFECTO;
  if (!(REGLAS_REGION as readonly string[]).includes(regla)) throw new Error(`Regla de región desconocida en la rúbrica: ${regla}`);
  return { nombre: c.nombre, evaluadoresPorPerfil: c.evaluadoresPorPerfil, tope: c.rubrica?.topeEvaluador ?? TOPE_POR_DEFECTO, reglaRegion: regla as ReglaRegion };
}

export async function asignarPendientes(tx: Tx, convocatoria: { id: string }, opciones: OpcionesAsignacion): Promise<ResultadoAsignarPendientes> {
  await bloquearAsignaciones(tx, convocatoria.id);
  const reglas = await reglasDeAsignacion(tx, convocatoria.id);

  // Flat reads filtered by relation (subqueries), never nested ones: a nested read sends every perfil's id
  // as a parameter, past SQLite's limit on a bulk run of thousands of perfiles.
  const enEvaluacion = { convocatoriaId: convocatoria.id, estado: "ADMISIBLE" as const, ...(opciones.soloPostulacionId ? { id: opciones.soloPostulacionId } : {}) };
  const [filas, postulantes, desafios, regiones, previas, conRut] = await Promise.all([
    tx.postulacion.findMany({
      where: enEvaluacion,
      select: { id: true, folio: true, nombreProyecto: true, organizacionId: true, organizacionRut: true, postulanteId: true, desafioId: true },
      orderBy: { id: "asc" },
    }),
    tx.user.findMany({ where: { postulaciones: { some: enEvaluacion } }, select: { id: true, rut: true } }),
    tx.desafio.findMany({ where: { convocatoriaId: convocatoria.id }, select: { id: true, regionCut: true } }),
    tx.postulacionRegion.findMany({ where: { postulacion: enEvaluacion }, select: { postulacionId: true, regionCut: true } }),
    tx.asignacionEvaluacion.findMany({ where: { postulacion: enEvaluacion }, select: { postulacionId: true, evaluadorId: true, recusadaEn: true, motivo: true } }),
    tx.user.findMany({ where: { roles: { some: { rol: "EVALUADOR" } }, rut: { not: null } }, select: { id: true, rut: true } }),
  ]);
  const rutDe = new Map(postulantes.map((u) => [u.id, u.rut]));
  const regionDesafio = new Map(desafios.map((d) => [d.id, d.regionCut]));
  const regionesDe = new Map<string, string[]>();
  for (const r of regiones) {
    const lista = regionesDe.get(r.postulacionId);
    if (lista) lista.push(r.regionCut);
    else regionesDe.set(r.postulacionId, [r.regionCut]);
  }
  const asignacionesDe = new Map<string, typeof previas>();
  for (const a of previas) {
    const lista = asignacionesDe.get(a.postulacionId);
    if (lista) lista.push(a);
    else asignacionesDe.set(a.postulacionId, [a]);
  }
  // A perfil sent with a person's own RUT as its executor (persona natural) is that person's too.
  const evaluadoresPorRut = new Map(conRut.map((u) => [normalizarRut(u.rut!) ?? u.rut!, u.id]));

  const perfiles: PerfilAsignable[] = [];
  /** Per perfil, the accounts of the person who applies (their own, and the one with the executor's RUT). */
  const propios = new Map<string, string[]>();
  for (const p of filas) {
    const suyas = asignacionesDe.get(p.id) ?? [];
    const terceras = suyas.filter((a) => a.motivo === "TERCERA_REVISION").length;
    const vivas = suyas.filter((a) => a.recusadaEn === null).length;
    const necesita = Math.max(0, evaluacionesRequeridas(reglas.evaluadoresPorPerfil, terceras) - vivas) + (opciones.motivo === "TERCERA_REVISION" ? 1 : 0);
    if (necesita === 0) continue;
    // Everyone who ever held it (the unique pair forbids a second row), and the applicant's own account.
    const excluidos = new Set([...suyas.map((a) => a.evaluadorId), p.postulanteId]);
    const mismoRut = p.organizacionRut ? evaluadoresPorRut.get(normalizarRut(p.organizacionRut) ?? "") : undefined;
    if (mismoRut) excluidos.add(mismoRut);
    propios.set(p.id, mismoRut ? [p.postulanteId, mismoRut] : [p.postulanteId]);
    if (opciones.excluirEvaluadorId) excluidos.add(opciones.excluirEvaluadorId);
    perfiles.push({
      id: p.id,
      region: regionDelPerfil(regionesDe.get(p.id) ?? [], regionDesafio.get(p.desafioId) ?? null),
      organizacionId: p.organizacionId,
      rutPostulante: rutDe.get(p.postulanteId) ?? null,
      necesita,
      excluidos: [...excluidos],
    });
  }
  if (perfiles.length === 0) return { asignaciones: [], perfiles: 0, correos: 0 };

  const [usuarios, cargas] = await Promise.all([
    tx.user.findMany({
      where: { roles: { some: { rol: "EVALUADOR" } }, ...(opciones.evaluadorId ? { id: opciones.evaluadorId } : {}) },
      select: { id: true, nombre: true, email: true, rut: true, regionCut: true, membresias: { where: { estado: "ACTIVO" }, select: { organizacionId: true } } },
      orderBy: { id: "asc" },
    }),
    tx.asignacionEvaluacion.groupBy({ by: ["evaluadorId"], where: { recusadaEn: null, postulacion: { convocatoriaId: convocatoria.id } }, _count: { _all: true } }),
  ]);
  const cargaDe = new Map(cargas.map((c) => [c.evaluadorId, c._count._all]));
  const evaluadores: EvaluadorElegible[] = usuarios.map((u) => ({
    id: u.id,
    region: u.regionCut,
    organizacionIds: u.membresias.map((m) => m.organizacionId),
    rut: u.rut,
    carga: cargaDe.get(u.id) ?? 0,
  }));

  if (opciones.evaluadorId) {
    // A chosen person: say exactly why not, instead of the domain's summary by region.
    const e = evaluadores[0];
    if (!e) return { asignaciones: [], motivos: ["La persona elegida no tiene el rol Evaluador."], perfiles: perfiles.length, correos: 0 };
    const motivos: string[] = [];
    for (const p of perfiles) {
      const porque = propios.get(p.id)!.includes(e.id) ? "el evaluador es la persona que postula el perfil" : motivoExclusion(p, e, reglas.reglaRegion);
      const fila = filas.find((f) => f.id === p.id)!;
      if (porque) motivos.push(`${usuarios[0].nombre} no puede evaluar el perfil ${fila.folio !== null ? formatearFolio(fila.folio) : `«${fila.nombreProyecto}»`}: ${porque}.`);
    }
    const pedidos = perfiles.reduce((s, p) => s + p.necesita, 0);
    if (e.carga + pedidos > reglas.tope) {
      motivos.push(`${usuarios[0].nombre} ya tiene ${plural(e.carga, "perfil asignado", "perfiles asignados")} y el tope es de ${plural(reglas.tope, "perfil", "perfiles")} por evaluador.`);
    }
    if (motivos.length) return { asignaciones: [], motivos, perfiles: perfiles.length, correos: 0 };
  }

  const r = asignarEvaluadores({ perfiles, evaluadores, tope: reglas.tope, reglaRegion: reglas.reglaRegion });
  if (!r.ok) return { asignaciones: [], motivos: r.motivos, perfiles: perfiles.length, correos: 0 };

  const asignaciones: AsignacionNueva[] = [];
  // Chunks of 2,000 rows (10,000 parameters) stay under SQLite's 32,766 and PostgreSQL's 65,535 on a bulk run.
  for (let i = 0; i < r.asignaciones.length; i += 2000) {
    const lote = r.asignaciones.slice(i, i + 2000);
    asignaciones.push(
      ...(await tx.asignacionEvaluacion.createManyAndReturn({
        data: lote.map((a) => ({ postulacionId: a.perfilId, evaluadorId: a.evaluadorId, motivo: opciones.motivo, asignadaPorId: opciones.asignadaPorId })),
        select: { id: true, postulacionId: true, evaluadorId: true },
      })),
    );
  }

  const correos = await avisarEvaluadores(tx, convocatoria.id, reglas.nombre, asignaciones, filas, usuarios, opciones.motivo);
  return { asignaciones, perfiles: perfiles.length, correos };
}

/** One e-mail per evaluator with their new perfiles; returns how many were queued. */
async function avisarEvaluadores(
  tx: Tx,
  convocatoriaId: string,
  nombreConvocatoria: string,
  asignaciones: AsignacionNueva[],
  filas: { id: string; folio: number | null; nombreProyecto: string }[],
  usuarios: { id: string; nombre: string; email: string }[],
  motivo: MotivoAsignacion,
): Promise<number> {
  const porEvaluador = new Map<string, string[]>();
  for (const a of asignaciones) {
    const ids = porEvaluador.get(a.evaluadorId);
    if (ids) ids.push(a.postulacionId);
    else porEvaluador.set(a.evaluadorId, [a.postulacionId]);
  }
  if (porEvaluador.size === 0) return 0;
  const aprobadas = new Set(
    (
      await tx.capacitacion.findMany({ where: { convocatoriaId, aprobada: true, userId: { in: [...porEvaluador.keys()] } }, select: { userId: true } })
    ).map((c) => c.userId),
  );
  const perfil = new Map(filas.map((f) => [f.id, f]));
  const persona = new Map(usuarios.map((u) => [u.id, u]));
  for (const [evaluadorId, ids] of porEvaluador) {
    const u = persona.get(evaluadorId)!;
    const perfiles = ids
      .map((id) => perfil.get(id)!)
      .sort((a, b) => (a.folio ?? Number.MAX_SAFE_INTEGER) - (b.folio ?? Number.MAX_SAFE_INTEGER))
      .map((p) => ({ folio: p.folio, proyecto: p.nombreProyecto }));
    await encolarCorreo(
      tx,
      { para: u.email, userId: u.id },
      correoAsignacionesEvaluacion({ nombre: u.nombre, convocatoria: nombreConvocatoria, perfiles, motivo, capacitacionAprobada: aprobadas.has(evaluadorId) }),
    );
  }
  return porEvaluador.size;
}
