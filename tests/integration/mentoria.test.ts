// Mentoring of the preselected teams (issue 13) through the real pipeline and database, SQLite and
// PostgreSQL: the assignment rules (approved mentors only, one live mentoría per team, a recused mentor
// never returns, the declared maximum of teams), the 8 weekly sessions logged by the mentor and confirmed
// by the team, the conflict declaration, the alerts of missed weeks (once a day), and the reads: a mentor
// sees only their teams, a team only its own sessions, anybody else nothing (null: the pages 404).
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, type ActionDef } from "@/lib/actions/pipeline";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { aFechaInput } from "@/lib/domain/formato";
import { MENSAJE_NO_PRESELECCIONADA } from "@/lib/incubacion/preseleccionadas";
import { asignarMentoria, MENSAJE_MENTOR_NO_APROBADO } from "@/lib/mentoria/actions/asignar";
import { confirmarSesion } from "@/lib/mentoria/actions/confirmar-sesion";
import { declararConflictoMentoria } from "@/lib/mentoria/actions/declarar-conflicto";
import { enviarAlertas, idAlerta } from "@/lib/mentoria/actions/enviar-alertas";
import { registrarSesion } from "@/lib/mentoria/actions/registrar-sesion";
import { getMentoria, mentoriasDelEquipo, misMentorias, sesionesDelEquipo, tableroMentorias } from "@/lib/mentoria/queries";
import { crearPerfilAdmisible } from "../support/asignaciones";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";
import { prepararMuestrasSeleccion } from "../fixtures/preparar-seleccion";

const DIA = 86_400_000;
let e: Escenario;
let admin: SessionUser;
let rondaId: string;
/** Preselected teams: [postulacionId, owner]. */
const equipos: { id: string; duena: SessionUser }[] = [];

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser | null) {
  return executeAction(accion, input, { user, db });
}

async function crearMentor(nombre: string, datos: { estado?: "APROBADO" | "PENDIENTE"; maxEquipos?: number; regionCut?: string; temas?: string[]; rol?: boolean } = {}) {
  const u = await crearUsuario(datos.rol === false ? ["POSTULANTE"] : ["MENTOR"], { nombre });
  await db.mentorPerfil.create({
    data: {
      userId: u.id,
      helice: "EMPRESA",
      institucion: `Institución de ${nombre}`,
      regionCut: datos.regionCut ?? "13",
      experiencia: "Proyectos sociales",
      temas: JSON.stringify(datos.temas ?? []),
      horasSemana: 2,
      maxEquipos: datos.maxEquipos ?? 2,
      estado: datos.estado ?? "APROBADO",
    },
  });
  return u;
}

async function equipoPreseleccionado(region = "08") {
  const duena = await crearUsuario(["POSTULANTE"]);
  const p = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, regiones: [region], postulanteId: duena.id });
  await db.decisionComite.create({
    data: { convocatoriaId: e.convocatoriaId, rondaId, postulacionId: p.id, fase: "PRESELECCION", decision: "SELECCIONADA", montoAsignado: 25_000_000, puntaje: 5.5, sugerida: true, decididaPorId: e.cuentas.COMITE.id },
  });
  const eq = { id: p.id, duena };
  equipos.push(eq);
  return eq;
}

/** A live mentoría written directly, started `dias` ago. */
async function mentoriaDirecta(postulacionId: string, mentorId: string, dias: number) {
  return db.mentoria.create({ data: { postulacionId, mentorId, createdAt: new Date(Date.now() - dias * DIA) }, select: { id: true } });
}

const hoy = () => aFechaInput(new Date());
const sesionValida = (mentoriaId: string, semana: number, fecha = hoy()) => ({ mentoriaId, semana, fecha, temas: "Teoría de cambio", acuerdos: "Dibujar la cadena de resultados", proximosPasos: "" });

beforeAll(async () => {
  e = await prepararDemo();
  admin = e.admin;
  await prepararMuestrasSeleccion(db, e);
  rondaId = (await db.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId: e.convocatoriaId, fase: "PRESELECCION" } } })).id;
  await fijarEtapa("FORMACION_INCUBACION");
});

describe("asignación de mentores", () => {
  it("solo a equipos preseleccionados y con mentores aprobados del pool; avisa por correo a ambos", async () => {
    const eq = await equipoPreseleccionado();
    const aprobada = await crearMentor("Ana Aprobada");
    const pendiente = await crearMentor("Pía Pendiente", { estado: "PENDIENTE" });
    const sinRol = await crearMentor("Sara Sin Rol", { rol: false });
    const noPre = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id });

    const antes = await contarAuditoria();
    expect(comoError(await correr(asignarMentoria, { postulacionId: noPre.id, mentorId: aprobada.id }, admin)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
    expect(comoError(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: pendiente.id }, admin)).error).toBe(MENSAJE_MENTOR_NO_APROBADO);
    expect(comoError(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: sinRol.id }, admin)).error).toBe(MENSAJE_MENTOR_NO_APROBADO);
    expect(await contarAuditoria()).toBe(antes);
    expect(await db.mentoria.count({ where: { postulacionId: eq.id } })).toBe(0);

    const r = comoExito(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: aprobada.id }, admin));
    expect(await contarAuditoria()).toBe(antes + 1);
    const correos = await db.notificacion.findMany({ where: { userId: { in: [aprobada.id, eq.duena.id] } }, select: { userId: true, asunto: true, cuerpo: true } });
    expect(correos.map((c) => c.userId).sort()).toEqual([aprobada.id, eq.duena.id].sort());
    const alEquipo = correos.find((c) => c.userId === eq.duena.id)!;
    expect(alEquipo.cuerpo).toContain("Ana Aprobada (Institución de Ana Aprobada)");
    expect(alEquipo.cuerpo).not.toContain(aprobada.email);
    expect(correos.find((c) => c.userId === aprobada.id)!.cuerpo).toContain(`/mentor/${r.data.mentoriaId}`);

    // The same mentor again: refused, nothing written.
    expect(comoError(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: aprobada.id }, admin)).error).toMatch(/ya es el mentor/);
  });

  it("reasignar recusa la mentoría viva; un mentor recusado no vuelve al equipo", async () => {
    const eq = await equipoPreseleccionado();
    const a = await crearMentor("Bruno Primero");
    const b = await crearMentor("Carla Segunda");
    const ma = comoExito(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: a.id }, admin)).data.mentoriaId;
    const mb = comoExito(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: b.id }, admin));
    expect(mb.data.reemplazadas).toEqual([ma]);
    const filas = await db.mentoria.findMany({ where: { postulacionId: eq.id }, select: { id: true, mentorId: true, recusadaEn: true } });
    expect(filas.filter((f) => f.recusadaEn === null).map((f) => f.mentorId)).toEqual([b.id]);
    const r = comoError(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: a.id }, admin));
    expect(r.error).toMatch(/quedó recusado.*no puede volver a asignarse/);
    expect(await db.mentoria.count({ where: { postulacionId: eq.id, recusadaEn: null } })).toBe(1);
  });

  it("seis mentores distintos asignados a la vez a un mismo equipo: queda una sola mentoría viva", async () => {
    const eq = await equipoPreseleccionado();
    const mentores = [];
    for (let i = 0; i < 6; i++) mentores.push(await crearMentor(`Mentora Simultánea ${i + 1}`));
    const r = await Promise.all(mentores.map((m) => correr(asignarMentoria, { postulacionId: eq.id, mentorId: m.id }, admin)));
    expect(r.filter((x) => x.ok).length).toBeGreaterThan(0);
    expect(await db.mentoria.count({ where: { postulacionId: eq.id, recusadaEn: null } })).toBe(1);
  });

  it("respeta el máximo de equipos que declaró el mentor", async () => {
    const [e1, e2] = [await equipoPreseleccionado(), await equipoPreseleccionado()];
    const m = await crearMentor("Diego Uno Solo", { maxEquipos: 1 });
    comoExito(await correr(asignarMentoria, { postulacionId: e1.id, mentorId: m.id }, admin));
    const r = comoError(await correr(asignarMentoria, { postulacionId: e2.id, mentorId: m.id }, admin));
    expect(r.error).toBe("Diego Uno Solo ya acompaña a 1 equipo, el máximo que declaró (1). Elija a otra persona o pídale que amplíe su disponibilidad.");
    expect(await db.mentoria.count({ where: { postulacionId: e2.id } })).toBe(0);
  });
});

describe("sesiones semanales", () => {
  let mentor: SessionUser;
  let otroMentor: SessionUser;
  let eq: { id: string; duena: SessionUser };
  let mentoriaId: string;

  beforeAll(async () => {
    mentor = await crearMentor("Elena Sesiones");
    otroMentor = await crearMentor("Fabián Ajeno");
    eq = await equipoPreseleccionado();
    mentoriaId = (await mentoriaDirecta(eq.id, mentor.id, 10)).id;
  });

  it("valida semana y fecha: ni futura ni anterior a una semana antes de la asignación", async () => {
    const manana = aFechaInput(new Date(Date.now() + 2 * DIA));
    const r1 = comoError(await correr(registrarSesion, sesionValida(mentoriaId, 1, manana), mentor));
    expect(r1.fieldErrors.fecha?.[0]).toMatch(/no puede ser futura/);
    const r2 = comoError(await correr(registrarSesion, sesionValida(mentoriaId, 1, aFechaInput(new Date(Date.now() - 30 * DIA))), mentor));
    expect(r2.fieldErrors.fecha?.[0]).toMatch(/no puede ser anterior/);
    const r3 = comoError(await correr(registrarSesion, sesionValida(mentoriaId, 9), mentor));
    expect(r3.fieldErrors.semana).toBeDefined();
    const r4 = comoError(await correr(registrarSesion, { ...sesionValida(mentoriaId, 1), temas: "   " }, mentor));
    expect(r4.fieldErrors.temas).toBeDefined();
    expect(await db.sesionMentoria.count({ where: { mentoriaId } })).toBe(0);
  });

  it("el mentor registra y corrige; el equipo confirma; una sesión confirmada ya no cambia", async () => {
    const creada = comoExito(await correr(registrarSesion, sesionValida(mentoriaId, 1, aFechaInput(new Date(Date.now() - 3 * DIA))), mentor));
    const corregida = comoExito(await correr(registrarSesion, { ...sesionValida(mentoriaId, 1), temas: "Modelo de sostenibilidad" }, mentor));
    expect(corregida.data).toMatchObject({ sesionId: creada.data.sesionId, corregida: true });
    expect(await db.sesionMentoria.findUniqueOrThrow({ where: { id: creada.data.sesionId } })).toMatchObject({ temas: "Modelo de sostenibilidad", confirmadaEn: null });

    // Another applicant cannot confirm it (same answer as a session that does not exist).
    const otra = await crearUsuario(["POSTULANTE"]);
    const ajena = comoError(await correr(confirmarSesion, { sesionId: creada.data.sesionId }, otra));
    expect(ajena).toEqual(comoError(await correr(confirmarSesion, { sesionId: "no-existe" }, otra)));

    comoExito(await correr(confirmarSesion, { sesionId: creada.data.sesionId }, eq.duena));
    expect(comoError(await correr(confirmarSesion, { sesionId: creada.data.sesionId }, eq.duena)).error).toMatch(/Ya confirmó/);
    const antes = await contarAuditoria();
    const r = comoError(await correr(registrarSesion, { ...sesionValida(mentoriaId, 1), temas: "Otro tema" }, mentor));
    expect(r.error).toBe("El equipo ya confirmó la sesión de la semana 1: no se puede cambiar.");
    expect(await contarAuditoria()).toBe(antes);
    expect((await db.sesionMentoria.findUniqueOrThrow({ where: { id: creada.data.sesionId } })).temas).toBe("Modelo de sostenibilidad");
  });

  it("otro mentor no alcanza la mentoría: la misma respuesta que una inexistente", async () => {
    const ajena = comoError(await correr(registrarSesion, sesionValida(mentoriaId, 2), otroMentor));
    expect(ajena).toEqual(comoError(await correr(registrarSesion, sesionValida("no-existe", 2), otroMentor)));
    const conflicto = comoError(await correr(declararConflictoMentoria, { mentoriaId, detalle: "Conozco a este equipo de antes." }, otroMentor));
    expect(conflicto).toEqual(comoError(await correr(declararConflictoMentoria, { mentoriaId: "no-existe", detalle: "Conozco a este equipo de antes." }, otroMentor)));
    expect(await db.sesionMentoria.count({ where: { mentoriaId, semana: 2 } })).toBe(0);
  });

  it("dos registros simultáneos de la misma semana dejan una sola fila", async () => {
    const [a, b] = await Promise.all([
      correr(registrarSesion, sesionValida(mentoriaId, 3), mentor),
      correr(registrarSesion, { ...sesionValida(mentoriaId, 3), temas: "Co-producción con usuarios" }, mentor),
    ]);
    expect(a.ok || b.ok).toBe(true);
    expect(await db.sesionMentoria.count({ where: { mentoriaId, semana: 3 } })).toBe(1);
  });

  it("declarar un conflicto recusa la mentoría: el mentor ya no la alcanza y el equipo queda sin mentor", async () => {
    const eq2 = await equipoPreseleccionado();
    const m = await mentoriaDirecta(eq2.id, mentor.id, 2);
    const r = comoExito(await correr(declararConflictoMentoria, { mentoriaId: m.id, detalle: "Mi hermana integra la organización." }, mentor));
    expect(r.data.mentoriaId).toBe(m.id);
    expect(await db.mentoria.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ conflictoDetalle: "Mi hermana integra la organización.", recusadaEn: expect.any(Date) });
    expect(comoError(await correr(registrarSesion, sesionValida(m.id, 1), mentor)).error).toBe("La mentoría no existe.");
    expect(await getMentoria(m.id, mentor, "mentor", db)).toBeNull();
    expect((await mentoriasDelEquipo(eq2.duena, db)).mentorias).toEqual([]);
    // Staff still see it, recused, and the mentor is not suggested again for that team.
    const t = (await tableroMentorias(admin, db))!;
    const fila = t.equipos.find((x) => x.postulacionId === eq2.id)!;
    expect(fila.mentoria).toBeNull();
    expect(fila.recusadas).toEqual([{ mentorId: mentor.id, mentor: "Elena Sesiones", conflicto: "Mi hermana integra la organización.", recusadaEn: expect.any(Date) }]);
    expect(fila.sugerencias.map((s) => s.userId)).not.toContain(mentor.id);
  });
});

describe("lecturas acotadas: cada uno ve solo lo suyo (404 para el resto)", () => {
  it("el mentor ve solo sus equipos; el equipo solo sus sesiones; nadie más ve nada", async () => {
    const m1 = await crearMentor("Gabriela Lectora");
    const m2 = await crearMentor("Hugo Lector");
    const [a, b] = [await equipoPreseleccionado(), await equipoPreseleccionado()];
    const ma = await mentoriaDirecta(a.id, m1.id, 5);
    const mb = await mentoriaDirecta(b.id, m2.id, 5);
    await db.sesionMentoria.create({ data: { mentoriaId: ma.id, semana: 1, fecha: new Date(), temas: "Sesión del equipo A" } });

    expect((await misMentorias(m1, db)).mentorias.map((m) => m.id)).toEqual([ma.id]);
    expect((await misMentorias(m2, db)).mentorias.map((m) => m.id)).toEqual([mb.id]);
    const suya = (await getMentoria(ma.id, m1, "mentor", db))!;
    expect(suya.equipo.contacto).toEqual({ nombre: a.duena.nombre, email: a.duena.email });
    expect(suya.semanas[0]).toMatchObject({ semana: 1, estado: "registrada" });
    expect(await getMentoria(ma.id, m2, "mentor", db)).toBeNull();

    const delEquipo = await mentoriasDelEquipo(a.duena, db);
    expect(delEquipo.mentorias.map((m) => [m.id, m.mentor])).toEqual([[ma.id, { nombre: "Gabriela Lectora", institucion: "Institución de Gabriela Lectora" }]]);
    expect((await sesionesDelEquipo(ma.id, a.duena, db))!.map((s) => s.temas)).toEqual(["Sesión del equipo A"]);
    expect(await sesionesDelEquipo(ma.id, b.duena, db)).toBeNull();
    expect(await getMentoria(ma.id, a.duena, "equipo", db)).toMatchObject({ equipo: { contacto: null } });

    // Anybody else: the demo accounts of every other role, a mentor through the team's row, nobody signed in.
    for (const u of [e.cuentas.POSTULANTE, e.cuentas.EVALUADOR, e.cuentas.COMITE, e.cuentas.JURADO, e.cuentas.MENTOR, b.duena]) {
      expect(await getMentoria(ma.id, u, "mentor", db)).toBeNull();
      expect(await getMentoria(ma.id, u, "equipo", db)).toBeNull();
      expect(await getMentoria(ma.id, u, "incubacion", db)).toBeNull();
      expect(await sesionesDelEquipo(ma.id, u, db)).toBeNull();
      expect(await tableroMentorias(u, db)).toBeNull();
    }
    expect(await getMentoria(ma.id, m1, "equipo", db)).toBeNull();
    expect(await getMentoria(ma.id, null, "mentor", db)).toBeNull();
    expect((await misMentorias(e.cuentas.POSTULANTE, db)).mentorias).toEqual([]);

    // Staff read every mentoría.
    expect(await getMentoria(ma.id, admin, "incubacion", db)).not.toBeNull();
    expect(await getMentoria(mb.id, e.cuentas.ENCARGADO_TECNICO, "incubacion", db)).not.toBeNull();
    const t = (await tableroMentorias(admin, db))!;
    expect(t.equipos.find((x) => x.postulacionId === a.id)?.mentoria).toMatchObject({ id: ma.id, mentor: "Gabriela Lectora", progreso: { confirmadas: 0, porConfirmar: 1 } });
  });

  it("las sugerencias del tablero: misma región primero y con cupo", async () => {
    const eq = await equipoPreseleccionado("11");
    const cerca = await crearMentor("Íñigo Aysén", { regionCut: "11" });
    const lleno = await crearMentor("Julia Llena", { regionCut: "11", maxEquipos: 1 });
    await mentoriaDirecta((await equipoPreseleccionado("11")).id, lleno.id, 1);
    const t = (await tableroMentorias(admin, db))!;
    const s = t.equipos.find((x) => x.postulacionId === eq.id)!.sugerencias;
    expect(s[0]).toMatchObject({ userId: cerca.id, mismaRegion: true });
    expect(s.map((x) => x.userId)).not.toContain(lleno.id);
  });
});

describe("alertas de semanas atrasadas", () => {
  it("un correo al mentor y otro al equipo por mentoría atrasada, a lo más una vez al día", async () => {
    const mentor = await crearMentor("Karla Atrasada");
    const eq = await equipoPreseleccionado();
    const m = await mentoriaDirecta(eq.id, mentor.id, 20); // weeks 1 and 2 overdue
    const al = await mentoriaDirecta((await equipoPreseleccionado()).id, mentor.id, 1); // nothing overdue yet

    const r = comoExito(await correr(enviarAlertas, {}, admin));
    expect(r.data.mentorias).toBeGreaterThanOrEqual(1);
    expect(r.data.correos).toBe(2 * r.data.mentorias);
    const dia = aFechaInput(new Date());
    const correos = await db.notificacion.findMany({ where: { id: { in: [idAlerta(m.id, dia, "mentor"), idAlerta(m.id, dia, "equipo")] } }, select: { userId: true, cuerpo: true } });
    expect(correos.map((c) => c.userId).sort()).toEqual([mentor.id, eq.duena.id].sort());
    expect(correos[0].cuerpo).toContain("las semanas 1 y 2");
    expect(await db.notificacion.count({ where: { id: { startsWith: `mentoria-alerta-${al.id}` } } })).toBe(0);

    const n = await db.notificacion.count();
    const otra = comoExito(await correr(enviarAlertas, {}, admin));
    expect(otra.data).toMatchObject({ mentorias: 0, correos: 0 });
    expect(otra.mensaje).toMatch(/ya se enviaron/);
    expect(await db.notificacion.count()).toBe(n);
  });

  it("solo el equipo FOSIS las envía, solo en formación e incubación", async () => {
    expect(comoError(await correr(enviarAlertas, {}, e.cuentas.MENTOR)).error).toMatch(/permiso/);
    await fijarEtapa("EJECUCION");
    expect(comoError(await correr(enviarAlertas, {}, admin)).error).toMatch(/no está disponible en la etapa actual/);
    await fijarEtapa("FORMACION_INCUBACION");
  });
});
