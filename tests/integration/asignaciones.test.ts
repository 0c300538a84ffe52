// Assignment of evaluators (issue 10) through the actions, on a realistic set: every admissible perfil gets
// exactly N, nobody evaluates their own organisation or their own perfil, the rubric's region rule and
// cap hold, loads are balanced; a second run assigns nothing; infeasible runs say why and write nothing; a
// declared conflict recuses and hands the perfil over in the same transaction; third reviews; reassignment;
// and the etapa precondition (leaving SELECCION_CONTRATACION needs every evaluation submitted).
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction, MENSAJE_ROL, mensajeEtapa } from "@/lib/actions/pipeline";
import { asignarEvaluaciones } from "@/lib/asignaciones/actions/asignar";
import { declararConflicto } from "@/lib/asignaciones/actions/declarar-conflicto";
import { pedirTerceraRevision } from "@/lib/asignaciones/actions/pedir-tercera-revision";
import { reasignarEvaluacion } from "@/lib/asignaciones/actions/reasignar";
import { mensajeInfactible } from "@/lib/asignaciones/asignar";
import { getPanelAsignaciones } from "@/lib/asignaciones/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { rondaCerrada } from "../support/rondas";
import { ESTADOS_POR_EVALUAR } from "@/lib/domain/etapas";
import { guardarRubrica } from "@/lib/rubrica/actions/guardar";
import { comoError, comoExito } from "../support/resultado";
import { contarAuditoria, db, etapaActual, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { completarEvaluaciones, crearEvaluador, crearOrganizacion, crearPerfilAdmisible, enviarEvaluacion, rutDe } from "../support/asignaciones";
import { rubricaMuestra } from "../fixtures/acciones/rubrica";

let e: Escenario;
let staff: SessionUser;
const TOPE = 14;
const N = 2;
/** The evaluators made here, by region ("" = nivel central). */
const evaluadores: SessionUser[] = [];
let propio: SessionUser; // an evaluator who is also the applicant of one perfil
let miembro: SessionUser; // an ACTIVO member of organización 0
let pendiente: SessionUser; // a PENDIENTE member of organización 1 (may evaluate it)
let calibrado: SessionUser; // passed the capacitación: no reminder in their e-mail
const organizaciones: string[] = [];
const noAdmisibles: string[] = [];

beforeAll(async () => {
  e = await prepararDemo();
  staff = e.cuentas.ENCARGADO_TECNICO;
  await fijarEtapa("DESARROLLO_CONCURSO");
  comoExito(await executeAction(guardarRubrica, { ...rubricaMuestra(), evaluadoresPorPerfil: N, topeEvaluador: TOPE, reglaRegion: "otra_region" }, { user: e.admin, db }));
  await fijarEtapa("SELECCION_CONTRATACION");

  for (const regionCut of ["08", "08", "08", "09", "09", "13", "13", "13", "05", "05", null, null]) evaluadores.push(await crearEvaluador({ regionCut }));
  propio = evaluadores[0];
  miembro = evaluadores[5];
  pendiente = evaluadores[6];
  calibrado = evaluadores[10];
  await db.userRol.create({ data: { userId: propio.id, rol: "POSTULANTE" } });
  await db.capacitacion.create({ data: { convocatoriaId: e.convocatoriaId, userId: calibrado.id, aprobada: true, intentos: 1, completadaEn: new Date() } });

  for (let k = 0; k < 10; k++) {
    const duena = await db.user.create({ data: { email: `duena-${k}-${Date.now()}@prueba.cl`, nombre: `Dueña ${k}`, roles: { create: [{ rol: "POSTULANTE" }] } } });
    const extra = k === 0 ? [{ userId: miembro.id, estado: "ACTIVO" as const }] : k === 1 ? [{ userId: pendiente.id, estado: "PENDIENTE" as const }] : [];
    organizaciones.push((await crearOrganizacion([{ userId: duena.id, estado: "ACTIVO" }, ...extra], 76_500_000 + k)).id);
  }
  const regiones = [["08"], ["09"], ["13"], ["05"], ["13", "05"], ["09", "08"], []];
  // One perfil per organisation and desafío (a unique pair): organisations 0 and 1 hold one in every
  // desafío, the other eight one each, and the rest of the perfiles none.
  const D = e.desafios.length;
  for (let i = 0; i < 40; i++) {
    await crearPerfilAdmisible({
      convocatoriaId: e.convocatoriaId,
      desafioId: e.desafios[(i < 2 * D ? Math.floor(i / 2) : i) % D].id,
      regiones: regiones[i % regiones.length],
      organizacionId: i < 2 * D ? organizaciones[i % 2] : i < 2 * D + 8 ? organizaciones[2 + (i % 8)] : null,
      rutPostulante: i === 30 ? null : rutDe(20_000_000 + i),
    });
  }
  await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, regiones: ["09"], postulanteId: propio.id });
  for (const estado of ["ENVIADA", "INADMISIBLE"] as const) noAdmisibles.push((await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[1].id, regiones: ["13"], estado })).id);
});

/** A perfil's region as the assignment reads it: its first region by code, else its desafío's, else "13". */
async function perfilesAdmisibles() {
  const ps = await db.postulacion.findMany({
    where: { convocatoriaId: e.convocatoriaId, estado: "ADMISIBLE" },
    select: {
      id: true,
      folio: true,
      organizacionId: true,
      postulanteId: true,
      desafio: { select: { regionCut: true } },
      regiones: { select: { regionCut: true } },
      asignaciones: { select: { id: true, evaluadorId: true, recusadaEn: true, motivo: true, asignadaPorId: true, evaluacion: { select: { enviadaEn: true } } } },
    },
  });
  return ps.map((p) => ({ ...p, region: p.regiones.map((r) => r.regionCut).sort()[0] ?? p.desafio.regionCut ?? "13", vivas: p.asignaciones.filter((a) => a.recusadaEn === null) }));
}

async function datosEvaluadores() {
  const us = await db.user.findMany({
    where: { roles: { some: { rol: "EVALUADOR" } } },
    select: { id: true, regionCut: true, membresias: { where: { estado: "ACTIVO" }, select: { organizacionId: true } } },
  });
  return new Map(us.map((u) => [u.id, { region: u.regionCut, organizaciones: u.membresias.map((m) => m.organizacionId) }]));
}

/** Every rule on every live assignment. */
async function comprobarInvariantes(tope: number) {
  const perfiles = await perfilesAdmisibles();
  const ev = await datosEvaluadores();
  const carga = new Map<string, number>();
  for (const p of perfiles) {
    for (const a of p.vivas) {
      const x = ev.get(a.evaluadorId)!;
      expect(a.evaluadorId, `folio ${p.folio}: la persona que postula`).not.toBe(p.postulanteId);
      if (p.organizacionId) expect(x.organizaciones, `folio ${p.folio}: su organización`).not.toContain(p.organizacionId);
      expect(x.region, `folio ${p.folio}: regla otra_region`).not.toBe(p.region);
      carga.set(a.evaluadorId, (carga.get(a.evaluadorId) ?? 0) + 1);
    }
    expect(new Set(p.vivas.map((a) => a.evaluadorId)).size).toBe(p.vivas.length);
  }
  for (const [id, n] of carga) expect(n, id).toBeLessThanOrEqual(tope);
  return { perfiles, carga, ev };
}

const correosPara = (userId: string) => db.notificacion.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const contarFilas = async () => ({ asignaciones: await db.asignacionEvaluacion.count(), correos: await db.notificacion.count(), auditoria: await contarAuditoria() });

describe("evaluacion.asignar", () => {
  it("cada perfil admisible recibe exactamente N evaluadores elegibles, con la carga equilibrada y bajo el tope", async () => {
    const correosAntes = await db.notificacion.count();
    const r = comoExito(await executeAction(asignarEvaluaciones, {}, { user: staff, db }));
    expect(r.data).toEqual({ asignaciones: 41 * N, perfiles: 41, evaluadores: expect.any(Number) });
    expect(r.mensaje).toMatch(new RegExp(`^Se crearon ${41 * N} asignaciones para 41 perfiles; se avisó por correo a \\d+ evaluadores\\.$`));

    const { perfiles, carga, ev } = await comprobarInvariantes(TOPE);
    expect(perfiles).toHaveLength(41);
    for (const p of perfiles) {
      expect(p.vivas, `folio ${p.folio}`).toHaveLength(N);
      for (const a of p.vivas) expect(a).toMatchObject({ motivo: "ORDINARIA", asignadaPorId: staff.id });
    }
    // Balanced: every evaluator holds ⌊82/E⌋ or ⌈82/E⌉.
    const cargas = [...ev.keys()].map((id) => carga.get(id) ?? 0);
    expect(Math.max(...cargas) - Math.min(...cargas)).toBeLessThanOrEqual(1);
    expect(await db.asignacionEvaluacion.count({ where: { postulacionId: { in: noAdmisibles } } })).toBe(0);

    // One e-mail per evaluator, listing their perfiles; the reminder only for who has not passed the capacitación.
    expect((await db.notificacion.count()) - correosAntes).toBe(r.data.evaluadores);
    for (const [id, n] of carga) {
      const [m, ...otros] = (await correosPara(id)).filter((c) => c.asunto.includes("asignado"));
      expect(otros).toHaveLength(0);
      expect(m.asunto).toBe(n === 1 ? "Fondo IDEA: tiene un perfil asignado para evaluar" : `Fondo IDEA: tiene ${n} perfiles asignados para evaluar`);
      const folios = perfiles.filter((p) => p.vivas.some((a) => a.evaluadorId === id)).map((p) => `Folio N° ${String(p.folio).padStart(6, "0")}`);
      for (const f of folios) expect(m.cuerpo).toContain(f);
      expect(m.cuerpo.match(/^- /gm)).toHaveLength(n);
      expect(m.cuerpo.includes("/evaluador/capacitacion")).toBe(id !== calibrado.id);
    }
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "evaluacion.asignar", entidad: "Convocatoria", entidadId: e.convocatoriaId, actorId: staff.id, etapa: "SELECCION_CONTRATACION" });
    expect(JSON.parse(a!.datos)).toEqual({ asignaciones: 82, perfiles: 41, evaluadores: r.data.evaluadores });
  });

  it("nadie evalúa su propio perfil ni el de una organización de la que es integrante activo (un integrante pendiente sí puede)", async () => {
    const perfiles = await perfilesAdmisibles();
    const suyo = perfiles.find((p) => p.postulanteId === propio.id)!;
    expect(suyo.vivas.map((a) => a.evaluadorId)).not.toContain(propio.id);
    const deOrg0 = perfiles.filter((p) => p.organizacionId === organizaciones[0]);
    expect(deOrg0.length).toBeGreaterThan(1);
    for (const p of deOrg0) expect(p.vivas.map((a) => a.evaluadorId)).not.toContain(miembro.id);
    const panel = (await getPanelAsignaciones(staff, miembro.id, db))!;
    expect(panel.perfiles).toMatchObject({ admisibles: 41, completos: 41, faltan: [] });
    expect(panel.detalle!.asignaciones.length).toBe(panel.evaluadores.find((x) => x.id === miembro.id)!.carga);
    expect(await getPanelAsignaciones(e.cuentas.EVALUADOR, null, db)).toBeNull();
  });

  it("exclusiones que obligan: su organización (activa), su propio perfil o su RUT quedan fuera aunque sean los primeros candidatos", async () => {
    // A region with no evaluator yet and the rule "same region": five candidates, created in this order so
    // that the excluded ones come first in the tie-break (by id); only the last two may take the perfil.
    const ocupadas = new Set((await db.user.findMany({ where: { roles: { some: { rol: "EVALUADOR" } } }, select: { regionCut: true } })).map((u) => u.regionCut));
    const region = ["15", "16", "14", "01", "12"].find((r) => !ocupadas.has(r))!;
    const deSuOrganizacion = await crearEvaluador({ regionCut: region });
    const postulante = await crearEvaluador({ regionCut: region });
    const conSuRut = await crearEvaluador({ regionCut: region, rut: rutDe(9_876_543) });
    const pendienteAhi = await crearEvaluador({ regionCut: region });
    const libre = await crearEvaluador({ regionCut: region });
    await db.userRol.create({ data: { userId: postulante.id, rol: "POSTULANTE" } });
    const duena = await db.user.create({ data: { email: `duena-z-${Date.now()}@prueba.cl`, nombre: "Dueña Z", roles: { create: [{ rol: "POSTULANTE" }] } } });
    const z = await crearOrganizacion(
      [
        { userId: duena.id, estado: "ACTIVO" },
        { userId: deSuOrganizacion.id, estado: "ACTIVO" },
        { userId: pendienteAhi.id, estado: "PENDIENTE" },
      ],
      76_600_000,
    );
    const p = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, regiones: [region], organizacionId: z.id, postulanteId: postulante.id });
    // Sent as a persona natural would: the executor's RUT is an evaluator's own.
    await db.postulacion.update({ where: { id: p.id }, data: { organizacionRut: "9.876.543-" + rutDe(9_876_543).slice(-1) } });
    await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { reglaRegion: "misma_region" } });
    try {
      comoExito(await executeAction(asignarEvaluaciones, {}, { user: staff, db }));
    } finally {
      await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { reglaRegion: "otra_region" } });
    }
    const asignados = (await db.asignacionEvaluacion.findMany({ where: { postulacionId: p.id }, select: { evaluadorId: true } })).map((a) => a.evaluadorId);
    expect(asignados.sort()).toEqual([pendienteAhi.id, libre.id].sort());
    expect(asignados).not.toContain(conSuRut.id);
    await db.postulacion.update({ where: { id: p.id }, data: { estado: "INADMISIBLE" } }); // out of the "another region" invariants
  });

  it("una segunda ejecución no asigna nada nuevo ni envía correos", async () => {
    const antes = await contarFilas();
    const r = comoExito(await executeAction(asignarEvaluaciones, {}, { user: e.admin, db }));
    expect(r.data).toEqual({ asignaciones: 0, perfiles: 0, evaluadores: 0 });
    expect(r.mensaje).toBe("Todos los perfiles admisibles ya tienen sus evaluadores: no se asignó nada nuevo.");
    expect(await contarFilas()).toEqual({ ...antes, auditoria: antes.auditoria + 1 });
  });

  it("tres ejecuciones simultáneas asignan una sola vez: cada perfil nuevo queda con exactamente N", async () => {
    const nuevos = [];
    for (const regiones of [["08"], ["13"], ["05"]]) nuevos.push(await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[4].id, regiones }));
    const rs = await Promise.all([0, 1, 2].map(() => executeAction(asignarEvaluaciones, {}, { user: staff, db })));
    expect(rs.map((r) => comoExito(r).data.asignaciones).reduce((a, b) => a + b, 0)).toBe(3 * N);
    for (const p of nuevos) expect(await db.asignacionEvaluacion.count({ where: { postulacionId: p.id, recusadaEn: null } })).toBe(N);
    await comprobarInvariantes(TOPE);
  });

  it("si no se puede cubrir todo, dice por qué (región, tope) y no escribe nada", async () => {
    const aysen = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[2].id, regiones: ["11"] });
    await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { reglaRegion: "misma_region" } });
    const antes = await contarFilas();
    const r = comoError(await executeAction(asignarEvaluaciones, {}, { user: staff, db }));
    const deAysen = await db.user.count({ where: { regionCut: "11", roles: { some: { rol: "EVALUADOR" } } } });
    expect(deAysen).toBeLessThan(N);
    expect(r.error).toBe(
      mensajeInfactible([
        `${N - deAysen === 1 ? "falta 1 evaluador elegible" : `faltan ${N - deAysen} evaluadores elegibles`} para la región de Aysén del General Carlos Ibáñez del Campo (afecta a 1 perfil)`,
      ]),
    );
    expect(await contarFilas()).toEqual(antes);

    // The cap: with the region rule back and the cap at today's heaviest load, the new perfil finds no room.
    await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { reglaRegion: "otra_region", topeEvaluador: 0 } });
    const sinCupo = comoError(await executeAction(asignarEvaluaciones, {}, { user: staff, db }));
    expect(sinCupo.error).toBe(mensajeInfactible(["el tope de 0 perfiles por evaluador no alcanza: faltan 2 cupos"]));
    expect(await contarFilas()).toEqual(antes);

    await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { topeEvaluador: TOPE } });
    expect(comoExito(await executeAction(asignarEvaluaciones, {}, { user: staff, db })).data).toMatchObject({ asignaciones: N, perfiles: 1 });
    expect(await db.asignacionEvaluacion.count({ where: { postulacionId: aysen.id, recusadaEn: null } })).toBe(N);
    await comprobarInvariantes(TOPE);
  });

  it("otro rol u otra etapa: el rechazo de la tabla de permisos, sin cambios", async () => {
    const antes = await contarFilas();
    expect(comoError(await executeAction(asignarEvaluaciones, {}, { user: e.cuentas.EVALUADOR, db }))).toEqual({ ok: false, error: MENSAJE_ROL, fieldErrors: {} });
    await fijarEtapa("CONVOCATORIA");
    expect(comoError(await executeAction(asignarEvaluaciones, {}, { user: staff, db })).error).toBe(mensajeEtapa("evaluacion.asignar", "CONVOCATORIA"));
    await fijarEtapa("SELECCION_CONTRATACION");
    expect(await contarFilas()).toEqual(antes);
  });
});

describe("evaluacion.declararConflicto", () => {
  const detalle = "La directora de la organización es mi cuñada.";

  it("recusa al evaluador y, en la misma transacción, asigna el perfil a otro elegible; queda auditado y se avisa por correo", async () => {
    const p = (await perfilesAdmisibles()).find((x) => x.vivas.some((a) => a.evaluadorId === evaluadores[3].id))!;
    const x = evaluadores[3];
    const mia = p.vivas.find((a) => a.evaluadorId === x.id)!;
    const antes = await contarFilas();
    const r = comoExito(await executeAction(declararConflicto, { postulacionId: p.id, detalle }, { user: x, db }));
    expect(r.data).toEqual({ postulacionId: p.id, reasignado: true });
    expect(r.mensaje).toBe("Registramos su conflicto de interés y ya no evaluará este perfil: se asignó a otro evaluador.");

    const fila = await db.asignacionEvaluacion.findUniqueOrThrow({ where: { id: mia.id }, include: { conflicto: true } });
    expect(fila.recusadaEn).toBeInstanceOf(Date);
    expect(fila.conflicto).toMatchObject({ tieneConflicto: true, detalle });
    const despues = (await perfilesAdmisibles()).find((y) => y.id === p.id)!;
    expect(despues.vivas).toHaveLength(N);
    const nueva = despues.vivas.find((a) => !p.vivas.some((v) => v.id === a.id))!;
    expect(nueva).toMatchObject({ motivo: "REASIGNACION", asignadaPorId: null });
    expect(nueva.evaluadorId).not.toBe(x.id);
    await comprobarInvariantes(TOPE);

    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "evaluacion.declararConflicto", entidad: "AsignacionEvaluacion", entidadId: mia.id, actorId: x.id });
    expect(JSON.parse(a!.datos)).toMatchObject({ postulacionId: p.id, detalle, reemplazo: [{ asignacionId: nueva.id, evaluadorId: nueva.evaluadorId }] });
    const [correo] = (await correosPara(nueva.evaluadorId)).slice(-1);
    expect(correo.asunto).toBe("Fondo IDEA: tiene un perfil asignado para evaluar");
    expect(correo.cuerpo).toContain("Se le asignó un perfil que otro evaluador no pudo evaluar");
    expect(await contarFilas()).toEqual({ asignaciones: antes.asignaciones + 1, correos: antes.correos + 1, auditoria: antes.auditoria + 1 });

    // Recused: the perfil is no longer theirs (answers like one that does not exist), and nothing changes.
    const otra = await contarFilas();
    expect(comoError(await executeAction(declararConflicto, { postulacionId: p.id, detalle }, { user: x, db })).error).toBe("El perfil no existe.");
    expect(await contarFilas()).toEqual(otra);
  });

  it("sobre un perfil que no tiene asignado, o ya evaluado, se rechaza sin cambios", async () => {
    const perfiles = await perfilesAdmisibles();
    const ajeno = perfiles.find((p) => !p.asignaciones.some((a) => a.evaluadorId === evaluadores[4].id))!;
    const x = evaluadores[4];
    const antes = await contarFilas();
    expect(comoError(await executeAction(declararConflicto, { postulacionId: ajeno.id, detalle }, { user: x, db })).error).toBe("El perfil no existe.");
    const suyo = perfiles.find((p) => p.vivas.some((a) => a.evaluadorId === x.id))!;
    await enviarEvaluacion(suyo.vivas.find((a) => a.evaluadorId === x.id)!.id);
    expect(comoError(await executeAction(declararConflicto, { postulacionId: suyo.id, detalle }, { user: x, db })).error).toMatch(/^Ya envió su evaluación de este perfil/);
    expect(comoError(await executeAction(declararConflicto, { postulacionId: suyo.id, detalle: "corto" }, { user: x, db })).fieldErrors.detalle).toEqual([
      "Explique el conflicto en al menos 10 caracteres.",
    ]);
    expect(comoError(await executeAction(declararConflicto, { postulacionId: suyo.id, detalle }, { user: staff, db })).error).toBe(MENSAJE_ROL);
    expect(await contarFilas()).toEqual(antes);
  });

  it("sin otro evaluador elegible la recusación se mantiene, y la auditoría y un correo al equipo dicen que falta evaluador", async () => {
    // A region with no evaluator yet, and the rule "same region": only its two new evaluators may take the perfil.
    const ocupadas = new Set((await db.user.findMany({ where: { roles: { some: { rol: "EVALUADOR" } } }, select: { regionCut: true } })).map((u) => u.regionCut));
    const region = ["12", "14", "15", "16", "01"].find((r) => !ocupadas.has(r))!;
    const [u1, u2] = [await crearEvaluador({ regionCut: region }), await crearEvaluador({ regionCut: region })];
    const q = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[3].id, regiones: [region] });
    await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { reglaRegion: "misma_region" } });
    try {
      comoExito(await executeAction(asignarEvaluaciones, {}, { user: staff, db }));
      expect((await db.asignacionEvaluacion.findMany({ where: { postulacionId: q.id }, orderBy: { evaluadorId: "asc" } })).map((a) => a.evaluadorId)).toEqual([u1.id, u2.id].sort());
      const equipo = await db.user.findMany({ where: { roles: { some: { rol: { in: ["ADMIN", "ENCARGADO_TECNICO"] } } } }, select: { id: true } });
      const antes = await contarFilas();
      const r = comoExito(await executeAction(declararConflicto, { postulacionId: q.id, detalle }, { user: u1, db }));
      expect(r.data).toEqual({ postulacionId: q.id, reasignado: false });
      expect(r.mensaje).toBe("Registramos su conflicto de interés y ya no evaluará este perfil. Se avisó al equipo FOSIS para asignarlo a otra persona.");
      const filas = await db.asignacionEvaluacion.findMany({ where: { postulacionId: q.id } });
      expect(filas.find((a) => a.evaluadorId === u1.id)!.recusadaEn).toBeInstanceOf(Date);
      expect(filas.filter((a) => a.recusadaEn === null).map((a) => a.evaluadorId)).toEqual([u2.id]);
      const datos = JSON.parse((await ultimaAuditoria())!.datos);
      expect(datos).toMatchObject({ postulacionId: q.id, sinEvaluador: true, reemplazo: [], equipoAvisado: equipo.length });
      expect(datos.motivos[0]).toMatch(/^falta 1 evaluador elegible para /);
      expect(await contarFilas()).toEqual({ asignaciones: antes.asignaciones, correos: antes.correos + equipo.length, auditoria: antes.auditoria + 1 });
      const [m] = (await correosPara(staff.id)).slice(-1);
      expect(m.asunto).toMatch(/^Fondo IDEA: un perfil quedó sin evaluador \(folio N° \d{6}\)$/);
      expect(m.cuerpo).toContain(datos.motivos[0]);
      // The panel shows it lacking one; nobody else may take it, so the bulk run says so and writes nothing.
      expect((await getPanelAsignaciones(staff, null, db))!.perfiles.faltan).toEqual([expect.objectContaining({ id: q.id, faltan: 1 })]);
      expect(comoError(await executeAction(asignarEvaluaciones, {}, { user: staff, db })).error).toMatch(/^No se pudo asignar: falta 1 evaluador elegible para /);
    } finally {
      await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { reglaRegion: "otra_region" } });
    }
    // Back to "another region": the bulk run completes it with someone from elsewhere.
    comoExito(await executeAction(asignarEvaluaciones, {}, { user: staff, db }));
    expect(await db.asignacionEvaluacion.count({ where: { postulacionId: q.id, recusadaEn: null } })).toBe(N);
    await db.postulacion.update({ where: { id: q.id }, data: { estado: "INADMISIBLE" } }); // out of the invariants' region rule
  });
});

describe("evaluacion.pedirTerceraRevision", () => {
  it("con sus N evaluaciones enviadas, asigna un evaluador más (TERCERA_REVISION) y le avisa; mientras esté pendiente no se pide otra", async () => {
    const p = (await perfilesAdmisibles()).find((x) => x.vivas.every((a) => !a.evaluacion))!;
    for (const a of p.vivas) await enviarEvaluacion(a.id);
    const antes = await contarFilas();
    const r = comoExito(await executeAction(pedirTerceraRevision, { postulacionId: p.id }, { user: staff, db }));
    expect(r.mensaje).toBe("Se pidió una tercera revisión: se asignó el perfil a otro evaluador y se le avisó por correo.");
    const nueva = await db.asignacionEvaluacion.findUniqueOrThrow({ where: { id: r.data.asignacionId } });
    expect(nueva).toMatchObject({ postulacionId: p.id, motivo: "TERCERA_REVISION", asignadaPorId: staff.id, recusadaEn: null });
    expect(p.asignaciones.map((a) => a.evaluadorId)).not.toContain(nueva.evaluadorId);
    await comprobarInvariantes(TOPE);
    const [m] = (await correosPara(nueva.evaluadorId)).slice(-1);
    expect(m.cuerpo).toContain("Se le pidió una tercera revisión de un perfil");
    expect(await contarFilas()).toEqual({ asignaciones: antes.asignaciones + 1, correos: antes.correos + 1, auditoria: antes.auditoria + 1 });
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ postulacionId: p.id, evaluadorId: nueva.evaluadorId, motivo: "TERCERA_REVISION" });

    const luego = await contarFilas();
    expect(comoError(await executeAction(pedirTerceraRevision, { postulacionId: p.id }, { user: e.admin, db })).error).toBe(
      "Ya se pidió una revisión más de este perfil y aún no se envía: espere esa evaluación antes de pedir otra.",
    );
    // The bulk run counts the third review as required: nothing new.
    expect(comoExito(await executeAction(asignarEvaluaciones, {}, { user: staff, db })).data.asignaciones).toBe(0);
    expect(await contarFilas()).toEqual({ ...luego, auditoria: luego.auditoria + 1 });
  });

  it("sin todas sus evaluaciones enviadas se rechaza sin cambios", async () => {
    const p = (await perfilesAdmisibles()).find((x) => x.vivas.every((a) => !a.evaluacion))!;
    await enviarEvaluacion(p.vivas[0].id);
    const antes = await contarFilas();
    expect(comoError(await executeAction(pedirTerceraRevision, { postulacionId: p.id }, { user: staff, db })).error).toBe(
      "El perfil tiene 1 evaluación enviada de 2: la tercera revisión se pide cuando estén todas.",
    );
    expect(comoError(await executeAction(pedirTerceraRevision, { postulacionId: noAdmisibles[0] }, { user: staff, db })).error).toBe(
      "Solo se pide una tercera revisión de un perfil admisible en evaluación.",
    );
    expect(await contarFilas()).toEqual(antes);
  });
});

describe("evaluacion.reasignar", () => {
  it("sin elegir, pasa la evaluación no enviada al evaluador elegible más adecuado y recusa a quien la tenía", async () => {
    const p = (await perfilesAdmisibles()).find((x) => x.vivas.every((a) => !a.evaluacion))!;
    const vieja = p.vivas[0];
    const antes = await contarFilas();
    const r = comoExito(await executeAction(reasignarEvaluacion, { asignacionId: vieja.id, evaluadorId: "" }, { user: staff, db }));
    expect(r.mensaje).toBe("Evaluación reasignada: se avisó por correo a quien la recibe.");
    expect((await db.asignacionEvaluacion.findUniqueOrThrow({ where: { id: vieja.id } })).recusadaEn).toBeInstanceOf(Date);
    const nueva = await db.asignacionEvaluacion.findUniqueOrThrow({ where: { id: r.data.asignacionId } });
    expect(nueva).toMatchObject({ postulacionId: p.id, motivo: "REASIGNACION", asignadaPorId: staff.id, recusadaEn: null });
    expect(p.asignaciones.map((a) => a.evaluadorId)).not.toContain(nueva.evaluadorId);
    expect((await perfilesAdmisibles()).find((x) => x.id === p.id)!.vivas).toHaveLength(N);
    await comprobarInvariantes(TOPE);
    expect(await contarFilas()).toEqual({ asignaciones: antes.asignaciones + 1, correos: antes.correos + 1, auditoria: antes.auditoria + 1 });
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ postulacionId: p.id, anterior: vieja.evaluadorId, nuevo: nueva.evaluadorId, elegido: false });
  });

  it("a una persona elegida: si es elegible la recibe; si no, se dice por qué y nada cambia", async () => {
    const ev = await datosEvaluadores();
    const perfiles = await perfilesAdmisibles();
    const p = perfiles.find((x) => x.organizacionId === organizaciones[0] && x.vivas.every((a) => !a.evaluacion))!;
    const vieja = p.vivas[0];
    const antes = await contarFilas();
    const deSuOrganizacion = comoError(await executeAction(reasignarEvaluacion, { asignacionId: vieja.id, evaluadorId: miembro.id }, { user: staff, db }));
    expect(deSuOrganizacion.fieldErrors.evaluadorId).toEqual([`${miembro.nombre} no puede evaluar el perfil N° ${String(p.folio).padStart(6, "0")}: el evaluador pertenece a la organización que postula el perfil.`]);
    expect(deSuOrganizacion.error).toBe(mensajeInfactible(deSuOrganizacion.fieldErrors.evaluadorId));
    const mismaRegion = [...ev].find(([id, x]) => x.region === p.region && id !== miembro.id && !p.asignaciones.some((a) => a.evaluadorId === id))!;
    expect(comoError(await executeAction(reasignarEvaluacion, { asignacionId: vieja.id, evaluadorId: mismaRegion[0] }, { user: staff, db })).fieldErrors.evaluadorId[0]).toMatch(
      /la regla exige un evaluador de otra región/,
    );
    expect(comoError(await executeAction(reasignarEvaluacion, { asignacionId: vieja.id, evaluadorId: e.cuentas.POSTULANTE.id }, { user: staff, db })).error).toBe(
      mensajeInfactible(["La persona elegida no tiene el rol Evaluador."]),
    );
    expect(comoError(await executeAction(reasignarEvaluacion, { asignacionId: vieja.id, evaluadorId: vieja.evaluadorId }, { user: staff, db })).error).toBe(
      "Elija a otra persona: esa es quien ya tiene la evaluación.",
    );
    expect(await contarFilas()).toEqual(antes);
    expect((await db.asignacionEvaluacion.findUniqueOrThrow({ where: { id: vieja.id } })).recusadaEn).toBeNull();

    const elegible = [...ev].find(([id, x]) => x.region !== p.region && !x.organizaciones.includes(p.organizacionId!) && !p.asignaciones.some((a) => a.evaluadorId === id))!;
    const r = comoExito(await executeAction(reasignarEvaluacion, { asignacionId: vieja.id, evaluadorId: elegible[0] }, { user: e.admin, db }));
    expect(r.data.evaluadorId).toBe(elegible[0]);
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ anterior: vieja.evaluadorId, nuevo: elegible[0], elegido: true });
  });

  it("una evaluación enviada o ya recusada no se reasigna; otro rol u otra etapa: el rechazo de la tabla", async () => {
    const perfiles = await perfilesAdmisibles();
    const enviada = perfiles.flatMap((p) => p.vivas).find((a) => a.evaluacion?.enviadaEn)!;
    const recusada = perfiles.flatMap((p) => p.asignaciones).find((a) => a.recusadaEn !== null)!;
    const antes = await contarFilas();
    expect(comoError(await executeAction(reasignarEvaluacion, { asignacionId: enviada.id }, { user: staff, db })).error).toBe("Esta evaluación ya fue enviada: no se puede reasignar.");
    expect(comoError(await executeAction(reasignarEvaluacion, { asignacionId: recusada.id }, { user: staff, db })).error).toMatch(/^Esta asignación ya no está vigente/);
    expect(comoError(await executeAction(reasignarEvaluacion, { asignacionId: "no-existe" }, { user: staff, db })).error).toBe("La asignación no existe.");
    expect(comoError(await executeAction(reasignarEvaluacion, { asignacionId: enviada.id }, { user: e.cuentas.EVALUADOR, db })).error).toBe(MENSAJE_ROL);
    await fijarEtapa("FORMACION_INCUBACION");
    expect(comoError(await executeAction(reasignarEvaluacion, { asignacionId: enviada.id }, { user: staff, db })).error).toBe(mensajeEtapa("evaluacion.reasignar", "FORMACION_INCUBACION"));
    expect(comoError(await executeAction(pedirTerceraRevision, { postulacionId: perfiles[0].id }, { user: staff, db })).error).toBe(
      mensajeEtapa("evaluacion.pedirTerceraRevision", "FORMACION_INCUBACION"),
    );
    await fijarEtapa("SELECCION_CONTRATACION");
    expect(await contarFilas()).toEqual(antes);
  });
});

describe("precondición: salir de Selección y contratación", () => {
  /** Admissible perfiles lacking submitted evaluations, counted here from the rows. */
  async function sinEvaluaciones() {
    const { evaluadoresPorPerfil } = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { evaluadoresPorPerfil: true } });
    const ps = await db.postulacion.findMany({
      where: { convocatoriaId: e.convocatoriaId, estado: { in: [...ESTADOS_POR_EVALUAR] } },
      select: { asignaciones: { select: { motivo: true, recusadaEn: true, evaluacion: { select: { enviadaEn: true } } } } },
    });
    return ps.filter(
      (p) =>
        p.asignaciones.filter((a) => !a.recusadaEn && a.evaluacion?.enviadaEn).length < evaluadoresPorPerfil + p.asignaciones.filter((a) => a.motivo === "TERCERA_REVISION").length,
    ).length;
  }
  const avanzar = () => executeAction(avanzarEtapa, { desde: "SELECCION_CONTRATACION", aceptaCorteAnticipado: "si" }, { user: e.admin, db });

  it("con perfiles admisibles sin todas sus evaluaciones enviadas se rechaza, dice cuántos, y la etapa no cambia", async () => {
    await rondaCerrada(e.convocatoriaId, "PRESELECCION"); // the other precondition of this step, met
    const faltan = await sinEvaluaciones();
    expect(faltan).toBeGreaterThan(10);
    const antes = await contarAuditoria();
    const r = comoError(await avanzar());
    expect(r.error).toBe("No se cumplen las condiciones para avanzar.");
    expect(r.fieldErrors._form).toEqual([`Todos los perfiles admisibles deben tener sus evaluaciones técnicas enviadas: a ${faltan} perfiles les faltan evaluaciones.`]);
    expect(await etapaActual()).toBe("SELECCION_CONTRATACION");
    expect(await contarAuditoria()).toBe(antes);
  });

  it("una evaluación recusada no cuenta, una tercera revisión pendiente sí falta; con todas enviadas, avanza", async () => {
    await completarEvaluaciones(e.convocatoriaId);
    expect(await sinEvaluaciones()).toBe(0);
    // A perfil whose evaluator is recused after submitting lacks one again.
    const p = (await perfilesAdmisibles())[0];
    await db.asignacionEvaluacion.update({ where: { id: p.vivas[0].id }, data: { recusadaEn: new Date() } });
    expect(comoError(await avanzar()).fieldErrors._form).toEqual(["Todos los perfiles admisibles deben tener sus evaluaciones técnicas enviadas: a 1 perfil le faltan evaluaciones."]);
    // A third review requested (and not yet in) counts as missing too.
    await db.asignacionEvaluacion.update({ where: { id: p.vivas[0].id }, data: { recusadaEn: null } });
    const q = (await perfilesAdmisibles())[1];
    comoExito(await executeAction(pedirTerceraRevision, { postulacionId: q.id }, { user: staff, db }));
    expect(comoError(await avanzar()).fieldErrors._form).toEqual(["Todos los perfiles admisibles deben tener sus evaluaciones técnicas enviadas: a 1 perfil le faltan evaluaciones."]);

    await completarEvaluaciones(e.convocatoriaId);
    const r = comoExito(await avanzar());
    expect(r.data).toEqual({ etapa: "FORMACION_INCUBACION" });
    expect(await etapaActual()).toBe("FORMACION_INCUBACION");
  });
});
