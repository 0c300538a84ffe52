// The formation programme and the mentor pool (issue 13) through the real pipeline and database, SQLite
// and PostgreSQL: staff load the base modules and edit them; a preselected team marks modules done (once),
// while a non-preselected applicant, or another team, is refused in Spanish and nothing is written; the
// staff table shows each team's modules and its attendance at FORMACION talleres. People register in the
// mentor pool, are rejected with a reason, register again, are approved (which grants MENTOR) or invited
// by e-mail; bad input writes nothing; every success leaves its audit entry.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, mensajeEtapa, type ActionDef } from "@/lib/actions/pipeline";
import { verifyAuditChain } from "@/lib/audit/log";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { MODULOS_BASE } from "@/lib/domain/formacion";
import { completarModulo } from "@/lib/formacion/actions/completar-modulo";
import { guardarModulo } from "@/lib/formacion/actions/guardar-modulo";
import { formacionDelEquipo, misEquiposIncubacion, tableroFormacion } from "@/lib/formacion/queries";
import { MENSAJE_NO_PRESELECCIONADA } from "@/lib/incubacion/preseleccionadas";
import { invitarMentor } from "@/lib/mentores/actions/invitar";
import { registrarMentor } from "@/lib/mentores/actions/registrarse";
import { revisarMentor } from "@/lib/mentores/actions/revisar";
import { listarInvitacionesMentor, listarPoolMentores, miInscripcionMentor } from "@/lib/mentores/queries";
import { ASUNTO_INVITACION_MENTOR } from "@/lib/mentores/rutas";
import { crearPerfilAdmisible } from "../support/asignaciones";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, sesion, ultimaAuditoria, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";
import { prepararMuestrasSeleccion } from "../fixtures/preparar-seleccion";

let e: Escenario;
/** The owner of a preselected perfil, and that perfil. */
let equipo: SessionUser;
let preseleccionadaId: string;
/** The owner of the other preselected perfil. */
let otroEquipo: SessionUser;
let otraPreseleccionadaId: string;
/** An applicant whose perfil is admissible but was not preselected. */
let noPreseleccionado: SessionUser;
let noPreseleccionadaId: string;

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser) {
  return executeAction(accion, input, { user, db });
}

/** What a refused action must leave untouched. */
async function foto() {
  const [auditoria, modulos, avances, mentores, roles, correos] = await Promise.all([
    contarAuditoria(),
    db.moduloFormacion.findMany({ orderBy: { id: "asc" } }),
    db.avanceModulo.count(),
    db.mentorPerfil.findMany({ orderBy: { id: "asc" } }),
    db.userRol.count(),
    db.notificacion.count(),
  ]);
  return { auditoria, modulos, avances, mentores, roles, correos };
}

async function duenaDe(postulacionId: string): Promise<SessionUser> {
  const p = await db.postulacion.findUniqueOrThrow({ where: { id: postulacionId }, select: { postulante: { select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } } } } });
  return sesion(p.postulante);
}

beforeAll(async () => {
  e = await prepararDemo();
  const seleccion = await prepararMuestrasSeleccion(db, e);
  preseleccionadaId = seleccion.postulacionId;
  equipo = await duenaDe(preseleccionadaId);
  const ronda = await db.decisionComite.findMany({ where: { fase: "PRESELECCION", postulacionId: { not: preseleccionadaId } }, select: { postulacionId: true } });
  otraPreseleccionadaId = ronda[0].postulacionId;
  otroEquipo = await duenaDe(otraPreseleccionadaId);
  const p = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[2].id, regiones: ["08"] });
  noPreseleccionadaId = p.id;
  noPreseleccionado = await duenaDe(p.id);
  await fijarEtapa("FORMACION_INCUBACION");
});

describe("programa de formación", () => {
  it("el equipo FOSIS carga los cuatro módulos base una vez, y crea y edita otros", async () => {
    const r = comoExito(await correr(guardarModulo, { base: "si" }, e.cuentas.ENCARGADO_TECNICO));
    expect(r.data.cargados).toEqual(MODULOS_BASE.map((m) => m.clave));
    expect(r.mensaje).toBe("Se cargaron 4 módulos base.");
    expect(await ultimaAuditoria()).toMatchObject({ accion: "formacion.guardarModulo", entidad: "ModuloFormacion", actorId: e.cuentas.ENCARGADO_TECNICO.id });
    const modulos = await db.moduloFormacion.findMany({ where: { convocatoriaId: e.convocatoriaId }, orderBy: { orden: "asc" } });
    expect(modulos.map((m) => m.titulo)).toEqual(["Teoría de cambio", "Modelo de sostenibilidad", "Co-producción con usuarios", "Métricas y línea de base"]);

    let antes = await foto();
    expect(comoError(await correr(guardarModulo, { base: "si" }, e.admin)).error).toBe("Los cuatro módulos base ya están cargados en esta convocatoria.");
    expect(await foto()).toEqual(antes);

    const nuevo = comoExito(await correr(guardarModulo, { clave: "pitch", titulo: "Pitch", resumen: "Cómo presentar.", material: "Uno.\n\nDos.", orden: 5 }, e.admin));
    // A key already used is refused at its field; bad input is refused by the schema: nothing written.
    antes = await foto();
    const dup = comoError(await correr(guardarModulo, { clave: "teoria-de-cambio", titulo: "Otra", resumen: "r", material: "m", orden: 6 }, e.admin));
    expect(dup.fieldErrors.clave).toEqual(["Ya hay un módulo con esa clave en esta convocatoria."]);
    const mal = comoError(await correr(guardarModulo, { clave: "Con Espacios", titulo: "", resumen: "r", material: "m", orden: 0 }, e.admin));
    expect(Object.keys(mal.fieldErrors).length).toBeGreaterThan(0);
    expect(comoError(await correr(guardarModulo, { id: "no-existe", clave: "x", titulo: "X", resumen: "r", material: "m", orden: 7 }, e.admin)).error).toBe("El módulo no existe.");
    expect(await foto()).toEqual(antes);

    comoExito(await correr(guardarModulo, { id: nuevo.data.id, clave: "pitch", titulo: "Pitch del demo day", resumen: "Cómo presentar.", material: "Uno.\n\nDos.", orden: 5 }, e.admin));
    expect((await db.moduloFormacion.findUniqueOrThrow({ where: { id: nuevo.data.id! } })).titulo).toBe("Pitch del demo day");
    // Only staff: the team is refused for permission.
    expect(comoError(await correr(guardarModulo, { base: "si" }, equipo)).error).toBe("No tiene permiso para realizar esta acción.");
  });

  it("un equipo preseleccionado marca un módulo como completado, una sola vez", async () => {
    const modulo = await db.moduloFormacion.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, clave: "teoria-de-cambio" } });
    const r = comoExito(await correr(completarModulo, { postulacionId: preseleccionadaId, moduloId: modulo.id }, equipo));
    expect(r.mensaje).toBe("Módulo «Teoría de cambio» marcado como completado.");
    expect(await db.avanceModulo.findFirst({ where: { postulacionId: preseleccionadaId, moduloId: modulo.id } })).toMatchObject({ completadoPorId: equipo.id });
    expect(await ultimaAuditoria()).toMatchObject({ accion: "formacion.completarModulo", entidad: "AvanceModulo", entidadId: r.data.id, actorId: equipo.id });

    const antes = await foto();
    expect(comoError(await correr(completarModulo, { postulacionId: preseleccionadaId, moduloId: modulo.id }, equipo)).error).toBe("El equipo ya marcó como completado el módulo «Teoría de cambio».");
    expect(comoError(await correr(completarModulo, { postulacionId: preseleccionadaId, moduloId: "no-existe" }, equipo)).error).toBe("El módulo de formación no existe.");
    expect(await foto()).toEqual(antes);
  });

  it("un postulante no preseleccionado no puede completar módulos: rechazo en castellano, nada escrito; otro equipo, igual que un perfil inexistente", async () => {
    const modulo = await db.moduloFormacion.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, clave: "modelo-de-sostenibilidad" } });
    const antes = await foto();
    const propio = comoError(await correr(completarModulo, { postulacionId: noPreseleccionadaId, moduloId: modulo.id }, noPreseleccionado));
    expect(propio.error).toBe(MENSAJE_NO_PRESELECCIONADA);
    const ajeno = await correr(completarModulo, { postulacionId: otraPreseleccionadaId, moduloId: modulo.id }, equipo);
    const inexistente = await correr(completarModulo, { postulacionId: "no-existe", moduloId: modulo.id }, equipo);
    expect(ajeno).toEqual(inexistente);
    expect(comoError(ajeno).error).toBe(MENSAJE_NO_PRESELECCIONADA);
    // Outside FORMACION_INCUBACION the etapa refuses it.
    await fijarEtapa("SELECCION_CONTRATACION");
    expect(comoError(await correr(completarModulo, { postulacionId: preseleccionadaId, moduloId: modulo.id }, equipo)).error).toBe(mensajeEtapa("formacion.completarModulo", "SELECCION_CONTRATACION"));
    await fijarEtapa("FORMACION_INCUBACION");
    expect(await foto()).toEqual(antes);

    // The non-preselected applicant's pages show no team and no module.
    expect((await misEquiposIncubacion(noPreseleccionado, db)).equipos).toEqual([]);
    expect((await formacionDelEquipo(noPreseleccionado, undefined, db)).equipos).toEqual([]);
    expect((await formacionDelEquipo(equipo, otraPreseleccionadaId, db)).equipos).toEqual([]);
    // Its owner reaches it: the row was there.
    expect((await formacionDelEquipo(otroEquipo, undefined, db)).equipos.map((f) => f.equipo.id)).toEqual([otraPreseleccionadaId]);
  });

  it("el avance del equipo y la tabla del equipo FOSIS: módulos completados y asistencia a talleres de formación", async () => {
    const propia = (await formacionDelEquipo(equipo, undefined, db)).equipos;
    expect(propia.map((f) => f.equipo.id)).toEqual([preseleccionadaId]);
    expect(propia[0].progreso).toMatchObject({ completados: 1, total: 5, porcentaje: 20 });
    expect(propia[0].modulos.find((m) => m.clave === "teoria-de-cambio")?.completadoEn).toBeInstanceOf(Date);

    // Two FORMACION talleres: the team registered in both and attended one; another event type does not count.
    const crearEvento = (titulo: string, tipo: "FORMACION" | "TALLER_REGIONAL") =>
      db.evento.create({ data: { convocatoriaId: e.convocatoriaId, tipo, titulo, inicio: new Date(), capacidad: 30, creadoPorId: e.admin.id }, select: { id: true } });
    const [f1, f2, otro] = [await crearEvento("Formación 1", "FORMACION"), await crearEvento("Formación 2", "FORMACION"), await crearEvento("Taller regional", "TALLER_REGIONAL")];
    for (const [ev, presente] of [[f1, true], [f2, false], [otro, true]] as const) {
      const i = await db.inscripcion.create({ data: { eventoId: ev.id, userId: equipo.id, nombre: equipo.nombre, email: equipo.email, estado: "CONFIRMADA" }, select: { id: true } });
      await db.asistencia.create({ data: { inscripcionId: i.id, presente, marcadaPorId: e.admin.id } });
    }
    const t = await tableroFormacion(e.cuentas.ENCARGADO_TECNICO, db);
    expect(t.modulos).toHaveLength(5);
    expect(t.eventos.map((x) => x.titulo)).toEqual(["Formación 1", "Formación 2"]);
    const fila = t.filas.find((f) => f.postulacionId === preseleccionadaId)!;
    expect(fila.progreso.completados).toBe(1);
    expect(fila.asistencia).toEqual({ eventos: 2, inscritos: 2, presentes: 1 });
    expect(t.filas.find((f) => f.postulacionId === otraPreseleccionadaId)?.asistencia).toEqual({ eventos: 2, inscritos: 0, presentes: 0 });
    expect(t.filas.map((f) => f.postulacionId)).not.toContain(noPreseleccionadaId);
    // Nobody else reads the staff table.
    expect((await tableroFormacion(equipo, db)).filas).toEqual([]);
  });
});

describe("pool de mentores", () => {
  const INSCRIPCION = {
    helice: "ACADEMIA",
    institucion: "Universidad del Biobío",
    regionCut: "08",
    experiencia: "Docente de innovación social y mentora de emprendimientos por diez años.",
    temas: ["metricas", "teoria-cambio"],
    horasSemana: 4,
    maxEquipos: 2,
  };

  it("una persona se inscribe (pendiente); una entrada inválida no escribe nada", async () => {
    const persona = await crearUsuario(["POSTULANTE"], { nombre: "Mónica Pool" });
    const antes = await foto();
    const mal = comoError(await correr(registrarMentor, { ...INSCRIPCION, horasSemana: 41, maxEquipos: 6, temas: ["inventado"] }, persona));
    expect(Object.keys(mal.fieldErrors).sort()).toEqual(["horasSemana", "maxEquipos", "temas"]);
    expect(await foto()).toEqual(antes);

    const r = comoExito(await correr(registrarMentor, INSCRIPCION, persona));
    expect(r.data.estado).toBe("PENDIENTE");
    expect(await db.mentorPerfil.findUniqueOrThrow({ where: { userId: persona.id } })).toMatchObject({ estado: "PENDIENTE", temas: '["teoria-cambio","metricas"]', regionCut: "08", horasSemana: 4 });
    expect(await ultimaAuditoria()).toMatchObject({ accion: "mentor.registrarse", entidad: "MentorPerfil", entidadId: r.data.id, actorId: persona.id });
  });

  it("rechazo con motivo (correo); al inscribirse de nuevo vuelve a pendiente; la aprobación otorga el rol MENTOR", async () => {
    const persona = await crearUsuario(["POSTULANTE"], { nombre: "Rita Revisada" });
    const { data } = comoExito(await correr(registrarMentor, { ...INSCRIPCION, helice: "EMPRESA", regionCut: "05" }, persona));

    let antes = await foto();
    const sinMotivo = comoError(await correr(revisarMentor, { mentorPerfilId: data.id, decision: "RECHAZAR" }, e.admin));
    expect(sinMotivo.fieldErrors.motivo).toEqual(["Explique el motivo del rechazo (al menos 10 caracteres): se envía a la persona."]);
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: "no-existe", decision: "APROBAR" }, e.admin)).error).toBe("La inscripción no existe.");
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: data.id, decision: "APROBAR" }, persona)).error).toBe("No tiene permiso para realizar esta acción.");
    expect(await foto()).toEqual(antes);

    const motivo = "Falta describir su experiencia con proyectos sociales.";
    comoExito(await correr(revisarMentor, { mentorPerfilId: data.id, decision: "RECHAZAR", motivo }, e.admin));
    expect(await db.mentorPerfil.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({ estado: "RECHAZADO", revisadoPorId: e.admin.id });
    const correo = await db.notificacion.findFirstOrThrow({ where: { userId: persona.id }, orderBy: { createdAt: "desc" } });
    expect(correo.asunto).toBe("Fondo IDEA: su inscripción como mentora o mentor fue rechazada");
    expect(correo.cuerpo).toContain(motivo);
    expect(await miInscripcionMentor(persona, db)).toMatchObject({ estado: "RECHAZADO", motivoRechazo: motivo });
    expect((await db.userRol.findMany({ where: { userId: persona.id } })).map((r) => r.rol)).toEqual(["POSTULANTE"]);
    // A rejected one cannot be rejected again.
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: data.id, decision: "RECHAZAR", motivo }, e.admin)).error).toBe("Solo se puede rechazar una inscripción pendiente de revisión.");

    // Registering again sends it back to review.
    const otra = comoExito(await correr(registrarMentor, { ...INSCRIPCION, regionCut: "05", experiencia: "Gerenta de una cooperativa y mentora de proyectos sociales en Valparaíso." }, persona));
    expect(otra.data).toEqual({ id: data.id, estado: "PENDIENTE" });
    expect(await db.mentorPerfil.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({ estado: "PENDIENTE", revisadoPorId: null, revisadoEn: null });

    const version = (await db.user.findUniqueOrThrow({ where: { id: persona.id } })).sessionVersion;
    const ok = comoExito(await correr(revisarMentor, { mentorPerfilId: data.id, decision: "APROBAR" }, e.cuentas.ENCARGADO_TECNICO));
    expect(ok.mensaje).toBe("Inscripción de Rita Revisada aprobada: ahora tiene el rol de mentor.");
    expect((await db.userRol.findMany({ where: { userId: persona.id }, orderBy: { rol: "asc" } })).map((r) => [r.rol, r.otorgadoPor])).toEqual(
      expect.arrayContaining([
        ["MENTOR", e.cuentas.ENCARGADO_TECNICO.id],
        ["POSTULANTE", null],
      ]),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: persona.id } })).sessionVersion).toBe(version + 1);
    expect(await ultimaAuditoria()).toMatchObject({ accion: "mentor.revisar", entidad: "MentorPerfil", entidadId: data.id, actorId: e.cuentas.ENCARGADO_TECNICO.id });
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ decision: "APROBAR", estado: "APROBADO", otorgaRol: true });
    expect((await db.notificacion.findFirstOrThrow({ where: { userId: persona.id }, orderBy: { createdAt: "desc" } })).asunto).toBe("Fondo IDEA: su inscripción como mentora o mentor fue aprobada");

    antes = await foto();
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: data.id, decision: "APROBAR" }, e.admin)).error).toBe("Esta inscripción ya está aprobada.");
    expect(await foto()).toEqual(antes);

    // An approved mentor updating availability stays approved.
    const nuevaVez = sesion({ ...persona, roles: ["POSTULANTE", "MENTOR"] });
    expect(comoExito(await correr(registrarMentor, { ...INSCRIPCION, regionCut: "05", horasSemana: 2 }, nuevaVez)).data.estado).toBe("APROBADO");
  });

  it("el equipo FOSIS ve el pool (pendientes primero), filtra por estado y región; nadie más lo ve", async () => {
    const pool = await listarPoolMentores(e.admin, {}, db);
    expect(pool.length).toBeGreaterThanOrEqual(2);
    const estados = pool.map((m) => m.estado);
    expect(estados.indexOf("PENDIENTE")).toBeLessThan(estados.indexOf("APROBADO"));
    expect((await listarPoolMentores(e.admin, { estado: "APROBADO" }, db)).map((m) => m.nombre)).toEqual(["Rita Revisada"]);
    expect((await listarPoolMentores(e.admin, { regionCut: "08" }, db)).map((m) => m.nombre)).toContain("Mónica Pool");
    expect((await listarPoolMentores(e.admin, { regionCut: "08" }, db)).map((m) => m.nombre)).not.toContain("Rita Revisada");
    expect(pool.find((m) => m.nombre === "Mónica Pool")?.temas).toEqual(["teoria-cambio", "metricas"]);
    expect(await listarPoolMentores(e.cuentas.MENTOR, {}, db)).toEqual([]);
    expect(await listarPoolMentores(e.cuentas.COMITE, {}, db)).toEqual([]);
  });

  it("invitación por correo (bandeja de salida) al registro; no se repite en 24 horas ni se invita a quien ya está inscrito", async () => {
    const r = comoExito(await correr(invitarMentor, { nombre: "Inés Invitada", email: "ines.invitada@uni.cl", institucion: "Universidad de Concepción" }, e.cuentas.ENCARGADO_TECNICO));
    expect(r.mensaje).toBe("Invitación enviada a Inés Invitada.");
    const correo = await db.notificacion.findFirstOrThrow({ where: { para: "ines.invitada@uni.cl" } });
    expect(correo.asunto).toBe(ASUNTO_INVITACION_MENTOR);
    expect(correo.cuerpo).toContain("/mentores/registro");
    expect(correo.cuerpo).toContain("Universidad de Concepción");
    const entrada = (await ultimaAuditoria())!;
    expect(entrada).toMatchObject({ accion: "mentor.invitar", entidad: "InvitacionMentor", actorId: e.cuentas.ENCARGADO_TECNICO.id });
    expect(entrada.datos).not.toContain("ines.invitada");
    expect((await listarInvitacionesMentor(e.admin, db)).map((i) => i.para)).toContain("ines.invitada@uni.cl");
    expect(await listarInvitacionesMentor(equipo, db)).toEqual([]);

    const antes = await foto();
    expect(comoError(await correr(invitarMentor, { nombre: "Inés", email: "INES.invitada@uni.cl" }, e.admin)).fieldErrors.email).toEqual(["Ya se envió una invitación a este correo en las últimas 24 horas."]);
    const inscrita = await db.user.findFirstOrThrow({ where: { nombre: "Mónica Pool" } });
    expect(comoError(await correr(invitarMentor, { nombre: "Marta", email: inscrita.email }, e.admin)).error).toBe("Esa persona ya está inscrita en el pool de mentores (pendiente de revisión).");
    expect(comoError(await correr(invitarMentor, { nombre: "", email: "no-es-correo" }, e.admin)).fieldErrors).toHaveProperty("email");
    expect(await foto()).toEqual(antes);
  });

  it("la cadena de auditoría sigue íntegra", async () => {
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
