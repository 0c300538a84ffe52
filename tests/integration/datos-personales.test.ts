// Data-subject rights (Ley 21.719, issue 14 item 6) through the real pipeline and database, SQLite and
// PostgreSQL: the download of all one's data (each category, only one's own), the person's own corrections,
// requests with their 30-day deadline, and staff's answer. THE check of the issue: an erasure removes the
// person's personal fields, the audit chain still verifies and vote totals do not change.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, type ActionDef } from "@/lib/actions/pipeline";
import { verifyAuditChain } from "@/lib/audit/log";
import { verificarCredenciales } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { usuarioDeSesion } from "@/lib/auth/usuario-sesion";
import { rectificarDatos } from "@/lib/datos-personales/actions/rectificar";
import { resolverSolicitudDatos } from "@/lib/datos-personales/actions/resolver";
import { solicitarDatos } from "@/lib/datos-personales/actions/solicitar";
import { respuestaMisDatos } from "@/lib/datos-personales/descarga";
import { CATEGORIAS_MIS_DATOS, exportarMisDatos, type MisDatos } from "@/lib/datos-personales/exportar";
import { correoSuprimido, nombreSeudonimo } from "@/lib/datos-personales/suprimir";
import { venceSolicitud } from "@/lib/domain/plazos-datos";
import { crearOrganizacion, crearPerfilAdmisible, rutDe } from "../support/asignaciones";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";

const CLAVE = "una clave larga de prueba 123";
let e: Escenario;
let rutCorrelativo = 23_456_000;

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser | null) {
  return executeAction(accion, input, { user, db });
}

/** An account that can sign in with a password, a RUT and a ClaveÚnica link. */
async function persona(roles: Parameters<typeof crearUsuario>[0], nombre: string) {
  const u = await crearUsuario(roles, { nombre, regionCut: "08" });
  rutCorrelativo += 1;
  const rut = rutDe(rutCorrelativo);
  await db.user.update({ where: { id: u.id }, data: { passwordHash: await hashPassword(CLAVE), rut, claveUnicaSub: `sub-${u.id}` } });
  return { ...u, rut };
}

async function crearEvento(titulo: string) {
  return db.evento.create({ data: { convocatoriaId: e.convocatoriaId, tipo: "TALLER_REGIONAL", titulo, inicio: new Date(), capacidad: 30, creadoPorId: e.admin.id }, select: { id: true } });
}

async function votosPorPerfil() {
  const filas = await db.voto.groupBy({ by: ["postulacionId"], _count: { _all: true }, orderBy: { postulacionId: "asc" } });
  return filas.map((f) => [f.postulacionId, f._count._all]);
}

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("CONVOCATORIA");
});

describe("solicitudes de la persona (datos.solicitar)", () => {
  it("crea la solicitud con su plazo de 30 días corridos, el comprobante a la persona y el aviso a cada administrador", async () => {
    const p = await persona(["POSTULANTE"], "Sara Solicitante");
    const antes = await contarAuditoria();
    const r = comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Mi apellido es Solís, no Solicitante." }, p));
    const s = await db.solicitudDatos.findUniqueOrThrow({ where: { id: r.data.solicitudId } });
    expect(s).toMatchObject({ userId: p.id, tipo: "RECTIFICACION", estado: "PENDIENTE", detalle: "Mi apellido es Solís, no Solicitante." });
    expect(s.venceEn.toISOString()).toBe(venceSolicitud(s.createdAt).toISOString());
    expect(r.mensaje).toMatch(/a más tardar el/);
    expect(await contarAuditoria()).toBe(antes + 1);

    const comprobante = await db.notificacion.findFirstOrThrow({ where: { userId: p.id } });
    expect(comprobante).toMatchObject({ para: p.email, estado: "PENDIENTE" });
    expect(comprobante.cuerpo).toMatch(/30 días corridos/);
    const admins = await db.user.findMany({ where: { roles: { some: { rol: "ADMIN" } } }, select: { email: true } });
    const avisos = await db.notificacion.findMany({ where: { asunto: { contains: "nueva solicitud" }, para: { in: admins.map((a) => a.email) } } });
    expect(avisos.length).toBeGreaterThanOrEqual(admins.length);
    // The staff notice carries nothing of the person.
    for (const a of avisos) expect(a.cuerpo).not.toContain("Solicitante");
  });

  it("una solicitud abierta por tipo: la segunda del mismo tipo se rechaza; la de otro tipo no", async () => {
    const p = await persona(["POSTULANTE"], "Doble Click");
    comoExito(await correr(solicitarDatos, { tipo: "SUPRESION" }, p));
    expect(comoError(await correr(solicitarDatos, { tipo: "SUPRESION" }, p)).error).toMatch(/Ya tiene una solicitud de supresión pendiente/);
    comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Mi región es La Araucanía." }, p));
    expect(await db.solicitudDatos.count({ where: { userId: p.id } })).toBe(2);
  });

  it("una rectificación dice qué corregir", async () => {
    const p = await persona(["POSTULANTE"], "Sin Detalle");
    expect(comoError(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "" }, p)).fieldErrors.detalle).toBeDefined();
  });

  it("sin sesión, nadie pide nada", async () => {
    expect(comoError(await correr(solicitarDatos, { tipo: "SUPRESION" }, null)).error).toMatch(/iniciar sesión/);
  });
});

describe("la persona corrige su nombre y su región (datos.rectificar)", () => {
  it("corrige los propios; el registro de auditoría nombra los campos, no sus valores", async () => {
    const p = await persona(["POSTULANTE"], "Nombre Mal Escrito");
    const r = comoExito(await correr(rectificarDatos, { nombre: "Nombre Bien Escrito", regionCut: "09" }, p));
    expect(r.data.campos).toEqual(["nombre", "regionCut"]);
    expect(await db.user.findUniqueOrThrow({ where: { id: p.id }, select: { nombre: true, regionCut: true } })).toEqual({ nombre: "Nombre Bien Escrito", regionCut: "09" });
    const ultima = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(ultima).toMatchObject({ accion: "datos.rectificar", actorId: p.id, entidadId: p.id });
    expect(ultima.datos).not.toContain("Bien Escrito");
    // Without a region in the input it stays; «Sin indicar» ("") clears it.
    comoExito(await correr(rectificarDatos, { nombre: "Nombre Bien Escrito" }, p));
    expect((await db.user.findUniqueOrThrow({ where: { id: p.id } })).regionCut).toBe("09");
    expect(comoExito(await correr(rectificarDatos, { nombre: "Nombre Bien Escrito", regionCut: "" }, p)).data.campos).toEqual(["regionCut"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: p.id } })).regionCut).toBeNull();
  });

  it("no alcanza la cuenta de otra persona: un id en la entrada se ignora y solo cambia la propia", async () => {
    const yo = await persona(["POSTULANTE"], "Yo Misma");
    const otra = await persona(["POSTULANTE"], "Otra Persona");
    comoExito(await correr(rectificarDatos, { userId: otra.id, id: otra.id, nombre: "Nombre Impuesto" }, yo));
    expect((await db.user.findUniqueOrThrow({ where: { id: otra.id } })).nombre).toBe("Otra Persona");
    expect((await db.user.findUniqueOrThrow({ where: { id: yo.id } })).nombre).toBe("Nombre Impuesto");
  });

  it("quien revisa por región no cambia su propia región (ampliaría su alcance), pero sí su nombre", async () => {
    const ev = await crearUsuario(["EVALUADOR"], { regionCut: "09" });
    expect(comoError(await correr(rectificarDatos, { nombre: ev.nombre, regionCut: "13" }, ev)).fieldErrors.regionCut?.[0]).toMatch(/pida una rectificación/);
    comoExito(await correr(rectificarDatos, { nombre: "Evaluadora Corregida", regionCut: "09" }, ev));
    expect(await db.user.findUniqueOrThrow({ where: { id: ev.id }, select: { nombre: true, regionCut: true } })).toEqual({ nombre: "Evaluadora Corregida", regionCut: "09" });
  });
});

describe("descarga de todos los datos propios (acceso)", () => {
  let p: Awaited<ReturnType<typeof persona>>;
  let otra: Awaited<ReturnType<typeof persona>>;

  beforeAll(async () => {
    // One person who took part in every way the portal records.
    p = await persona(["POSTULANTE", "AFILIADO", "EVALUADOR", "MENTOR"], "Tania Todo");
    otra = await persona(["POSTULANTE"], "Olga Otra");
    const org = await crearOrganizacion([{ userId: p.id, estado: "ACTIVO" }], 76_100_001);
    const perfil = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, postulanteId: p.id, organizacionId: org.id, regiones: ["08"] });
    await db.postulacion.update({ where: { id: perfil.id }, data: { problema: "Cuidadoras sin respiro", equipo: "Tania Todo y Pedro Pérez" } });
    const ajeno = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[1].id, postulanteId: otra.id, regiones: ["08"] });
    const evento = await crearEvento("Taller de prueba de datos");
    await db.inscripcion.create({ data: { eventoId: evento.id, userId: p.id, nombre: p.nombre, email: p.email, estado: "CONFIRMADA" } });
    await db.voto.create({ data: { convocatoriaId: e.convocatoriaId, votanteId: p.id, postulacionId: ajeno.id, ambito: e.desafios[1].id } });
    const asignacion = await db.asignacionEvaluacion.create({ data: { postulacionId: ajeno.id, evaluadorId: p.id } });
    await db.evaluacion.create({ data: { asignacionId: asignacion.id, comentario: "Buen diagnóstico", notaFinal: 5.5, enviadaEn: new Date() } });
    await db.mentorPerfil.create({ data: { userId: p.id, helice: "ACADEMIA", institucion: "Universidad de Prueba", regionCut: "08", experiencia: "Diez años en innovación social", horasSemana: 3 } });
    const mentoria = await db.mentoria.create({ data: { postulacionId: ajeno.id, mentorId: p.id } });
    await db.sesionMentoria.create({ data: { mentoriaId: mentoria.id, semana: 1, fecha: new Date(), temas: "Teoría de cambio" } });
    comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Mi segundo apellido falta." }, p));
    // Someone else's rows, which must not appear.
    comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Dato de Olga que no es de Tania." }, otra));
  });

  it("el documento trae cada categoría con los datos de la persona", async () => {
    const d = (await exportarMisDatos(db, p.id)) as MisDatos;
    for (const c of CATEGORIAS_MIS_DATOS) expect(d, c).toHaveProperty(c);
    expect(d.cuenta).toMatchObject({ id: p.id, nombre: "Tania Todo", email: p.email, rut: p.rut, region: { cut: "08" }, vinculadaConClaveUnica: true });
    expect(d.cuenta.roles.map((r) => r.rol).sort()).toEqual(["AFILIADO", "EVALUADOR", "MENTOR", "POSTULANTE"]);
    expect(d.cuenta.creadaEn).toEqual(expect.any(String));
    expect(d.perfiles).toHaveLength(1);
    expect(d.perfiles[0]).toMatchObject({ problema: "Cuidadoras sin respiro", equipo: "Tania Todo y Pedro Pérez", regiones: ["08"] });
    expect(d.organizaciones).toEqual([expect.objectContaining({ rut: rutDe(76_100_001) })]);
    expect(d.membresias).toEqual([expect.objectContaining({ estado: "ACTIVO" })]);
    expect(d.inscripciones).toEqual([expect.objectContaining({ email: p.email, evento: expect.objectContaining({ titulo: "Taller de prueba de datos" }) })]);
    expect(d.votos).toHaveLength(1);
    expect(d.votos[0].perfil.nombreProyecto).toMatch(/^Proyecto /);
    expect(d.evaluaciones).toEqual([expect.objectContaining({ evaluacion: expect.objectContaining({ comentario: "Buen diagnóstico", notaFinal: 5.5 }) })]);
    expect(d.mentor).toMatchObject({ institucion: "Universidad de Prueba", experiencia: "Diez años en innovación social" });
    expect(d.sesionesMentoria).toEqual([expect.objectContaining({ sesiones: [expect.objectContaining({ semana: 1, temas: "Teoría de cambio" })] })]);
    expect(d.solicitudesDatos).toEqual([expect.objectContaining({ tipo: "RECTIFICACION", detalle: "Mi segundo apellido falta.", estado: "PENDIENTE" })]);
    expect(d.correos.length).toBeGreaterThan(0);
    expect(d.actividad).toEqual(expect.arrayContaining([expect.objectContaining({ accion: "datos.solicitar" })]));
  });

  it("la descarga es un adjunto JSON sin caché, de la sesión y de nadie más; sin sesión, 404", async () => {
    const r = await respuestaMisDatos(p, db);
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Disposition")).toMatch(/^attachment; filename="mis-datos-fondo-idea-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(r.headers.get("Cache-Control")).toBe("private, no-store");
    expect(r.headers.get("Content-Type")).toMatch(/^application\/json/);
    const texto = await r.text();
    const d = JSON.parse(texto) as MisDatos;
    expect(d.cuenta.id).toBe(p.id);
    expect(texto).not.toContain(otra.email);
    expect(texto).not.toContain("Dato de Olga");
    expect(texto).not.toContain(otra.rut);

    const suya = JSON.parse(await (await respuestaMisDatos(otra, db)).text()) as MisDatos;
    expect(suya.cuenta.id).toBe(otra.id);
    expect(JSON.stringify(suya)).not.toContain("Tania Todo");

    const anonimo = await respuestaMisDatos(null, db);
    expect(anonimo.status).toBe(404);
    expect(anonimo.headers.get("Cache-Control")).toBe("private, no-store");
  });
});

describe("el equipo responde (datos.resolver)", () => {
  it("rechaza con el motivo, que recibe la persona; una solicitud respondida no se responde de nuevo", async () => {
    const p = await persona(["POSTULANTE"], "Rita Rechazo");
    const { solicitudId } = comoExito(await correr(solicitarDatos, { tipo: "SUPRESION" }, p)).data;
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId, decision: "RECHAZAR", respuesta: "corto" }, e.admin)).fieldErrors.respuesta).toBeDefined();
    comoExito(await correr(resolverSolicitudDatos, { solicitudId, decision: "RECHAZAR", respuesta: "Tiene un convenio vigente: sus datos se conservan hasta su cierre." }, e.admin));
    expect(await db.solicitudDatos.findUniqueOrThrow({ where: { id: solicitudId } })).toMatchObject({ estado: "RECHAZADA", resueltaPorId: e.admin.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: p.id }, select: { nombre: true } })).toEqual({ nombre: "Rita Rechazo" });
    const aviso = await db.notificacion.findFirstOrThrow({ where: { para: p.email, asunto: { contains: "rechazada" } } });
    expect(aviso.cuerpo).toContain("convenio vigente");
    // The audit entry keeps no free text.
    expect((await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).datos).not.toContain("convenio vigente");
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER" }, e.admin)).error).toBe("Esa solicitud ya fue rechazada.");
  });

  it("solo un administrador responde; una solicitud inexistente, como tal", async () => {
    const p = await persona(["POSTULANTE"], "Paula Propia");
    const { solicitudId } = comoExito(await correr(solicitarDatos, { tipo: "SUPRESION" }, p)).data;
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER" }, p)).error).toMatch(/No tiene permiso/);
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER" }, e.cuentas.ENCARGADO_TECNICO)).error).toMatch(/No tiene permiso/);
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId: "no-existe-0000", decision: "RESOLVER" }, e.admin)).error).toBe("No encontramos esa solicitud.");
  });

  it("una rectificación: el equipo aplica el dato corregido, validado; un RUT verificado no se toca", async () => {
    const p = await persona(["POSTULANTE"], "Rodrigo Rut");
    const otra = await persona(["POSTULANTE"], "Dueña del Correo");
    const { solicitudId } = comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Mi correo cambió y mi RUT está mal escrito." }, p)).data;
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER" }, e.admin)).error).toMatch(/Indique el dato corregido/);
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER", email: otra.email }, e.admin)).fieldErrors.email).toEqual(["Ese correo ya es de otra cuenta."]);
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER", rut: "12.345.678-0" }, e.admin)).fieldErrors.rut).toBeDefined();
    const nuevoRut = rutDe(++rutCorrelativo);
    const antes = await db.user.findUniqueOrThrow({ where: { id: p.id }, select: { sessionVersion: true } });
    const r = comoExito(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER", email: "rodrigo.nuevo@prueba.cl", rut: nuevoRut, nombre: "" }, e.admin));
    expect(r.data.campos).toEqual(["email", "rut"]);
    const u = await db.user.findUniqueOrThrow({ where: { id: p.id }, select: { email: true, rut: true, nombre: true, sessionVersion: true } });
    expect(u).toMatchObject({ email: "rodrigo.nuevo@prueba.cl", rut: nuevoRut, nombre: "Rodrigo Rut", sessionVersion: antes.sessionVersion + 1 });
    expect((await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).datos).not.toContain("rodrigo.nuevo");

    await db.user.update({ where: { id: otra.id }, data: { rutVerificado: true } });
    const s2 = comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Mi RUT está mal." }, otra)).data.solicitudId;
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId: s2, decision: "RESOLVER", rut: rutDe(++rutCorrelativo) }, e.admin)).fieldErrors.rut?.[0]).toMatch(/verificado/);
  });
});

describe("supresión: datos personales borrados, bitácora íntegra, votos intactos", () => {
  it("borra los campos personales de una votante y de una postulante; la cadena verifica y los totales no cambian", async () => {
    // A voter with votes, and an applicant with a submitted perfil (that gets votes), a draft, an
    // organisation as natural person, an event registration, a membership request and pending mail.
    const votante = await persona(["AFILIADO"], "Valentina Votante");
    const postulante = await persona(["POSTULANTE"], "Patricia Postulante");
    const perfil = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, postulanteId: postulante.id, regiones: ["08"] });
    await db.postulacion.update({ where: { id: perfil.id }, data: { equipo: "Patricia Postulante (coordinadora) y su hermana Paz", problema: "Falta de respiro", tipoEjecutor: "PERSONA_NATURAL", organizacionNombre: "Patricia Postulante", organizacionRut: postulante.rut } });
    const otro = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[1].id, regiones: ["09"] });
    await db.voto.create({ data: { convocatoriaId: e.convocatoriaId, votanteId: votante.id, postulacionId: perfil.id, ambito: e.desafios[0].id } });
    await db.voto.create({ data: { convocatoriaId: e.convocatoriaId, votanteId: votante.id, postulacionId: otro.id, ambito: e.desafios[1].id } });
    await db.voto.create({ data: { convocatoriaId: e.convocatoriaId, votanteId: postulante.id, postulacionId: otro.id, ambito: e.desafios[1].id } });
    const borrador = await db.postulacion.create({ data: { convocatoriaId: e.convocatoriaId, desafioId: e.desafios[2].id, postulanteId: postulante.id, nombreProyecto: "Idea a medias" } });
    await db.adjunto.create({ data: { postulacionId: borrador.id, subidoPorId: postulante.id, categoria: "OTRO", nombreArchivo: "carta.pdf", mime: "application/pdf", bytes: 10, sha256: "b".repeat(64), clave: `no-es-una-clave-${borrador.id}` } });
    const natural = await db.organizacion.create({ data: { nombre: "Patricia Postulante", rut: postulante.rut, tipo: "PERSONA_NATURAL", creadaPorId: postulante.id } });
    const ajena = await crearOrganizacion([{ userId: e.cuentas.POSTULANTE.id, estado: "ACTIVO" }], 76_100_002);
    await db.miembroOrganizacion.create({ data: { organizacionId: ajena.id, userId: postulante.id, estado: "PENDIENTE", mensaje: "Soy Patricia, la tesorera" } });
    const evento = await crearEvento("Taller de supresión");
    const inscripcion = await db.inscripcion.create({ data: { eventoId: evento.id, userId: postulante.id, nombre: postulante.nombre, email: postulante.email, estado: "CONFIRMADA" } });
    const anonima = await db.inscripcion.create({ data: { eventoId: (await crearEvento("Otro taller")).id, nombre: "Patricia P.", email: postulante.email, estado: "POR_CONFIRMAR", tokenHash: `h-${postulante.id}` } });

    const solicitudes = [];
    for (const p of [votante, postulante]) solicitudes.push(comoExito(await correr(solicitarDatos, { tipo: "SUPRESION", detalle: `Soy ${p.nombre}, borren todo` }, p)).data.solicitudId);
    expect(await db.notificacion.count({ where: { para: postulante.email } })).toBeGreaterThan(0);

    const votosAntes = await votosPorPerfil();
    const filasVotoAntes = await db.voto.findMany({ orderBy: { id: "asc" }, select: { id: true, votanteId: true, postulacionId: true, ambito: true } });
    const auditoriaAntes = await db.auditLog.findMany({ orderBy: { id: "asc" }, select: { id: true, hash: true, datos: true } });
    expect((await verifyAuditChain(db, { escribirPuntoDeControl: false })).ok).toBe(true);

    for (const solicitudId of solicitudes) {
      const r = comoExito(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER" }, e.admin));
      expect(r.mensaje).toMatch(/Datos suprimidos/);
    }

    // The audit chain: nothing rewritten, two entries appended, and it verifies.
    const v = await verifyAuditChain(db, { escribirPuntoDeControl: false });
    expect(v.ok, JSON.stringify(v)).toBe(true);
    const auditoriaDespues = await db.auditLog.findMany({ orderBy: { id: "asc" }, select: { id: true, hash: true, datos: true } });
    expect(auditoriaDespues.slice(0, auditoriaAntes.length)).toEqual(auditoriaAntes);
    expect(auditoriaDespues).toHaveLength(auditoriaAntes.length + 2);

    // Votes: the same rows (voter ids kept, pseudonymous), the same totals per perfil.
    expect(await votosPorPerfil()).toEqual(votosAntes);
    expect(await db.voto.findMany({ orderBy: { id: "asc" }, select: { id: true, votanteId: true, postulacionId: true, ambito: true } })).toEqual(filasVotoAntes);

    for (const p of [votante, postulante]) {
      const u = await db.user.findUniqueOrThrow({ where: { id: p.id } });
      expect(u).toMatchObject({ nombre: nombreSeudonimo(p.id), email: correoSuprimido(p.id), rut: null, rutVerificado: false, passwordHash: null, claveUnicaSub: null, regionCut: "08" });
      expect(u.seudonimizadoEn).toBeInstanceOf(Date);
      expect(await db.userRol.count({ where: { userId: p.id } })).toBe(0);
      // Sign-in is impossible: not with the old address, not with the placeholder; open sessions ended.
      expect(await verificarCredenciales(db, { email: p.email, password: CLAVE }, null)).toEqual({ ok: false, motivo: "INVALIDAS" });
      expect(await verificarCredenciales(db, { email: u.email, password: CLAVE }, null)).toEqual({ ok: false, motivo: "INVALIDAS" });
      expect(await usuarioDeSesion(db, { uid: p.id, sv: u.sessionVersion - 1, sid: `s-${p.id}` })).toBeNull();
      // Nothing in the database still carries the name, the address or the RUT.
      const resto = await exportarMisDatos(db, p.id);
      const texto = JSON.stringify(resto);
      expect(texto).not.toContain(p.nombre);
      expect(texto).not.toContain(p.rut);
      expect(await db.notificacion.count({ where: { OR: [{ userId: p.id }, { para: p.email, cuerpo: { contains: p.nombre } }] } })).toBe(0);
      expect(resto?.solicitudesDatos).toEqual([expect.objectContaining({ tipo: "SUPRESION", estado: "RESUELTA", detalle: "" })]);
    }

    // The applicant's records: the submitted perfil stays (its votes too), without the team's names or the
    // natural person as executor; the draft is gone with its document; registrations and requests anonymised.
    const kept = await db.postulacion.findUniqueOrThrow({ where: { id: perfil.id } });
    expect(kept).toMatchObject({ postulanteId: postulante.id, problema: "Falta de respiro", equipo: "", organizacionNombre: nombreSeudonimo(postulante.id), organizacionRut: "" });
    expect(await db.postulacion.findUnique({ where: { id: borrador.id } })).toBeNull();
    expect(await db.adjunto.count({ where: { postulacionId: borrador.id } })).toBe(0);
    expect(await db.organizacion.findUniqueOrThrow({ where: { id: natural.id } })).toMatchObject({ nombre: nombreSeudonimo(postulante.id), rut: `suprimida-${natural.id}` });
    expect(await db.miembroOrganizacion.findFirstOrThrow({ where: { userId: postulante.id } })).toMatchObject({ mensaje: "", estado: "PENDIENTE" });
    for (const i of [inscripcion, anonima]) {
      expect(await db.inscripcion.findUniqueOrThrow({ where: { id: i.id } })).toMatchObject({ nombre: nombreSeudonimo(postulante.id), email: correoSuprimido(i.id), tokenHash: null });
    }
    // The outcome was mailed to the address the person had, without their name and unlinked from the account.
    const aviso = await db.notificacion.findFirstOrThrow({ where: { para: postulante.email } });
    expect(aviso).toMatchObject({ userId: null, estado: "PENDIENTE" });
    expect(aviso.cuerpo).not.toContain("Patricia");
    // The audit entries of the erasure name the account by id and carry counts, not personal data.
    for (const a of auditoriaDespues.slice(auditoriaAntes.length)) {
      expect(a.datos).not.toContain("Patricia");
      expect(a.datos).not.toContain("Valentina");
      expect(a.datos).not.toContain(postulante.email);
    }
  });

  it("no se suprime la única cuenta de administración", async () => {
    const admins = await db.userRol.findMany({ where: { rol: "ADMIN" }, select: { userId: true } });
    const unica = admins[0].userId;
    // Leave a single admin for this check, then restore the others.
    await db.userRol.deleteMany({ where: { rol: "ADMIN", userId: { not: unica } } });
    try {
      const yo = await db.user.findUniqueOrThrow({ where: { id: unica }, select: { id: true, nombre: true, email: true } });
      const sesionAdmin: SessionUser = { ...yo, roles: ["ADMIN"] };
      const { solicitudId } = comoExito(await correr(solicitarDatos, { tipo: "SUPRESION" }, sesionAdmin)).data;
      expect(comoError(await correr(resolverSolicitudDatos, { solicitudId, decision: "RESOLVER" }, sesionAdmin)).error).toMatch(/única cuenta de administración/);
      expect(await db.user.findUniqueOrThrow({ where: { id: unica }, select: { seudonimizadoEn: true } })).toEqual({ seudonimizadoEn: null });
    } finally {
      for (const a of admins.slice(1)) await db.userRol.upsert({ where: { userId_rol: { userId: a.userId, rol: "ADMIN" } }, create: { userId: a.userId, rol: "ADMIN" }, update: {} });
    }
  });
});
