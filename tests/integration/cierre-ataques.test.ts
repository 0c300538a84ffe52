// Attacks on execution and closing (issue 14), through the real pipeline and the query/route functions, on
// SQLite and PostgreSQL: teams and mentors reaching another pilot's hitos, reports, evidence and final report
// (answered like a row that does not exist, writing nothing), edits after approval, reviews of reports not
// sent, erasure (nothing personal left, no sign-in, the audit chain verifies, votes unchanged, no second
// erasure, nobody resolves their own request, the admins never all erased), the access download (only one's
// own), hostile values in open data and in the public repository, and the staff-only export download.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, type ActionDef } from "@/lib/actions/pipeline";
import { leerAprendizaje, listarAprendizajes } from "@/lib/aprendizajes/queries";
import { verifyAuditChain } from "@/lib/audit/log";
import { verificarCredenciales } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolverSolicitudDatos } from "@/lib/datos-personales/actions/resolver";
import { solicitarDatos } from "@/lib/datos-personales/actions/solicitar";
import { respuestaMisDatos } from "@/lib/datos-personales/descarga";
import { ROLES, type Rol } from "@/lib/domain/roles";
import { anotarSeguimiento } from "@/lib/ejecucion/actions/anotar";
import { reportarAvance } from "@/lib/ejecucion/actions/reportar-avance";
import { revisarReporte } from "@/lib/ejecucion/actions/revisar-reporte";
import { MENSAJE_SIN_HITO, MENSAJE_SIN_PILOTO, MENSAJE_SIN_REPORTE } from "@/lib/ejecucion/alcance";
import { evidenciaVisiblePara, getPiloto, pilotosVisibles } from "@/lib/ejecucion/queries";
import { generarDatosAbiertos } from "@/lib/exportaciones/datos-abiertos";
import { archivoExportacionPara } from "@/lib/exportaciones/queries";
import { enviarSistematizacion } from "@/lib/sistematizacion/actions/enviar";
import { guardarBorradorSistematizacion } from "@/lib/sistematizacion/actions/guardar-borrador";
import { revisarSistematizacion } from "@/lib/sistematizacion/actions/revisar";
import { MENSAJE_NO_EDITABLE, MENSAJE_NO_REVISABLE, MENSAJE_SIN_PROYECTO } from "@/lib/sistematizacion/schema";
import { archivo, bytesPdf } from "../fixtures/acciones/adjuntos";
import { informeCompleto } from "../fixtures/acciones/sistematizacion";
import { crearPiloto as crearPilotoEjecucion } from "../fixtures/preparar-ejecucion";
import { crearPiloto as crearPilotoCerrado } from "../fixtures/preparar-exportaciones";
import { crearOrganizacion } from "../support/asignaciones";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, sesion, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";
import { rondaCerrada } from "../support/rondas";
import { rutValido } from "../support/rut";

const INESPERADO = /error inesperado/i;
const CLAVE = "una clave larga de prueba 456";
let e: Escenario;
let rondaId: string;
let folio = 97_000;
let rutCuerpo = 19_876_000;

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser | null) {
  return executeAction(accion, input, { user, db });
}

const nuevoRut = () => rutValido(++rutCuerpo);

async function pilotoEnEjecucion(nombre: string, mentor?: SessionUser) {
  const duena = await crearUsuario(["POSTULANTE"]);
  folio += 1;
  const p = await crearPilotoEjecucion(db, e, { duenaId: duena.id, desafioId: e.desafios[0].id, folio, nombre, rondaId, hitos: [{ titulo: `Hito de ${nombre}`, dias: 10 }] });
  if (mentor) await db.mentoria.create({ data: { postulacionId: p.postulacionId, mentorId: mentor.id } });
  return { id: p.postulacionId, duena, hitoId: p.hitos[0], convenioId: p.convenioId };
}

function reporte(hitoId: string, archivos: File[] = []): FormData {
  const fd = new FormData();
  fd.set("hitoId", hitoId);
  fd.set("contenido", "Aplicamos la encuesta a 30 familias.");
  fd.set("avance", "50");
  for (const f of archivos) fd.append("evidencias", f);
  return fd;
}

/** A pilot with its final report in `estado`, its team as a session. */
async function pilotoConInforme(nombre: string, estado: "BORRADOR" | "ENVIADA" | "OBSERVADA" | "APROBADA", extra: Partial<Parameters<typeof crearPilotoCerrado>[1]> = {}) {
  folio += 1;
  const persona = { nombre: `Persona ${nombre}`, email: `persona.${folio}@prueba.cl`, rut: nuevoRut() };
  const p = await crearPilotoCerrado(db, {
    convocatoriaId: e.convocatoriaId,
    desafioId: e.desafios[0].id,
    staffId: e.admin.id,
    nombreProyecto: nombre,
    folio,
    postulante: persona,
    recomendacion: "ESCALAR",
    estadoInforme: estado,
    ...extra,
  });
  const equipo = sesion({ id: p.postulanteId, nombre: persona.nombre, email: persona.email, roles: ["POSTULANTE"] });
  return { ...p, equipo, persona };
}

beforeAll(async () => {
  e = await prepararDemo();
  await rondaCerrada(e.convocatoriaId, "SELECCION_FINAL");
  rondaId = (await db.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL" } }, select: { id: true } })).id;
});

// ---------------------------------------------------------------------------------------------------
describe("ejecución: hitos, reportes, evidencias y notas ajenas", () => {
  beforeEach(async () => {
    await fijarEtapa("EJECUCION");
  });

  it("un equipo no reporta en el hito de otro piloto ni lo lee; nada se escribe", async () => {
    const [a, b] = [await pilotoEnEjecucion("Piloto A"), await pilotoEnEjecucion("Piloto B")];
    const reportesAntes = await db.reporteAvance.count();
    const auditoriaAntes = await contarAuditoria();
    const r = comoError(await correr(reportarAvance, reporte(b.hitoId, [archivo(bytesPdf(), "intruso.pdf")]), a.duena));
    expect(r.error).toBe(MENSAJE_SIN_HITO);
    // An id that does not exist answers the same.
    expect(comoError(await correr(reportarAvance, reporte("hito-inexistente"), a.duena)).error).toBe(MENSAJE_SIN_HITO);
    expect(await db.reporteAvance.count()).toBe(reportesAntes);
    expect(await db.adjunto.count({ where: { subidoPorId: a.duena.id } })).toBe(0);
    expect(await contarAuditoria()).toBe(auditoriaAntes);

    expect(await getPiloto(b.id, a.duena, "piloto", db)).toBeNull();
    expect(await getPiloto(a.id, a.duena, "piloto", db)).not.toBeNull();
    const visibles = await pilotosVisibles(a.duena, "piloto", db);
    expect(visibles.pilotos.map((p) => p.postulacionId)).toEqual([a.id]);
    // A team cannot review (role), and its id for another team's report answers like none.
    const propio = comoExito(await correr(reportarAvance, reporte(b.hitoId), b.duena)).data.reporteId;
    const rev = comoError(await correr(revisarReporte, { reporteId: propio, decision: "APROBADO", motivo: "" }, a.duena));
    expect(rev.error).not.toMatch(INESPERADO);
    expect((await db.reporteAvance.findUniqueOrThrow({ where: { id: propio } })).estado).toBe("ENVIADO");
    expect(comoError(await correr(revisarReporte, { reporteId: "reporte-inexistente", decision: "APROBADO", motivo: "" }, e.admin)).error).toBe(MENSAJE_SIN_REPORTE);
  });

  it("la evidencia de un piloto la descargan su equipo, su mentor vigente y el equipo FOSIS; nadie más (ni un mentor recusado)", async () => {
    const [mentor, otroMentor] = [await crearUsuario(["MENTOR"]), await crearUsuario(["MENTOR"])];
    const b = await pilotoEnEjecucion("Piloto con evidencia", mentor);
    const a = await pilotoEnEjecucion("Piloto vecino", otroMentor);
    const r = comoExito(await correr(reportarAvance, reporte(b.hitoId, [archivo(bytesPdf(), "asistencia.pdf")]), b.duena));
    const ev = await db.adjunto.findFirstOrThrow({ where: { reporteId: r.data.reporteId } });

    expect(await evidenciaVisiblePara(ev.id, b.duena, db)).toMatchObject({ clave: ev.clave });
    expect(await evidenciaVisiblePara(ev.id, mentor, db)).toMatchObject({ clave: ev.clave });
    expect(await evidenciaVisiblePara(ev.id, e.admin, db)).toMatchObject({ clave: ev.clave });
    expect(await evidenciaVisiblePara(ev.id, e.cuentas.ENCARGADO_TECNICO, db)).not.toBeNull();
    for (const u of [a.duena, otroMentor, null, e.cuentas.POSTULANTE, e.cuentas.EVALUADOR, e.cuentas.COMITE, e.cuentas.AFILIADO]) {
      expect(await evidenciaVisiblePara(ev.id, u, db), u?.email ?? "anónimo").toBeNull();
    }
    // Another kind of document (the convenio's signed PDF) is not served by this route, even to the team.
    const doc = await db.convenio.findUniqueOrThrow({ where: { id: b.convenioId }, select: { documentoId: true } });
    expect(await evidenciaVisiblePara(doc.documentoId!, b.duena, db)).toBeNull();
    // Hostile ids answer null, never throw.
    for (const id of ["", "x".repeat(65), "a\u0000b", "' OR 1=1 --"]) expect(await evidenciaVisiblePara(id, e.admin, db)).toBeNull();

    // Recused: the mentor no longer downloads, reads nor annotates.
    await db.mentoria.updateMany({ where: { postulacionId: b.id, mentorId: mentor.id }, data: { recusadaEn: new Date(), conflictoDetalle: "Trabajé con la organización" } });
    expect(await evidenciaVisiblePara(ev.id, mentor, db)).toBeNull();
    expect(await getPiloto(b.id, mentor, "mentorPiloto", db)).toBeNull();
    const notasAntes = await db.notaSeguimiento.count();
    expect(comoError(await correr(anotarSeguimiento, { postulacionId: b.id, texto: "Sigo opinando" }, mentor)).error).toBe(MENSAJE_SIN_PILOTO);
    // Nor a mentor of another pilot; the same answer as an id that does not exist.
    expect(comoError(await correr(anotarSeguimiento, { postulacionId: b.id, texto: "Intruso" }, otroMentor)).error).toBe(MENSAJE_SIN_PILOTO);
    expect(comoError(await correr(anotarSeguimiento, { postulacionId: "no-existe", texto: "Intruso" }, otroMentor)).error).toBe(MENSAJE_SIN_PILOTO);
    expect(await db.notaSeguimiento.count()).toBe(notasAntes);
    comoExito(await correr(anotarSeguimiento, { postulacionId: a.id, texto: "Buen avance" }, otroMentor));
  });
});

// ---------------------------------------------------------------------------------------------------
describe("informe final: ajeno, después de aprobado, revisión sin envío", () => {
  beforeEach(async () => {
    await fijarEtapa("CIERRE");
  });

  it("un equipo no guarda ni envía el informe de otro piloto: la misma respuesta que un id inexistente", async () => {
    const a = await pilotoConInforme("Informe propio", "BORRADOR");
    const b = await pilotoConInforme("Informe ajeno", "BORRADOR");
    const antes = await db.sistematizacion.findUniqueOrThrow({ where: { postulacionId: b.postulacionId } });
    const metricas = (await db.metricaLineaBase.findMany({ where: { desafioId: e.desafios[0].id }, select: { id: true } })).map((m) => m.id);
    expect(comoError(await correr(enviarSistematizacion, { id: b.postulacionId, version: antes.version }, a.equipo)).error).toBe(MENSAJE_SIN_PROYECTO);
    expect(comoError(await correr(guardarBorradorSistematizacion, { id: b.postulacionId, version: antes.version, ...informeCompleto(metricas) }, a.equipo)).error).toBe(MENSAJE_SIN_PROYECTO);
    expect(comoError(await correr(enviarSistematizacion, { id: "no-existe", version: 0 }, a.equipo)).error).toBe(MENSAJE_SIN_PROYECTO);
    expect(await db.sistematizacion.findUniqueOrThrow({ where: { postulacionId: b.postulacionId } })).toEqual(antes);
    // A team cannot review (not its role), not even its own.
    const r = comoError(await correr(revisarSistematizacion, { id: a.postulacionId, decision: "APROBAR" }, a.equipo));
    expect(r.error).not.toMatch(INESPERADO);
  });

  it("un informe aprobado no se edita ni se reenvía; el equipo FOSIS solo revisa un informe ENVIADA", async () => {
    const metricas = (await db.metricaLineaBase.findMany({ where: { desafioId: e.desafios[0].id }, select: { id: true } })).map((m) => m.id);
    const aprobado = await pilotoConInforme("Informe aprobado", "APROBADA");
    const fila = await db.sistematizacion.findUniqueOrThrow({ where: { postulacionId: aprobado.postulacionId } });
    expect(comoError(await correr(guardarBorradorSistematizacion, { id: aprobado.postulacionId, version: fila.version, ...informeCompleto(metricas), loRealizado: "Reescrito" }, aprobado.equipo)).error).toBe(MENSAJE_NO_EDITABLE);
    expect(comoError(await correr(enviarSistematizacion, { id: aprobado.postulacionId, version: fila.version }, aprobado.equipo)).error).toBe(MENSAJE_NO_EDITABLE);
    expect(comoError(await correr(revisarSistematizacion, { id: aprobado.postulacionId, decision: "OBSERVAR", motivo: "Quiero cambiarlo después de aprobado" }, e.admin)).error).toBe(MENSAJE_NO_REVISABLE);
    expect(await db.sistematizacion.findUniqueOrThrow({ where: { postulacionId: aprobado.postulacionId } })).toEqual(fila);

    for (const estado of ["BORRADOR", "OBSERVADA"] as const) {
      const p = await pilotoConInforme(`Informe ${estado.toLowerCase()}`, estado);
      const antes = await db.sistematizacion.findUniqueOrThrow({ where: { postulacionId: p.postulacionId } });
      expect(comoError(await correr(revisarSistematizacion, { id: p.postulacionId, decision: "APROBAR" }, e.admin)).error).toBe(MENSAJE_NO_REVISABLE);
      const despues = await db.sistematizacion.findUniqueOrThrow({ where: { postulacionId: p.postulacionId } });
      expect(despues).toEqual(antes);
      expect(despues.publicadaEn).toBeNull();
    }
    // A pilot without any report row: refused the same way, and no row is created.
    const sin = await pilotoConInforme("Sin informe", "BORRADOR", { estadoInforme: null });
    expect(comoError(await correr(revisarSistematizacion, { id: sin.postulacionId, decision: "APROBAR" }, e.admin)).error).toBe(MENSAJE_NO_REVISABLE);
    expect(await db.sistematizacion.findUnique({ where: { postulacionId: sin.postulacionId } })).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
describe("derechos sobre los datos: supresión y solicitudes", () => {
  beforeEach(async () => {
    await fijarEtapa("CIERRE");
  });

  async function persona(roles: Rol[], nombre: string) {
    const u = await crearUsuario(roles, { nombre, regionCut: "08" });
    const rut = nuevoRut();
    await db.user.update({ where: { id: u.id }, data: { passwordHash: await hashPassword(CLAVE), rut } });
    return { ...u, rut };
  }

  it("nadie resuelve su propia solicitud (ni un administrador con otro administrador presente)", async () => {
    const admin2 = await persona(["ADMIN"], "Adela Administradora");
    const sup = comoExito(await correr(solicitarDatos, { tipo: "SUPRESION" }, admin2)).data.solicitudId;
    const rect = comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Mi RUT cambió" }, admin2)).data.solicitudId;
    const antes = await contarAuditoria();
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId: sup, decision: "RESOLVER" }, admin2)).error).toMatch(/propia solicitud/);
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId: rect, decision: "RESOLVER", nombre: "Adela Renombrada" }, admin2)).error).toMatch(/propia solicitud/);
    expect(comoError(await correr(resolverSolicitudDatos, { solicitudId: rect, decision: "RECHAZAR", respuesta: "No corresponde corregirlo por esta vía" }, admin2)).error).toMatch(/propia solicitud/);
    expect(await contarAuditoria()).toBe(antes);
    expect(await db.solicitudDatos.findMany({ where: { userId: admin2.id }, select: { estado: true } })).toEqual([{ estado: "PENDIENTE" }, { estado: "PENDIENTE" }]);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin2.id }, select: { seudonimizadoEn: true, rut: true } })).toEqual({ seudonimizadoEn: null, rut: admin2.rut });
    // Another administrator does.
    comoExito(await correr(resolverSolicitudDatos, { solicitudId: rect, decision: "RECHAZAR", respuesta: "Traiga su cédula de identidad a la oficina" }, e.admin));
    comoExito(await correr(resolverSolicitudDatos, { solicitudId: sup, decision: "RESOLVER" }, e.admin));
  });

  it("una solicitud es siempre de quien la hace: un id ajeno en la entrada se ignora (nadie pide suprimir al administrador)", async () => {
    const p = await persona(["POSTULANTE"], "Ignacio Intruso");
    const r = comoExito(await correr(solicitarDatos, { tipo: "SUPRESION", userId: e.admin.id, detalle: "Borren al administrador" }, p));
    expect(await db.solicitudDatos.findUniqueOrThrow({ where: { id: r.data.solicitudId }, select: { userId: true } })).toEqual({ userId: p.id });
    expect(await db.solicitudDatos.count({ where: { userId: e.admin.id } })).toBe(0);
    // Without a session, nothing.
    expect(comoError(await correr(solicitarDatos, { tipo: "SUPRESION" }, null)).error).not.toMatch(INESPERADO);
  });

  it("la supresión borra el nombre, correo y RUT en todas partes; no se entra; la cadena verifica; los votos no cambian; no se suprime dos veces ni se re-identifica", async () => {
    const p = await persona(["POSTULANTE", "AFILIADO"], "Florencia Fuentealba Suprimible");
    const companera = await persona(["POSTULANTE"], "Carla Compañera Intacta");
    const org = await crearOrganizacion([{ userId: companera.id, estado: "ACTIVO" }], 76_200_000 + (rutCuerpo % 1000));
    await db.miembroOrganizacion.create({ data: { organizacionId: org.id, userId: p.id, estado: "ACTIVO", mensaje: `Soy ${p.nombre}, RUT ${p.rut}` } });
    const evento = await db.evento.create({ data: { convocatoriaId: e.convocatoriaId, tipo: "TALLER_REGIONAL", titulo: "Taller de cierre", inicio: new Date(), capacidad: 30, creadoPorId: e.admin.id } });
    await db.inscripcion.create({ data: { eventoId: evento.id, userId: p.id, nombre: p.nombre, email: p.email, estado: "CONFIRMADA" } });
    await db.inscripcion.create({ data: { eventoId: evento.id, userId: companera.id, nombre: companera.nombre, email: companera.email, estado: "CONFIRMADA" } });
    const perfil = await db.postulacion.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, enviadaEn: { not: null } }, select: { id: true, desafioId: true } });
    await db.voto.create({ data: { convocatoriaId: e.convocatoriaId, votanteId: p.id, postulacionId: perfil.id, ambito: perfil.desafioId } });

    const sup = comoExito(await correr(solicitarDatos, { tipo: "SUPRESION", detalle: `Soy ${p.nombre}` }, p)).data.solicitudId;
    const rect = comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Mi correo nuevo" }, p)).data.solicitudId;

    const votos = async () => (await db.voto.groupBy({ by: ["postulacionId"], _count: { _all: true }, orderBy: { postulacionId: "asc" } })).map((v) => [v.postulacionId, v._count._all]);
    const votosAntes = await votos();
    comoExito(await correr(resolverSolicitudDatos, { solicitudId: sup, decision: "RESOLVER" }, e.admin));

    expect((await verifyAuditChain(db, { escribirPuntoDeControl: false })).ok).toBe(true);
    expect(await votos()).toEqual(votosAntes);
    expect(await db.voto.count({ where: { votanteId: p.id } })).toBe(1);
    expect(await verificarCredenciales(db, { email: p.email, password: CLAVE }, null)).toEqual({ ok: false, motivo: "INVALIDAS" });

    // Every table that held the person: nothing of the name, address or RUT (the one notice of the outcome aside).
    const volcado = JSON.stringify([
      await db.user.findMany(),
      await db.inscripcion.findMany(),
      await db.miembroOrganizacion.findMany(),
      await db.organizacion.findMany(),
      await db.invitacion.findMany(),
      await db.solicitudDatos.findMany(),
      await db.postulacion.findMany({ where: { postulanteId: p.id } }),
      await db.notificacion.findMany({ where: { NOT: { para: p.email, userId: null } } }),
    ]);
    for (const x of [p.nombre, "Fuentealba", p.email, p.rut]) expect(volcado, x).not.toContain(x);
    // The co-member is untouched.
    expect(volcado).toContain(companera.email);
    expect(await db.inscripcion.count({ where: { email: companera.email, nombre: companera.nombre } })).toBe(1);

    // A second erasure of the same person is refused cleanly; a pending rectification cannot put a name,
    // address or RUT back on the pseudonymous account.
    const otra = await db.solicitudDatos.create({ data: { userId: p.id, tipo: "SUPRESION", venceEn: new Date(Date.now() + 86_400_000) } });
    const auditoria = await contarAuditoria();
    const segunda = comoError(await correr(resolverSolicitudDatos, { solicitudId: otra.id, decision: "RESOLVER" }, e.admin));
    expect(segunda.error).toMatch(/ya fueron suprimidos/);
    const reid = await correr(resolverSolicitudDatos, { solicitudId: rect, decision: "RESOLVER", email: "florencia.vuelve@prueba.cl", rut: p.rut, nombre: p.nombre }, e.admin);
    sinInesperado(reid);
    expect(reid.ok).toBe(false);
    expect(await contarAuditoria()).toBe(auditoria);
    const u = await db.user.findUniqueOrThrow({ where: { id: p.id }, select: { nombre: true, email: true, rut: true } });
    expect(u.nombre).not.toContain("Florencia");
    expect(u.email).not.toContain("florencia");
    expect(u.rut).toBeNull();
  });

  it("dos administradores que se suprimen uno al otro a la vez: siempre queda al menos un administrador", async () => {
    const admins = await db.userRol.findMany({ where: { rol: "ADMIN" }, select: { userId: true } });
    // Leave exactly two admins for this check, then restore the others.
    const [x, y] = [await persona(["ADMIN"], "Ximena Admin"), await persona(["ADMIN"], "Yolanda Admin")];
    await db.userRol.deleteMany({ where: { rol: "ADMIN", userId: { notIn: [x.id, y.id] } } });
    try {
      const sx = comoExito(await correr(solicitarDatos, { tipo: "SUPRESION" }, x)).data.solicitudId;
      const sy = comoExito(await correr(solicitarDatos, { tipo: "SUPRESION" }, y)).data.solicitudId;
      const rs = await Promise.all([correr(resolverSolicitudDatos, { solicitudId: sy, decision: "RESOLVER" }, x), correr(resolverSolicitudDatos, { solicitudId: sx, decision: "RESOLVER" }, y)]);
      for (const r of rs) sinInesperado(r);
      expect(rs.filter((r) => r.ok)).toHaveLength(1);
      expect(await db.userRol.count({ where: { rol: "ADMIN" } })).toBe(1);
    } finally {
      for (const a of admins) await db.userRol.upsert({ where: { userId_rol: { userId: a.userId, rol: "ADMIN" } }, create: { userId: a.userId, rol: "ADMIN" }, update: {} });
    }
  });

  it("/cuenta/mis-datos: solo lo propio; nada de las otras personas de la organización ni del mismo taller", async () => {
    const p = await persona(["POSTULANTE"], "Mónica Miembro");
    const otra = await persona(["POSTULANTE"], "Olga Otramiembro");
    const org = await crearOrganizacion([{ userId: otra.id, estado: "ACTIVO" }], 76_300_000 + (rutCuerpo % 1000));
    await db.miembroOrganizacion.create({ data: { organizacionId: org.id, userId: p.id, estado: "ACTIVO", mensaje: "Hola" } });
    const evento = await db.evento.create({ data: { convocatoriaId: e.convocatoriaId, tipo: "TALLER_REGIONAL", titulo: "Taller compartido", inicio: new Date(), capacidad: 30, creadoPorId: e.admin.id } });
    for (const u of [p, otra]) await db.inscripcion.create({ data: { eventoId: evento.id, userId: u.id, nombre: u.nombre, email: u.email, estado: "CONFIRMADA" } });
    comoExito(await correr(solicitarDatos, { tipo: "RECTIFICACION", detalle: "Olga pide algo" }, otra));

    const res = await respuestaMisDatos(p, db);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toMatch(/no-store/);
    const texto = await res.text();
    expect(texto).toContain(p.email);
    for (const x of [otra.nombre, otra.email, otra.rut, "Olga"]) expect(texto, x).not.toContain(x);
    // The session is the only input: a crafted user without an account is a 404, anonymous too.
    expect((await respuestaMisDatos(null, db)).status).toBe(404);
    expect((await respuestaMisDatos({ ...p, id: "no-existe" }, db)).status).toBe(404);
  });
});

function sinInesperado(r: { ok: boolean; error?: string }) {
  if (!r.ok) expect(r.error).not.toMatch(INESPERADO);
}

// ---------------------------------------------------------------------------------------------------
describe("datos abiertos, repositorio público y descargas de exportaciones", () => {
  it("valores hostiles (RUT, correo, teléfono, nombre) escritos en el proyecto o el informe no llegan a los datos abiertos", async () => {
    const hostil = { email: "Hostil.Persona+x@Ejemplo.CL", rut: "15.678.901–K", rutPlano: "15678901-k", fono: "+56 9 8123 4567" };
    const p = await pilotoConInforme(`Proyecto ${hostil.email} RUT ${hostil.rutPlano}`, "APROBADA");
    await db.sistematizacion.update({
      where: { postulacionId: p.postulacionId },
      data: {
        publicadaEn: new Date(),
        loRealizado: `Lo hizo ${p.persona.nombre.toUpperCase()} (RUT ${hostil.rut}, fono ${hostil.fono}).`,
        aprendizajes: `Escribir a ${hostil.email} o a ${p.persona.email}; RUT ${p.persona.rut}.`,
      },
    });
    const { archivos } = await generarDatosAbiertos(db, new Date());
    const todo = archivos.map((a) => (typeof a.datos === "string" ? a.datos : Buffer.from(a.datos).toString("utf8"))).join("\n");
    expect(todo).toContain("[dato personal omitido]");
    for (const x of [hostil.email, hostil.email.toLowerCase(), hostil.rut, hostil.rutPlano, "15678901", "15.678.901", "8123 4567", p.persona.email, p.persona.rut, p.persona.nombre, p.persona.nombre.toUpperCase()]) {
      expect(todo, x).not.toContain(x);
    }
  });

  it("el repositorio público muestra solo informes APROBADA y publicados, de cualquier año, sin correo, RUT ni nombre de quien postuló", async () => {
    const pasada = await db.convocatoria.create({
      data: { anio: 2001, nombre: "Fondo IDEA 2001", presupuestoTotal: 1, montoMinProyecto: 1, montoMaxProyecto: 1, proyectosObjetivo: 1, activa: false, etapaActual: "CIERRE" },
    });
    const casos = {
      descartarEnviada: await pilotoConInforme("Repo descartar enviada", "ENVIADA", { recomendacion: "DESCARTAR" }),
      ajustarBorrador: await pilotoConInforme("Repo ajustar borrador", "BORRADOR", { recomendacion: "AJUSTAR" }),
      observada: await pilotoConInforme("Repo observada", "OBSERVADA"),
      aprobadaSinPublicar: await pilotoConInforme("Repo aprobada sin publicar", "APROBADA"),
      aprobada: await pilotoConInforme("Repo aprobada", "APROBADA"),
      pasadaAprobada: await pilotoConInforme("Repo pasada aprobada", "APROBADA", { convocatoriaId: pasada.id }),
      pasadaEnviada: await pilotoConInforme("Repo pasada enviada", "ENVIADA", { convocatoriaId: pasada.id }),
    };
    // Published: the approved ones (publicadaEn, as sistematizacion.revisar sets it); a non-approved row with
    // publicadaEn set by hand must still not show.
    for (const k of ["aprobada", "pasadaAprobada", "descartarEnviada", "observada"] as const) {
      await db.sistematizacion.update({ where: { postulacionId: casos[k].postulacionId }, data: { publicadaEn: new Date() } });
    }
    const lista = await listarAprendizajes(db);
    const nombres = lista.map((t) => t.nombreProyecto).filter((n) => n.startsWith("Repo "));
    expect(nombres.sort()).toEqual(["Repo aprobada", "Repo pasada aprobada"]);
    for (const k of Object.keys(casos) as (keyof typeof casos)[]) {
      const s = await db.sistematizacion.findUniqueOrThrow({ where: { postulacionId: casos[k].postulacionId }, select: { id: true } });
      const a = await leerAprendizaje(s.id, db);
      expect(a !== null, k).toBe(k === "aprobada" || k === "pasadaAprobada");
    }
    // The data handed to the pages: the fixtures write the person's name into loRealizado and their e-mail into the fundamento.
    const fichas = await Promise.all(
      (["aprobada", "pasadaAprobada"] as const).map(async (k) => leerAprendizaje((await db.sistematizacion.findUniqueOrThrow({ where: { postulacionId: casos[k].postulacionId } })).id, db)),
    );
    const datos = JSON.stringify([lista, fichas]);
    for (const k of Object.keys(casos) as (keyof typeof casos)[]) {
      const per = casos[k].persona;
      for (const x of [per.email, per.rut, per.nombre]) expect(datos, `${k}: ${x}`).not.toContain(x);
    }
  });

  it("la descarga de una exportación es solo del equipo FOSIS: cualquier otro rol, o sin sesión, recibe null", async () => {
    const ex = await db.exportacion.create({
      data: { tipo: "reporte-mesa", estado: "LISTA", archivo: Buffer.from("%PDF-1.4 secreto"), mime: "application/pdf", nombre: "reporte.pdf", solicitadaPorId: e.admin.id, terminadaEn: new Date() },
    });
    const pendiente = await db.exportacion.create({ data: { tipo: "reporte-mesa", estado: "EN_CURSO", solicitadaPorId: e.admin.id } });
    expect(await archivoExportacionPara(ex.id, e.admin, db)).toMatchObject({ mime: "application/pdf", nombre: "reporte.pdf" });
    expect(await archivoExportacionPara(pendiente.id, e.admin, db)).toBeNull();
    expect(await archivoExportacionPara(ex.id, null, db)).toBeNull();
    const staff = new Set<Rol>(["ADMIN", "ENCARGADO_TECNICO"]);
    for (const rol of ROLES) {
      const u = await crearUsuario([rol]);
      const r = await archivoExportacionPara(ex.id, u, db);
      if (staff.has(rol)) expect(r, rol).not.toBeNull();
      else expect(r, rol).toBeNull();
    }
    for (const id of ["", "x".repeat(200), "a\u0000b"]) expect(await archivoExportacionPara(id, e.admin, db)).toBeNull();
  });
});
