// Attacks on formation and incubation (issue 13), through the real pipeline and the queries the pages use,
// on SQLite and PostgreSQL: mentors, teams and jurors reaching rows that are not theirs (each answered like a
// row that does not exist, writing nothing), self-dealing (mentoring one's own team, grading one's own pitch),
// applicants that were not preselected (or only in an acta not yet signed), hostile text in every free field
// (refused or stored inert, never an unexpected error), the mentor pool's review cycle, the convenio's
// refusals, every read as every demo role, and bursts of the same write (exactly one row, no error).
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, MENSAJE_ROL, MENSAJE_SESION, type ActionDef } from "@/lib/actions/pipeline";
import type { ActionResult } from "@/lib/actions/result";
import { adjuntoVisiblePara } from "@/lib/adjuntos/queries";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { registrarConvenio } from "@/lib/convenio/actions/registrar";
import { MENSAJE_SIN_SELECCION_FINAL } from "@/lib/convenio/exigir";
import { documentoConvenioPara, getPanelConvenios } from "@/lib/convenio/queries";
import { CATEGORIA_CONVENIO, MENSAJE_FECHAS, MENSAJE_NO_PDF } from "@/lib/convenio/schema";
import { asignarJurado } from "@/lib/demo-day/actions/asignar-jurado";
import { calificar, MENSAJE_CON_CONFLICTO, MENSAJE_PITCH_PROPIO } from "@/lib/demo-day/actions/calificar";
import { declararConflictoDemoDay } from "@/lib/demo-day/actions/declarar-conflicto";
import { MENSAJE_DEMO_DAY_EN_ACTA } from "@/lib/demo-day/congelamiento";
import { MENSAJE_DEMO_DAY_NO_EXISTE, MENSAJE_NO_ES_PITCH } from "@/lib/demo-day/pitches";
import { demoDayDelJurado, misDemoDays, pitchParaCalificar, resumenDemoDays } from "@/lib/demo-day/queries";
import { aFechaInput } from "@/lib/domain/formato";
import { CLAVES_TEMAS } from "@/lib/domain/mentores";
import type { EntradaContenido } from "@/lib/domain/formulario-completo";
import { ROLES, type Rol } from "@/lib/domain/roles";
import { completarModulo } from "@/lib/formacion/actions/completar-modulo";
import { guardarModulo } from "@/lib/formacion/actions/guardar-modulo";
import { formacionDelEquipo, tableroFormacion } from "@/lib/formacion/queries";
import { enviarFormulario } from "@/lib/formulario/actions/enviar";
import { guardarBorradorFormulario } from "@/lib/formulario/actions/guardar-borrador";
import { getFormularioEquipo, perfilIncubacionVisible } from "@/lib/formulario/queries";
import { MENSAJE_YA_ENVIADO } from "@/lib/formulario/schema";
import { MENSAJE_NO_PRESELECCIONADA } from "@/lib/incubacion/preseleccionadas";
import { invitarMentor } from "@/lib/mentores/actions/invitar";
import { registrarMentor } from "@/lib/mentores/actions/registrarse";
import { revisarMentor } from "@/lib/mentores/actions/revisar";
import { listarInvitacionesMentor, listarPoolMentores, miInscripcionMentor } from "@/lib/mentores/queries";
import { asignarMentoria, MENSAJE_MENTOR_PROPIO_EQUIPO } from "@/lib/mentoria/actions/asignar";
import { confirmarSesion } from "@/lib/mentoria/actions/confirmar-sesion";
import { declararConflictoMentoria, MENSAJE_MENTORIA_NO_EXISTE } from "@/lib/mentoria/actions/declarar-conflicto";
import { enviarAlertas } from "@/lib/mentoria/actions/enviar-alertas";
import { registrarSesion } from "@/lib/mentoria/actions/registrar-sesion";
import { getMentoria, mentoriasDelEquipo, misMentorias, sesionesDelEquipo, tableroMentorias } from "@/lib/mentoria/queries";
import { archivo, bytesPdf, bytesPng } from "../fixtures/acciones/adjuntos";
import { contenidoParaPerfil } from "../fixtures/preparar-formulario";
import { prepararMuestrasSeleccion } from "../fixtures/preparar-seleccion";
import { crearPerfilAdmisible } from "../support/asignaciones";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, sesion, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";
import { rondaCerrada } from "../support/rondas";
import { rutValido } from "../support/rut";

const DIA = 86_400_000;
const INESPERADO = /error inesperado/i;
const MENSAJE_SESION_NO_EXISTE = "La sesión no existe.";

let e: Escenario;
let admin: SessionUser;
let rondaPre: string;
/** The two preselected perfiles of prepararMuestrasSeleccion (regions 05 and 10, 25 M requested) and their owners. */
let p1: string, p2: string;
let duena1: SessionUser, duena2: SessionUser;
/** A sent perfil the signed preselection acta did NOT select, and its owner. */
let noPre: string;
let duenaNoPre: SessionUser;
let moduloId: string;

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser | null): Promise<ActionResult<T>> {
  return executeAction(accion, input, { user, db });
}

/** A refusal or a success, never the unexpected error (a 500 to the person). */
function sinInesperado(r: ActionResult<unknown>, contexto: string) {
  if (!r.ok) expect(r.error, `${contexto}: ${r.error}`).not.toMatch(INESPERADO);
}

async function dueña(postulacionId: string): Promise<SessionUser> {
  const p = await db.postulacion.findUniqueOrThrow({ where: { id: postulacionId }, select: { postulante: { select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } } } } });
  return sesion(p.postulante);
}

async function crearMentor(nombre: string, roles: Rol[] = ["MENTOR"], regionCut = "08") {
  const u = await crearUsuario(roles, { nombre });
  await db.mentorPerfil.create({
    data: { userId: u.id, helice: "ACADEMIA", institucion: `Universidad de ${nombre}`, regionCut, experiencia: "Acompañamiento de emprendimientos sociales", temas: "[]", horasSemana: 2, maxEquipos: 5, estado: "APROBADO" },
  });
  return u;
}

/** A preselected perfil (signed preselection round) of a new applicant, in `region`, asking 25 M. */
async function equipoPreseleccionado(region = "08", postulanteId?: string) {
  const duena = postulanteId ? null : await crearUsuario(["POSTULANTE"]);
  const p = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, regiones: [region], postulanteId: postulanteId ?? duena!.id });
  await db.postulacion.update({ where: { id: p.id }, data: { estado: "PRESELECCIONADA", montoSolicitado: 25_000_000 } });
  await db.decisionComite.create({
    data: { convocatoriaId: e.convocatoriaId, rondaId: rondaPre, postulacionId: p.id, fase: "PRESELECCION", decision: "SELECCIONADA", montoAsignado: 25_000_000, puntaje: 5.5, sugerida: true, decididaPorId: e.cuentas.COMITE.id },
  });
  return { id: p.id, duena: duena ?? (await dueña(p.id)) };
}

const hoy = () => aFechaInput(new Date());
const sesionValida = (mentoriaId: string, semana: number) => ({ mentoriaId, semana, fecha: hoy(), temas: "Teoría de cambio", acuerdos: "Dibujar la cadena de resultados", proximosPasos: "" });
const todas = (n: number) => ({ claridad: n, coproduccion: n, factibilidad: n, aprendizaje: n, equipo: n });

/** Text an attacker types into a free field. */
const HOSTILES: Record<string, string> = {
  largo: "x".repeat(100_000),
  nul: "antes\u0000después",
  html: '<script>alert("x")</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">clic</a>',
  controles: "rojo\u0007\u001b[31m\u0008 texto",
  bidi: "\u202Efdp.exe\u200B\u200D texto",
  surrogado: "suelto \uD800 fin",
  sql: `'); DROP TABLE "User"; --`,
  emoji: "𝕳𝖔𝖑𝖆 👩🏽‍🔬 ñandú",
};

beforeAll(async () => {
  e = await prepararDemo();
  admin = e.admin;
  const sel = await prepararMuestrasSeleccion(db, e);
  rondaPre = (await db.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId: e.convocatoriaId, fase: "PRESELECCION" } } })).id;
  p1 = sel.postulacionId;
  p2 = (await db.decisionComite.findFirstOrThrow({ where: { rondaId: rondaPre, decision: "SELECCIONADA", NOT: { postulacionId: p1 } }, select: { postulacionId: true } })).postulacionId;
  [duena1, duena2] = await Promise.all([dueña(p1), dueña(p2)]);
  // Not preselected: NO_SELECCIONADA in the same signed round.
  duenaNoPre = await crearUsuario(["POSTULANTE"]);
  const np = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, regiones: ["08"], postulanteId: duenaNoPre.id });
  await db.postulacion.update({ where: { id: np.id }, data: { estado: "NO_PRESELECCIONADA", montoSolicitado: 25_000_000 } });
  await db.decisionComite.create({
    data: { convocatoriaId: e.convocatoriaId, rondaId: rondaPre, postulacionId: np.id, fase: "PRESELECCION", decision: "NO_SELECCIONADA", puntaje: 4, sugerida: true, decididaPorId: e.cuentas.COMITE.id },
  });
  noPre = np.id;
  await fijarEtapa("FORMACION_INCUBACION");
  await db.etapaCalendario.update({ where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa: "FORMACION_INCUBACION" } }, data: { fin: new Date(Date.now() + 30 * DIA) } });
  moduloId = comoExito(
    await correr(guardarModulo, { clave: "ataque-modulo", titulo: "Módulo de prueba", resumen: "Resumen del módulo", material: "Material del módulo", orden: 9 }, admin),
  ).data.id!;
});

// ---------------------------------------------------------------------------------------------------
describe("mentoría: filas ajenas", () => {
  it("un mentor no lee ni registra en la mentoría de otro; un equipo no confirma la sesión de otro equipo", async () => {
    const [ea, eb] = [await equipoPreseleccionado(), await equipoPreseleccionado()];
    const [ma, mb] = [await crearMentor("Mentora A"), await crearMentor("Mentor B")];
    const idA = comoExito(await correr(asignarMentoria, { postulacionId: ea.id, mentorId: ma.id }, admin)).data.mentoriaId;
    const idB = comoExito(await correr(asignarMentoria, { postulacionId: eb.id, mentorId: mb.id }, admin)).data.mentoriaId;
    const sA = comoExito(await correr(registrarSesion, sesionValida(idA, 1), ma)).data.sesionId;

    expect(await getMentoria(idA, mb, "mentor", db)).toBeNull();
    expect((await misMentorias(mb, db)).mentorias.map((m) => m.id)).toEqual([idB]);
    const auditoria = await contarAuditoria();
    const sesiones = await db.sesionMentoria.count();
    // Another mentor's mentoría answers exactly like one that does not exist.
    expect(comoError(await correr(registrarSesion, sesionValida(idA, 2), mb)).error).toBe(MENSAJE_MENTORIA_NO_EXISTE);
    expect(comoError(await correr(registrarSesion, sesionValida("no-existe", 2), mb)).error).toBe(MENSAJE_MENTORIA_NO_EXISTE);
    expect(comoError(await correr(registrarSesion, { ...sesionValida(idA, 1), temas: "Sobrescrito por otro" }, mb)).error).toBe(MENSAJE_MENTORIA_NO_EXISTE);
    expect(comoError(await correr(declararConflictoMentoria, { mentoriaId: idA, detalle: "Quiero quitarle el equipo a otra mentora" }, mb)).error).toBe(MENSAJE_MENTORIA_NO_EXISTE);
    // The other team confirms a session that is not theirs: like one that does not exist.
    expect(comoError(await correr(confirmarSesion, { sesionId: sA }, eb.duena)).error).toBe(MENSAJE_SESION_NO_EXISTE);
    expect(comoError(await correr(confirmarSesion, { sesionId: "no-existe" }, eb.duena)).error).toBe(MENSAJE_SESION_NO_EXISTE);
    // The mentor confirming their own session, a team logging one: refused by role.
    expect(comoError(await correr(confirmarSesion, { sesionId: sA }, ma)).error).toBe(MENSAJE_ROL);
    expect(comoError(await correr(registrarSesion, sesionValida(idA, 3), ea.duena)).error).toBe(MENSAJE_ROL);
    expect(await contarAuditoria()).toBe(auditoria);
    expect(await db.sesionMentoria.count()).toBe(sesiones);
    expect((await db.sesionMentoria.findUniqueOrThrow({ where: { id: sA } })).confirmadaEn).toBeNull();

    // Reads: the team sees its own sessions, the other team and the other mentor nothing.
    expect(await sesionesDelEquipo(idA, eb.duena, db)).toBeNull();
    expect((await sesionesDelEquipo(idA, ea.duena, db))!.map((s) => s.id)).toEqual([sA]);
    expect(await getMentoria(idA, eb.duena, "equipo", db)).toBeNull();
    // The team never reads its mentor's e-mail.
    expect(JSON.stringify(await mentoriasDelEquipo(ea.duena, db))).not.toContain(ma.email);
    expect(JSON.stringify(await getMentoria(idA, ea.duena, "equipo", db))).not.toContain(ma.email);
  });

  it("un mentor recusado ya no registra ni lee; el equipo no confirma sesiones de una mentoría recusada", async () => {
    const eq = await equipoPreseleccionado();
    const m = await crearMentor("Mentor Recusado");
    const id = comoExito(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: m.id }, admin)).data.mentoriaId;
    const s = comoExito(await correr(registrarSesion, sesionValida(id, 1), m)).data.sesionId;
    comoExito(await correr(declararConflictoMentoria, { mentoriaId: id, detalle: "Trabajé con la organización el año pasado" }, m));
    const antes = { auditoria: await contarAuditoria(), sesiones: await db.sesionMentoria.findMany({ where: { mentoriaId: id }, orderBy: { id: "asc" } }) };
    expect(comoError(await correr(registrarSesion, sesionValida(id, 2), m)).error).toBe(MENSAJE_MENTORIA_NO_EXISTE);
    expect(comoError(await correr(registrarSesion, { ...sesionValida(id, 1), temas: "Corrección tras recusación" }, m)).error).toBe(MENSAJE_MENTORIA_NO_EXISTE);
    expect(comoError(await correr(declararConflictoMentoria, { mentoriaId: id, detalle: "Otra vez el mismo conflicto" }, m)).error).toBe(MENSAJE_MENTORIA_NO_EXISTE);
    expect(comoError(await correr(confirmarSesion, { sesionId: s }, eq.duena)).error).toBe(MENSAJE_SESION_NO_EXISTE);
    expect(await getMentoria(id, m, "mentor", db)).toBeNull();
    expect((await misMentorias(m, db)).mentorias).toEqual([]);
    expect(await contarAuditoria()).toBe(antes.auditoria);
    expect(await db.sesionMentoria.findMany({ where: { mentoriaId: id }, orderBy: { id: "asc" } })).toEqual(antes.sesiones);
  });

  it("nadie mentorea a su propio equipo: una cuenta dueña del perfil, aprobada como mentora, no se le asigna", async () => {
    const duena = await crearUsuario(["POSTULANTE", "MENTOR"], { nombre: "Dueña y mentora" });
    await db.mentorPerfil.create({
      data: { userId: duena.id, helice: "EMPRESA", institucion: "Su propia fundación", regionCut: "08", experiencia: "Experiencia de sobra en el tema", temas: "[]", horasSemana: 2, maxEquipos: 3, estado: "APROBADO" },
    });
    const eq = await equipoPreseleccionado("08", duena.id);
    // Not even suggested to staff for that team (the same region and spare capacity would make it a candidate).
    const fila = (await tableroMentorias(admin, db))!.equipos.find((x) => x.postulacionId === eq.id)!;
    expect(fila.sugerencias.map((x) => x.userId)).not.toContain(duena.id);
    const antes = await contarAuditoria();
    const r = await correr(asignarMentoria, { postulacionId: eq.id, mentorId: duena.id }, admin);
    expect(comoError(r).error).toBe(MENSAJE_MENTOR_PROPIO_EQUIPO);
    expect(await db.mentoria.count({ where: { postulacionId: eq.id } })).toBe(0);
    expect(await contarAuditoria()).toBe(antes);
  });
});

// ---------------------------------------------------------------------------------------------------
describe("formación y formulario: solo equipos preseleccionados, solo lo propio", () => {
  it("un perfil no preseleccionado no guarda ni envía el formulario, ni completa módulos; nada se escribe", async () => {
    const contenido = await contenidoParaPerfil(db, noPre);
    const antes = { auditoria: await contarAuditoria(), formularios: await db.formularioCompleto.count(), avances: await db.avanceModulo.count() };
    expect(comoError(await correr(guardarBorradorFormulario, { id: noPre, version: 0, ...contenido }, duenaNoPre)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
    expect(comoError(await correr(enviarFormulario, { id: noPre, version: 0 }, duenaNoPre)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
    expect(comoError(await correr(completarModulo, { postulacionId: noPre, moduloId }, duenaNoPre)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
    expect({ auditoria: await contarAuditoria(), formularios: await db.formularioCompleto.count(), avances: await db.avanceModulo.count() }).toEqual(antes);
    const vista = (await getFormularioEquipo(duenaNoPre, noPre, db))!;
    expect(vista.preseleccionada).toBe(false);
    expect(vista.formulario).toBeNull();
    expect((await formacionDelEquipo(duenaNoPre, undefined, db)).equipos).toEqual([]);
  });

  it("preseleccionado en un acta aún no firmada: rechazado igual", async () => {
    const contenido = await contenidoParaPerfil(db, p2);
    await db.rondaSeleccion.update({ where: { id: rondaPre }, data: { estado: "EN_FIRMA" } });
    try {
      const antes = { auditoria: await contarAuditoria(), formularios: await db.formularioCompleto.count(), avances: await db.avanceModulo.count() };
      expect(comoError(await correr(guardarBorradorFormulario, { id: p2, version: 0, ...contenido }, duena2)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
      expect(comoError(await correr(enviarFormulario, { id: p2, version: 0 }, duena2)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
      expect(comoError(await correr(completarModulo, { postulacionId: p2, moduloId }, duena2)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
      expect({ auditoria: await contarAuditoria(), formularios: await db.formularioCompleto.count(), avances: await db.avanceModulo.count() }).toEqual(antes);
      expect((await getFormularioEquipo(duena2, p2, db))!.preseleccionada).toBe(false);
    } finally {
      await db.rondaSeleccion.update({ where: { id: rondaPre }, data: { estado: "CERRADA" } });
    }
  });

  it("otro equipo no guarda, envía ni completa módulos del perfil ajeno (como si no existiera); enviar dos veces y guardar tras enviar, rechazados", async () => {
    const contenido = await contenidoParaPerfil(db, p1);
    const v1 = comoExito(await correr(guardarBorradorFormulario, { id: p1, version: 0, ...contenido }, duena1)).data.version;
    const antes = { auditoria: await contarAuditoria(), fila: await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p1 } }) };
    for (const id of [p1, "no-existe"]) {
      expect(comoError(await correr(guardarBorradorFormulario, { id, version: v1, ...contenido, modeloSostenibilidad: "Reemplazado por otro equipo" }, duena2)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
      expect(comoError(await correr(enviarFormulario, { id, version: v1 }, duena2)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
      expect(comoError(await correr(completarModulo, { postulacionId: id, moduloId }, duena2)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
    }
    expect(await getFormularioEquipo(duena2, p1, db)).toBeNull();
    expect(await contarAuditoria()).toBe(antes.auditoria);
    expect(await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p1 } })).toEqual(antes.fila);

    comoExito(await correr(enviarFormulario, { id: p1, version: v1 }, duena1));
    const enviado = await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p1 } });
    const auditoria = await contarAuditoria();
    const enviar2 = await Promise.all([enviarFormulario, enviarFormulario].map((a) => correr(a, { id: p1, version: enviado.version }, duena1)));
    for (const r of enviar2) expect(comoError(r).error).toBe(MENSAJE_YA_ENVIADO);
    expect(comoError(await correr(guardarBorradorFormulario, { id: p1, version: enviado.version, ...contenido, planCoproduccion: "Cambio tardío" }, duena1)).error).toBe(MENSAJE_YA_ENVIADO);
    expect(await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p1 } })).toEqual(enviado);
    expect(await contarAuditoria()).toBe(auditoria);
  });

  it("texto hostil en cada campo libre del formulario: rechazado o guardado tal cual (inerte), nunca un error inesperado", async () => {
    const base = await contenidoParaPerfil(db, p2);
    let version = (await db.formularioCompleto.findUnique({ where: { postulacionId: p2 } }))?.version ?? 0;
    const rutas: ((v: string) => Partial<EntradaContenido>)[] = [
      (v) => ({ teoriaCambio: { ...base.teoriaCambio!, problema: v } }),
      (v) => ({ modeloSostenibilidad: v }),
      (v) => ({ planCoproduccion: v }),
      (v) => ({ metricas: [{ ...base.metricas![0], meta: v }] }),
      (v) => ({ metricas: [{ ...base.metricas![0], metricaLineaBaseId: v }] }),
      (v) => ({ presupuesto: [{ item: v, categoria: v.slice(0, 40), monto: 1 }] }),
      (v) => ({ cronograma: [{ titulo: v, descripcion: v, semana: 1, fecha: v }] }),
      (v) => ({ equipo: [{ nombre: v, rol: v, dedicacion: v }] }),
      (v) => ({ riesgos: [{ riesgo: v, mitigacion: v }] }),
    ];
    for (const [nombre, valor] of Object.entries(HOSTILES)) {
      for (const [i, ruta] of rutas.entries()) {
        const r = await correr(guardarBorradorFormulario, { id: p2, version, ...base, ...ruta(valor) }, duena2);
        sinInesperado(r, `formulario ${nombre} #${i}`);
        if (r.ok) {
          version = r.data.version;
          const fila = await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p2 } });
          expect(fila.contenido).not.toContain("\u0000");
          if (nombre === "html") expect(fila.contenido).toContain(JSON.stringify(valor).slice(1, -1));
          // It reads back (the page renders it as text).
          expect((await getFormularioEquipo(duena2, p2, db))!.formulario).not.toBeNull();
        } else if (nombre === "largo" || nombre === "nul") {
          expect(Object.keys(r.fieldErrors).length, `${nombre} #${i}`).toBeGreaterThan(0);
        }
      }
    }
    // A version number or an id out of range: refused by the schema.
    for (const raro of [{ version: -1 }, { version: 1e308 }, { version: "NaN" }, { id: "x".repeat(65) }, { id: "a\u0000b" }]) {
      const r = await correr(guardarBorradorFormulario, { id: p2, version, ...base, ...raro }, duena2);
      sinInesperado(r, `formulario ${JSON.stringify(raro)}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
describe("pool de mentores", () => {
  it("inscribirse, aprobar (otorga el rol), rechazar y volver a inscribirse; ids desconocidos y roles ajenos rechazados", async () => {
    const ana = await crearUsuario(["POSTULANTE"], { nombre: "Ana Voluntaria" });
    const beto = await crearUsuario(["AFILIADO"], { nombre: "Beto Voluntario" });
    const inscripcion = { helice: "ACADEMIA", institucion: "Universidad de Concepción", regionCut: "08", experiencia: "Diez años acompañando organizaciones comunitarias.", temas: [CLAVES_TEMAS[0]], horasSemana: 2, maxEquipos: 2 };
    const ia = comoExito(await correr(registrarMentor, inscripcion, ana)).data;
    const ib = comoExito(await correr(registrarMentor, inscripcion, beto)).data;
    expect([ia.estado, ib.estado]).toEqual(["PENDIENTE", "PENDIENTE"]);

    // Applicants, evaluators and mentors do not review the pool; nobody reviews an id that does not exist.
    for (const u of [ana, e.cuentas.EVALUADOR, e.cuentas.MENTOR, e.cuentas.COMITE, e.cuentas.JURADO]) {
      expect(comoError(await correr(revisarMentor, { mentorPerfilId: ia.id, decision: "APROBAR" }, u)).error).toBe(MENSAJE_ROL);
    }
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: ia.id, decision: "APROBAR" }, null)).error).toBe(MENSAJE_SESION);
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: "no-existe", decision: "APROBAR" }, admin)).error).toBe("La inscripción no existe.");
    expect((await db.mentorPerfil.findUniqueOrThrow({ where: { id: ia.id } })).estado).toBe("PENDIENTE");

    const version = (await db.user.findUniqueOrThrow({ where: { id: ana.id } })).sessionVersion;
    comoExito(await correr(revisarMentor, { mentorPerfilId: ia.id, decision: "APROBAR" }, admin));
    expect((await db.userRol.findMany({ where: { userId: ana.id } })).map((r) => r.rol).sort()).toEqual(["MENTOR", "POSTULANTE"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: ana.id } })).sessionVersion).toBe(version + 1);
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: ia.id, decision: "APROBAR" }, admin)).error).toMatch(/ya está aprobada/);
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: ia.id, decision: "RECHAZAR", motivo: "Cambio de opinión del equipo" }, admin)).error).toMatch(/pendiente/);
    // An approved mentor who updates the registration stays approved.
    expect(comoExito(await correr(registrarMentor, { ...inscripcion, horasSemana: 3 }, { ...ana, roles: ["POSTULANTE", "MENTOR"] })).data.estado).toBe("APROBADO");

    // Rejected (with a reason of at least 10 characters), then registered again: pending review once more.
    expect(comoError(await correr(revisarMentor, { mentorPerfilId: ib.id, decision: "RECHAZAR", motivo: "corto" }, admin)).fieldErrors.motivo).toBeDefined();
    comoExito(await correr(revisarMentor, { mentorPerfilId: ib.id, decision: "RECHAZAR", motivo: "Falta experiencia en la región" }, admin));
    expect((await miInscripcionMentor(beto, db))!).toMatchObject({ estado: "RECHAZADO", motivoRechazo: "Falta experiencia en la región" });
    expect(await db.userRol.count({ where: { userId: beto.id, rol: "MENTOR" } })).toBe(0);
    expect(comoExito(await correr(registrarMentor, { ...inscripcion, experiencia: "Ahora con experiencia en el Biobío, doce años." }, beto)).data.estado).toBe("PENDIENTE");
    const otra = await db.mentorPerfil.findUniqueOrThrow({ where: { userId: beto.id } });
    expect(otra).toMatchObject({ estado: "PENDIENTE", revisadoEn: null, revisadoPorId: null });
    expect(await db.mentorPerfil.count({ where: { userId: beto.id } })).toBe(1);
    // A rejected-then-pending mentor still cannot be assigned.
    const eq = await equipoPreseleccionado();
    expect(comoError(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: beto.id }, admin)).error).toMatch(/no es mentora aprobada/);
  });

  it("texto hostil en la inscripción, la invitación, el motivo, la sesión y el conflicto: rechazado o guardado inerte", async () => {
    const clave = CLAVES_TEMAS[0];
    const eq = await equipoPreseleccionado();
    const m = await crearMentor("Mentora Hostil");
    const mentoriaId = comoExito(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: m.id }, admin)).data.mentoriaId;
    let semana = 1;
    for (const [nombre, v] of Object.entries(HOSTILES)) {
      const u = await crearUsuario(["POSTULANTE"]);
      const r1 = await correr(registrarMentor, { helice: "EMPRESA", institucion: v, regionCut: "08", experiencia: `${v} ${"experiencia ".repeat(3)}`, temas: [clave, v], horasSemana: 2, maxEquipos: 1 }, u);
      sinInesperado(r1, `registrarse ${nombre}`);
      const r2 = await correr(registrarMentor, { helice: "EMPRESA", institucion: v, regionCut: "08", experiencia: `${v} ${"experiencia ".repeat(3)}`, temas: [clave], horasSemana: 2, maxEquipos: 1 }, u);
      sinInesperado(r2, `registrarse sin tema raro ${nombre}`);
      if (r2.ok) {
        const fila = await db.mentorPerfil.findUniqueOrThrow({ where: { userId: u.id } });
        expect(fila.institucion + fila.experiencia).not.toContain("\u0000");
        const r3 = await correr(revisarMentor, { mentorPerfilId: fila.id, decision: "RECHAZAR", motivo: `Motivo: ${v}` }, admin);
        sinInesperado(r3, `revisar ${nombre}`);
      }
      sinInesperado(await correr(invitarMentor, { nombre: v, email: `invitada-${nombre}@prueba.cl`, institucion: v }, admin), `invitar ${nombre}`);
      sinInesperado(await correr(invitarMentor, { nombre: "Invitada", email: `a@b.cl\nBcc: ${nombre}@x.cl`, institucion: "" }, admin), `invitar cabecera ${nombre}`);
      const r4 = await correr(registrarSesion, { mentoriaId, semana, fecha: hoy(), temas: v, acuerdos: v, proximosPasos: v }, m);
      sinInesperado(r4, `sesión ${nombre}`);
      if (r4.ok) {
        const s = await db.sesionMentoria.findUniqueOrThrow({ where: { id: r4.data.sesionId } });
        expect(s.temas + s.acuerdos + s.proximosPasos).not.toContain("\u0000");
        if (nombre === "html") expect(s.temas).toBe(v);
        semana = Math.min(8, semana + 1);
      }
      sinInesperado(await correr(registrarSesion, { mentoriaId, semana: 1, fecha: v.slice(0, 30), temas: "Temas" }, m), `fecha ${nombre}`);
    }
    // Weeks and dates out of range.
    for (const raro of [{ semana: 0 }, { semana: 9 }, { semana: 2.5 }, { semana: "1e9" }, { fecha: "2019-02-31" }, { fecha: "9999-12-31" }, { fecha: "1900-01-01" }]) {
      const r = await correr(registrarSesion, { ...sesionValida(mentoriaId, 1), ...raro }, m);
      sinInesperado(r, `sesión ${JSON.stringify(raro)}`);
      expect(r.ok, JSON.stringify(raro)).toBe(false);
    }
    for (const [nombre, v] of Object.entries(HOSTILES)) {
      sinInesperado(await correr(declararConflictoMentoria, { mentoriaId: "x", detalle: v }, m), `conflicto ${nombre}`);
    }
    const r = await correr(declararConflictoMentoria, { mentoriaId, detalle: HOSTILES.html }, m);
    expect((await db.mentoria.findUniqueOrThrow({ where: { id: comoExito(r).data.mentoriaId } })).conflictoDetalle).toBe(HOSTILES.html);
  });
});

// ---------------------------------------------------------------------------------------------------
describe("acciones del equipo FOSIS, pedidas por otros roles", () => {
  it("postulante, mentor, jurado, evaluador, comité y afiliado: rechazados por rol, sin escribir nada", async () => {
    const eq = await equipoPreseleccionado();
    const m = await crearMentor("Mentor para rechazos");
    const ev = await db.evento.create({
      data: { convocatoriaId: e.convocatoriaId, tipo: "DEMO_DAY", titulo: "Demo day de rechazos", regionCut: "08", inicio: new Date(Date.now() + 7 * DIA), capacidad: 50, creadoPorId: admin.id },
      select: { id: true },
    });
    const pdf = new FormData();
    for (const [k, v] of Object.entries({ postulacionId: eq.id, montoAdjudicado: "20000000", fechaInicio: "2019-09-02", fechaTermino: "2020-02-28", responsableNombre: "Marta", responsableRut: rutValido(12_345_678), responsableEmail: "m@prueba.cl" })) pdf.set(k, v);
    pdf.set("archivo", archivo(bytesPdf(), "convenio.pdf"));
    const acciones: [string, () => ActionDef<NombreAccion, z.ZodType, unknown>, unknown][] = [
      ["mentor.revisar", () => revisarMentor as never, { mentorPerfilId: "x", decision: "APROBAR" }],
      ["mentor.invitar", () => invitarMentor as never, { nombre: "Alguien", email: "alguien@prueba.cl" }],
      ["mentoria.asignar", () => asignarMentoria as never, { postulacionId: eq.id, mentorId: m.id }],
      ["mentoria.enviarAlertas", () => enviarAlertas as never, {}],
      ["formacion.guardarModulo", () => guardarModulo as never, { base: "si" }],
      ["demoDay.asignarJurado", () => asignarJurado as never, { eventoId: ev.id, email: e.cuentas.POSTULANTE.email, helice: "ESTADO" }],
      ["convenio.registrar", () => registrarConvenio as never, pdf],
    ];
    const antes = { auditoria: await contarAuditoria(), roles: await db.userRol.count(), correos: await db.notificacion.count(), mentorias: await db.mentoria.count() };
    for (const rol of ["POSTULANTE", "MENTOR", "JURADO", "EVALUADOR", "COMITE", "AFILIADO"] as const) {
      for (const [nombre, accion, input] of acciones) {
        expect(comoError(await correr(accion(), input, e.cuentas[rol])).error, `${rol} ${nombre}`).toBe(MENSAJE_ROL);
      }
    }
    for (const [nombre, accion, input] of acciones) expect(comoError(await correr(accion(), input, null)).error, nombre).toBe(MENSAJE_SESION);
    expect({ auditoria: await contarAuditoria(), roles: await db.userRol.count(), correos: await db.notificacion.count(), mentorias: await db.mentoria.count() }).toEqual(antes);
  });
});

// ---------------------------------------------------------------------------------------------------
describe("demo day: jurados fuera de su evento", () => {
  let biobio: string, valpo: string;
  let j: SessionUser, k: SessionUser;
  let pitch08: { id: string; duena: SessionUser };

  beforeAll(async () => {
    const ev = (titulo: string, regionCut: string) =>
      db.evento.create({ data: { convocatoriaId: e.convocatoriaId, tipo: "DEMO_DAY", titulo, regionCut, inicio: new Date(Date.now() + 7 * DIA), capacidad: 80, creadoPorId: admin.id }, select: { id: true } });
    biobio = (await ev("Demo day de ataque — Biobío", "08")).id;
    valpo = (await ev("Demo day de ataque — Valparaíso", "05")).id;
    j = await crearUsuario(["JURADO"], { nombre: "Jurada del Biobío" });
    k = await crearUsuario(["JURADO"], { nombre: "Jurado de Valparaíso" });
    comoExito(await correr(asignarJurado, { eventoId: biobio, email: j.email, helice: "ESTADO" }, admin));
    comoExito(await correr(asignarJurado, { eventoId: valpo, email: k.email, helice: "ACADEMIA" }, admin));
    pitch08 = await equipoPreseleccionado("08");
  });

  it("no califica un demo day en que no está, ni un perfil que no es pitch de su evento (otra región, no preseleccionado, inexistente)", async () => {
    const antes = { auditoria: await contarAuditoria(), puntajes: await db.puntajeDemoDay.count(), conflictos: await db.conflictoJurado.count() };
    // p1 is a preselected pitch of region 05 (Valparaíso).
    for (const eventoId of [valpo, "no-existe"]) {
      expect(comoError(await correr(calificar, { eventoId, postulacionId: p1, notas: todas(6) }, j)).error).toBe(MENSAJE_DEMO_DAY_NO_EXISTE);
      expect(comoError(await correr(declararConflictoDemoDay, { eventoId, postulacionId: p1, detalle: "Conozco al equipo" }, j)).error).toBe(MENSAJE_DEMO_DAY_NO_EXISTE);
    }
    for (const postulacionId of [p1, noPre, "no-existe"]) {
      expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId, notas: todas(6) }, j)).error).toBe(MENSAJE_NO_ES_PITCH);
    }
    // The demo JURADO account and a team: not on the jury.
    expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: pitch08.id, notas: todas(7) }, e.cuentas.JURADO)).error).toBe(MENSAJE_DEMO_DAY_NO_EXISTE);
    expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: pitch08.id, notas: todas(7) }, pitch08.duena)).error).toBe(MENSAJE_ROL);
    expect({ auditoria: await contarAuditoria(), puntajes: await db.puntajeDemoDay.count(), conflictos: await db.conflictoJurado.count() }).toEqual(antes);

    // Reads: the other event, another event's pitch, a non-pitch: null (404).
    expect(await demoDayDelJurado(valpo, j, db)).toBeNull();
    expect(await pitchParaCalificar(valpo, p1, j, db)).toBeNull();
    expect(await pitchParaCalificar(biobio, p1, j, db)).toBeNull();
    expect(await pitchParaCalificar(biobio, noPre, j, db)).toBeNull();
    expect((await misDemoDays(j, db)).demoDays.map((d) => d.evento.id)).toEqual([biobio]);
    // The juror reads the pitch, never the team's e-mail.
    const visto = await pitchParaCalificar(biobio, pitch08.id, j, db);
    expect(visto).not.toBeNull();
    expect(JSON.stringify(visto)).not.toContain(pitch08.duena.email);
    expect(JSON.stringify(await demoDayDelJurado(biobio, j, db))).not.toContain(pitch08.duena.email);
  });

  it("tras declarar un conflicto no califica; un jurado no califica el pitch de su propio equipo", async () => {
    const otro = await equipoPreseleccionado("08");
    comoExito(await correr(calificar, { eventoId: biobio, postulacionId: otro.id, notas: todas(5) }, j));
    comoExito(await correr(declararConflictoDemoDay, { eventoId: biobio, postulacionId: otro.id, detalle: "Es mi sobrina" }, j));
    expect(await db.puntajeDemoDay.count({ where: { postulacionId: otro.id, juradoId: j.id } })).toBe(0);
    const antes = await contarAuditoria();
    expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: otro.id, notas: todas(7) }, j)).error).toBe(MENSAJE_CON_CONFLICTO);
    expect(await db.puntajeDemoDay.count({ where: { postulacionId: otro.id, juradoId: j.id } })).toBe(0);
    expect(await contarAuditoria()).toBe(antes);

    // An account on the jury that owns a pitch of the same demo day.
    const juezParte = await crearUsuario(["POSTULANTE"], { nombre: "Jurada y postulante" });
    comoExito(await correr(asignarJurado, { eventoId: biobio, email: juezParte.email, helice: "EMPRESA" }, admin));
    const suyo = await equipoPreseleccionado("08", juezParte.id);
    const comoJurado = { ...juezParte, roles: ["POSTULANTE", "JURADO"] as Rol[] };
    const r = await correr(calificar, { eventoId: biobio, postulacionId: suyo.id, notas: todas(7) }, comoJurado);
    expect(comoError(r).error).toBe(MENSAJE_PITCH_PROPIO);
    expect(await db.puntajeDemoDay.count({ where: { postulacionId: suyo.id } })).toBe(0);
  });

  it("veinte calificaciones simultáneas del mismo pitch por el mismo jurado: una sola fila, sin errores inesperados", async () => {
    const eq = await equipoPreseleccionado("08");
    const r = await Promise.all(Array.from({ length: 20 }, (_, i) => correr(calificar, { eventoId: biobio, postulacionId: eq.id, notas: todas(1 + (i % 7)), comentario: `Intento ${i}` }, j)));
    for (const [i, x] of r.entries()) sinInesperado(x, `calificar #${i}`);
    expect(r.filter((x) => x.ok).length).toBeGreaterThan(0);
    expect(await db.puntajeDemoDay.count({ where: { postulacionId: eq.id, juradoId: j.id } })).toBe(1);
  });

  it("texto hostil en el comentario y las notas: rechazado o guardado inerte", async () => {
    const eq = await equipoPreseleccionado("08");
    for (const [nombre, v] of Object.entries(HOSTILES)) {
      const r = await correr(calificar, { eventoId: biobio, postulacionId: eq.id, notas: todas(6), comentario: v }, j);
      sinInesperado(r, `comentario ${nombre}`);
      sinInesperado(await correr(calificar, { eventoId: biobio, postulacionId: eq.id, notas: { ...todas(6), claridad: v.slice(0, 20) } }, j), `nota ${nombre}`);
      sinInesperado(await correr(declararConflictoDemoDay, { eventoId: biobio, postulacionId: "no-existe", detalle: v }, j), `conflicto ${nombre}`);
    }
    for (const raro of [{ claridad: 0.9 }, { claridad: 7.1 }, { claridad: Number.NaN }, { claridad: Infinity }, { claridad: "1e3" }, { otra: 5 }]) {
      const r = await correr(calificar, { eventoId: biobio, postulacionId: eq.id, notas: { ...todas(6), ...raro } }, j);
      sinInesperado(r, JSON.stringify(raro));
      expect(r.ok, JSON.stringify(raro)).toBe(false);
    }
  });

  it("con el acta final en firma, las notas ya no cambian (ni calificar ni declarar conflicto)", async () => {
    const eq = await equipoPreseleccionado("08");
    const ronda = await db.rondaSeleccion.create({ data: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL", estado: "EN_FIRMA", presupuesto: 650_000_000 }, select: { id: true } });
    try {
      const antes = { auditoria: await contarAuditoria(), puntajes: await db.puntajeDemoDay.count(), conflictos: await db.conflictoJurado.count() };
      expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: eq.id, notas: todas(7) }, j)).error).toBe(MENSAJE_DEMO_DAY_EN_ACTA);
      expect(comoError(await correr(declararConflictoDemoDay, { eventoId: biobio, postulacionId: eq.id, detalle: "Conflicto tardío" }, j)).error).toBe(MENSAJE_DEMO_DAY_EN_ACTA);
      expect({ auditoria: await contarAuditoria(), puntajes: await db.puntajeDemoDay.count(), conflictos: await db.conflictoJurado.count() }).toEqual(antes);
    } finally {
      await db.rondaSeleccion.delete({ where: { id: ronda.id } });
    }
  });
});

// ---------------------------------------------------------------------------------------------------
describe("ráfagas", () => {
  it("veinte completarModulo simultáneos del mismo módulo: una sola fila, sin errores inesperados", async () => {
    const eq = await equipoPreseleccionado("08");
    const r = await Promise.all(Array.from({ length: 20 }, () => correr(completarModulo, { postulacionId: eq.id, moduloId }, eq.duena)));
    for (const [i, x] of r.entries()) sinInesperado(x, `completar #${i}`);
    expect(r.filter((x) => x.ok).length).toBe(1);
    expect(await db.avanceModulo.count({ where: { postulacionId: eq.id, moduloId } })).toBe(1);
    // And a module that does not exist, or of the wrong shape.
    for (const m of ["no-existe", "x".repeat(65), ""]) sinInesperado(await correr(completarModulo, { postulacionId: eq.id, moduloId: m }, eq.duena), `módulo ${m.slice(0, 10)}`);
  });

  it("texto hostil en los módulos de formación (equipo FOSIS): rechazado o guardado inerte", async () => {
    for (const [nombre, v] of Object.entries(HOSTILES)) {
      const r = await correr(guardarModulo, { clave: `hostil-${nombre}`, titulo: v, resumen: v, material: v, orden: 5 }, admin);
      sinInesperado(r, `módulo ${nombre}`);
      sinInesperado(await correr(guardarModulo, { clave: v, titulo: "Título", resumen: "Resumen", material: "Material", orden: 5 }, admin), `clave ${nombre}`);
    }
    sinInesperado(await correr(guardarModulo, { id: "no-existe", clave: "otra-clave", titulo: "T", resumen: "R", material: "M", orden: 1 }, admin), "módulo inexistente");
  });
});

// ---------------------------------------------------------------------------------------------------
describe("convenio: rechazos", () => {
  let seleccionada: string;
  let duenaSel: SessionUser;
  let convenioId: string;
  let adjuntoId: string;
  const RUT = rutValido(12_345_678);

  function formulario(postulacionId: string, f: File | null, campos: Record<string, string> = {}): FormData {
    const fd = new FormData();
    const base = { postulacionId, montoAdjudicado: "24000000", fechaInicio: "2019-09-02", fechaTermino: "2020-02-28", responsableNombre: "Marta Rivas", responsableRut: RUT, responsableEmail: "marta@prueba.cl", ...campos };
    for (const [k, v] of Object.entries(base)) fd.set(k, v);
    if (f) fd.set("archivo", f);
    return fd;
  }
  const registrar = (fd: FormData, user: SessionUser = admin) => correr(registrarConvenio, fd, user);
  const foto = async () => ({ convenios: await db.convenio.count(), adjuntos: await db.adjunto.count(), auditoria: await contarAuditoria() });

  beforeAll(async () => {
    await rondaCerrada(e.convocatoriaId, "SELECCION_FINAL");
    const ronda = await db.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL" } }, select: { id: true } });
    const eq = await equipoPreseleccionado("08");
    seleccionada = eq.id;
    duenaSel = eq.duena;
    await db.decisionComite.create({
      data: { convocatoriaId: e.convocatoriaId, rondaId: ronda.id, postulacionId: seleccionada, fase: "SELECCION_FINAL", decision: "SELECCIONADA", montoAsignado: 24_000_000, puntaje: 5.5, sugerida: true, decididaPorId: e.cuentas.COMITE.id },
    });
    await db.decisionComite.create({
      data: { convocatoriaId: e.convocatoriaId, rondaId: ronda.id, postulacionId: p2, fase: "SELECCION_FINAL", decision: "NO_SELECCIONADA", puntaje: 4.5, sugerida: true, decididaPorId: e.cuentas.COMITE.id },
    });
  });

  it("un proyecto no seleccionado en el acta final (o solo preseleccionado) responde como uno inexistente", async () => {
    const antes = await foto();
    for (const id of [p2, p1, noPre, "no-existe"]) {
      expect(comoError(await registrar(formulario(id, archivo(bytesPdf(), "convenio.pdf")))).error).toBe(MENSAJE_SIN_SELECCION_FINAL);
    }
    // The final acta back in signature: not selected "in the signed acta" any more.
    await db.rondaSeleccion.updateMany({ where: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL" }, data: { estado: "EN_FIRMA" } });
    try {
      expect(comoError(await registrar(formulario(seleccionada, archivo(bytesPdf(), "convenio.pdf")))).error).toBe(MENSAJE_SIN_SELECCION_FINAL);
    } finally {
      await db.rondaSeleccion.updateMany({ where: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL" }, data: { estado: "CERRADA" } });
    }
    expect(await foto()).toEqual(antes);
  });

  it("monto sobre lo solicitado o fuera de la banda, un archivo que no es PDF, fechas invertidas: rechazados sin escribir", async () => {
    const conv = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { montoMinProyecto: true, montoMaxProyecto: true } });
    const antes = await foto();
    const casos: [Record<string, string>, File | null, string][] = [
      [{ montoAdjudicado: "25000001" }, archivo(bytesPdf(), "c.pdf"), "montoAdjudicado"],
      [{ montoAdjudicado: String(conv.montoMinProyecto - 1) }, archivo(bytesPdf(), "c.pdf"), "montoAdjudicado"],
      [{ montoAdjudicado: "0" }, archivo(bytesPdf(), "c.pdf"), "montoAdjudicado"],
      [{ montoAdjudicado: "-5" }, archivo(bytesPdf(), "c.pdf"), "montoAdjudicado"],
      [{ montoAdjudicado: "1e12" }, archivo(bytesPdf(), "c.pdf"), "montoAdjudicado"],
      [{ montoAdjudicado: "24000000.5" }, archivo(bytesPdf(), "c.pdf"), "montoAdjudicado"],
      [{}, archivo(bytesPng(), "convenio.pdf"), "archivo"],
      [{}, archivo(new TextEncoder().encode("<html><script>alert(1)</script></html>"), "convenio.pdf", "application/pdf"), "archivo"],
      [{}, null, "archivo"],
      [{ fechaInicio: "2020-02-28", fechaTermino: "2019-09-02" }, archivo(bytesPdf(), "c.pdf"), "fechaTermino"],
      [{ fechaInicio: "2019-09-02", fechaTermino: "2019-09-02" }, archivo(bytesPdf(), "c.pdf"), "fechaTermino"],
      [{ fechaInicio: "2019-02-31" }, archivo(bytesPdf(), "c.pdf"), "fechaInicio"],
      [{ responsableRut: "12345678-0" }, archivo(bytesPdf(), "c.pdf"), "responsableRut"],
      [{ responsableEmail: "a@b.cl\nBcc: x@y.cl" }, archivo(bytesPdf(), "c.pdf"), "responsableEmail"],
      [{ responsableNombre: HOSTILES.nul }, archivo(bytesPdf(), "c.pdf"), "responsableNombre"],
      [{ responsableNombre: HOSTILES.largo }, archivo(bytesPdf(), "c.pdf"), "responsableNombre"],
    ];
    for (const [campos, f, campo] of casos) {
      const r = comoError(await registrar(formulario(seleccionada, f, campos)));
      expect(r.error, JSON.stringify(campos)).not.toMatch(INESPERADO);
      expect(Object.keys(r.fieldErrors), `${JSON.stringify(campos)}: ${r.error}`).toContain(campo);
    }
    expect(comoError(await registrar(formulario(seleccionada, archivo(bytesPng(), "convenio.pdf")))).error).toBe(MENSAJE_NO_PDF);
    expect(comoError(await registrar(formulario(seleccionada, archivo(bytesPdf(), "c.pdf"), { fechaInicio: "2020-02-28", fechaTermino: "2019-09-02" }))).fieldErrors.fechaTermino).toEqual([MENSAJE_FECHAS]);
    expect(await foto()).toEqual(antes);
  });

  it("un PDF con nombre .png se acepta por su contenido y se guarda como .pdf; el nombre hostil queda inerte", async () => {
    const r = comoExito(await registrar(formulario(seleccionada, archivo(bytesPdf(), "../../<script>alert(1)</script>\u202Econvenio.png", "image/png"), { responsableNombre: HOSTILES.html })));
    convenioId = r.data.convenioId;
    const c = await db.convenio.findUniqueOrThrow({ where: { id: convenioId }, include: { documento: true } });
    expect(c.documento!.mime).toBe("application/pdf");
    expect(c.documento!.nombreArchivo).toMatch(/\.pdf$/);
    expect(c.documento!.nombreArchivo).not.toMatch(/[<>/\\\u202E]/);
    expect(c.documento!.categoria).toBe(CATEGORIA_CONVENIO);
    expect(c.responsableNombre).toBe(HOSTILES.html);
    adjuntoId = c.documento!.id;
  });

  it("el convenio firmado: lo ven su equipo y el equipo FOSIS; no un evaluador de la misma región, ni el comité, ni otro equipo, ni nadie sin sesión", async () => {
    const evaluadorRegion = await crearUsuario(["EVALUADOR"], { regionCut: "08" });
    // The same evaluator does see the perfil's other attachments (sanity: the region rule applies to it).
    expect(await adjuntoVisiblePara(adjuntoId, duenaSel, db)).not.toBeNull();
    expect(await adjuntoVisiblePara(adjuntoId, admin, db)).not.toBeNull();
    expect(await adjuntoVisiblePara(adjuntoId, e.cuentas.ENCARGADO_TECNICO, db)).not.toBeNull();
    for (const u of [evaluadorRegion, e.cuentas.EVALUADOR, e.cuentas.COMITE, e.cuentas.JURADO, e.cuentas.MENTOR, e.cuentas.AFILIADO, e.cuentas.POSTULANTE, duena1, null]) {
      expect(await adjuntoVisiblePara(adjuntoId, u, db), u?.email ?? "anónimo").toBeNull();
      expect(await documentoConvenioPara(convenioId, u, db), u?.email ?? "anónimo").toBeNull();
    }
    expect(await documentoConvenioPara(convenioId, admin, db)).not.toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
describe("lecturas como cada rol de la demostración", () => {
  it("cada consulta devuelve solo lo que ese rol puede ver: nada de equipos, mentores, jurados ni convenios ajenos", async () => {
    // Rows of this test's own: a team with a mentor and a logged session, a demo day with a juror, a sent formulario (p1).
    const eq = await equipoPreseleccionado("08");
    const mentora = await crearMentor("Mentora de lecturas");
    const mentoriaId = comoExito(await correr(asignarMentoria, { postulacionId: eq.id, mentorId: mentora.id }, admin)).data.mentoriaId;
    comoExito(await correr(registrarSesion, sesionValida(mentoriaId, 1), mentora));
    const evento = (await db.evento.findFirstOrThrow({ where: { titulo: "Demo day de ataque — Biobío" }, select: { id: true } })).id;
    const pool = await db.mentorPerfil.findMany({ select: { user: { select: { email: true } } } });
    const correosPool = pool.map((p) => p.user.email);
    const rutResponsable = rutValido(12_345_678);
    const staff = new Set<Rol>(["ADMIN", "ENCARGADO_TECNICO"]);

    for (const rol of ROLES) {
      const u = e.cuentas[rol];
      const ve = staff.has(rol);
      // Mentoring.
      expect(await getMentoria(mentoriaId, u, "mentor", db), rol).toBeNull();
      expect(await getMentoria(mentoriaId, u, "equipo", db), rol).toBeNull();
      expect(!!(await getMentoria(mentoriaId, u, "incubacion", db)), rol).toBe(ve);
      expect(await sesionesDelEquipo(mentoriaId, u, db), rol).toBeNull();
      expect((await misMentorias(u, db)).mentorias.map((m) => m.id), rol).not.toContain(mentoriaId);
      expect((await mentoriasDelEquipo(u, db)).mentorias.map((m) => m.id), rol).not.toContain(mentoriaId);
      expect(!!(await tableroMentorias(u, db)), rol).toBe(ve);
      // The pool and its e-mails.
      const filas = await listarPoolMentores(u, {}, db);
      expect(filas.length > 0, rol).toBe(ve);
      if (!ve) expect(JSON.stringify(filas)).not.toMatch(/@/);
      expect((await listarInvitacionesMentor(u, db)).length > 0, rol).toBe(ve);
      // Formation.
      const tablero = await tableroFormacion(u, db);
      expect(tablero.filas.length > 0, rol).toBe(ve);
      expect((await formacionDelEquipo(u, eq.id, db)).equipos, rol).toEqual([]);
      // Formulario.
      expect(await getFormularioEquipo(u, p1, db), rol).toBeNull();
      expect(await perfilIncubacionVisible(u, p1, db), rol).toBe(ve);
      // Demo day: the demo accounts sit on none of this file's events.
      expect(await demoDayDelJurado(evento, u, db), rol).toBeNull();
      expect(await pitchParaCalificar(evento, eq.id, u, db), rol).toBeNull();
      expect((await misDemoDays(u, db)).demoDays.map((d) => d.evento.id), rol).not.toContain(evento);
      const resumen = await resumenDemoDays(u, db);
      const eventosResumen = resumen?.demoDays.map((d) => d.evento.id) ?? [];
      expect(eventosResumen.includes(evento), rol).toBe(ve);
      if (!ve) expect(JSON.stringify(resumen ?? {})).not.toMatch(/@/);
      // Convenios: RUTs and e-mails of the responsible person.
      const panel = await getPanelConvenios(u, db);
      expect(!!panel, rol).toBe(ve);
      if (ve) expect(JSON.stringify(panel)).toContain(rutResponsable);
      // Nothing personal of mentors or teams reaches a non-staff reader through the staff queries.
      const todo = JSON.stringify([await tableroMentorias(u, db), filas, tablero, resumen, panel]);
      if (!ve) for (const c of [...correosPool, eq.duena.email, rutResponsable]) expect(todo, `${rol} ${c}`).not.toContain(c);
    }

    // Signed out: every read that takes a missing session answers nothing.
    expect(await getMentoria(mentoriaId, null, "incubacion", db)).toBeNull();
    expect(await sesionesDelEquipo(mentoriaId, null, db)).toBeNull();
    expect(await tableroMentorias(null, db)).toBeNull();

    // The right readers: the mentor (with the team's contact) and the team (without the mentor's e-mail).
    const delMentor = (await getMentoria(mentoriaId, mentora, "mentor", db))!;
    expect(delMentor.equipo.contacto).toEqual({ nombre: eq.duena.nombre, email: eq.duena.email });
    const delEquipo = (await getMentoria(mentoriaId, eq.duena, "equipo", db))!;
    expect(delEquipo.equipo.contacto).toBeNull();
    expect(JSON.stringify(delEquipo)).not.toContain(mentora.email);
    // The mentor does not read the team's formulario or its convenio.
    expect(await getFormularioEquipo(mentora, eq.id, db)).toBeNull();
    expect(await perfilIncubacionVisible(mentora, eq.id, db)).toBe(false);
    // Another mentor does not read this one, even through the staff or team views.
    const otra = await crearMentor("Otra mentora de lecturas");
    for (const v of ["mentor", "equipo", "incubacion"] as const) expect(await getMentoria(mentoriaId, otra, v, db), v).toBeNull();
  });
});
