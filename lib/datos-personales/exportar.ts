// Right of access (Ley 21.719; docs/decisions/0019-derechos-sobre-datos.md): everything the portal keeps
// about one person, as one JSON document they download from /cuenta/mis-datos. Built from the person's id
// only (the caller's own session): there is no way to name somebody else here.
// Not the staff screens' rule of who sees which personal data of an applicant: that is lib/auth/datos-personales.ts.
import type { Db, Tx } from "@/lib/db/client";
import { nombreRegion } from "@/lib/domain/regiones";

export const FORMATO_MIS_DATOS = "fondo-idea/mis-datos";
export const VERSION_MIS_DATOS = 1;

/** The categories of the document, in order: each is a key of MisDatos (the tests check every one is filled). */
export const CATEGORIAS_MIS_DATOS = [
  "cuenta",
  "perfiles",
  "organizaciones",
  "membresias",
  "inscripciones",
  "invitaciones",
  "votos",
  "evaluaciones",
  "capacitaciones",
  "decisionesComite",
  "mentor",
  "sesionesMentoria",
  "demoDay",
  "seguimiento",
  "solicitudesDatos",
  "correos",
  "actividad",
] as const;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The whole document for `userId`, or null when there is no such account. */
export async function exportarMisDatos(client: Db | Tx, userId: string, ahora = new Date()) {
  const u = await client.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      nombre: true,
      email: true,
      rut: true,
      rutVerificado: true,
      regionCut: true,
      claveUnicaSub: true,
      createdAt: true,
      updatedAt: true,
      seudonimizadoEn: true,
      roles: { select: { rol: true, otorgadoEn: true }, orderBy: { rol: "asc" } },
    },
  });
  if (!u) return null;
  const delUsuario = { where: { userId } } as const;

  const [
    perfiles,
    organizaciones,
    membresias,
    inscripciones,
    invitaciones,
    votos,
    asignaciones,
    capacitaciones,
    decisiones,
    mentor,
    mentorias,
    jurados,
    puntajesDemoDay,
    conflictosJurado,
    reportes,
    notas,
    solicitudes,
    correos,
    actividad,
  ] = await Promise.all([
    client.postulacion.findMany({
      where: { postulanteId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        estado: true,
        folio: true,
        nombreProyecto: true,
        problema: true,
        solucion: true,
        usuarios: true,
        coproduccion: true,
        equipo: true,
        nivelMadurez: true,
        tipoEjecutor: true,
        organizacionNombre: true,
        organizacionRut: true,
        montoSolicitado: true,
        huella: true,
        enviadaEn: true,
        slugPublico: true,
        admisible: true,
        admisibilidadMotivos: true,
        admisibilidadEn: true,
        createdAt: true,
        updatedAt: true,
        convocatoria: { select: { anio: true, nombre: true } },
        desafio: { select: { titulo: true } },
        regiones: { select: { regionCut: true }, orderBy: { regionCut: "asc" } },
        adjuntos: { select: { id: true, categoria: true, nombreArchivo: true, mime: true, bytes: true, sha256: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      },
    }),
    client.organizacion.findMany({ where: { creadaPorId: userId }, orderBy: { createdAt: "asc" }, select: { id: true, nombre: true, rut: true, tipo: true, createdAt: true } }),
    client.miembroOrganizacion.findMany({
      ...delUsuario,
      orderBy: { createdAt: "asc" },
      select: { estado: true, mensaje: true, createdAt: true, resueltoEn: true, organizacion: { select: { id: true, nombre: true, rut: true } } },
    }),
    // Also the registrations made without signing in with this account's address.
    client.inscripcion.findMany({
      where: { OR: [{ userId }, { email: u.email.toLowerCase() }] },
      orderBy: { createdAt: "asc" },
      select: { nombre: true, email: true, estado: true, createdAt: true, evento: { select: { titulo: true, tipo: true, inicio: true } }, asistencia: { select: { presente: true, marcadaEn: true } } },
    }),
    client.invitacion.findMany({
      where: { email: u.email.toLowerCase() },
      orderBy: { createdAt: "asc" },
      select: { nombre: true, email: true, mensaje: true, createdAt: true, expiraEn: true, abiertaEn: true, desafio: { select: { titulo: true } } },
    }),
    client.voto.findMany({
      where: { votanteId: userId },
      orderBy: { createdAt: "asc" },
      select: { ambito: true, ipHash: true, createdAt: true, convocatoria: { select: { anio: true } }, postulacion: { select: { id: true, folio: true, nombreProyecto: true } } },
    }),
    client.asignacionEvaluacion.findMany({
      where: { evaluadorId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        motivo: true,
        createdAt: true,
        recusadaEn: true,
        postulacion: { select: { id: true, folio: true, nombreProyecto: true } },
        conflicto: { select: { tieneConflicto: true, detalle: true, declaradaEn: true } },
        evaluacion: {
          select: { comentario: true, notaFinal: true, confianza: true, enviadaEn: true, updatedAt: true, puntajes: { select: { nota: true, comentario: true, criterio: { select: { nombre: true } } } } },
        },
      },
    }),
    client.capacitacion.findMany({ ...delUsuario, select: { completadaEn: true, aprobada: true, intentos: true, convocatoria: { select: { anio: true } } } }),
    client.decisionComite.findMany({
      where: { decididaPorId: userId },
      orderBy: { createdAt: "asc" },
      select: { fase: true, decision: true, montoAsignado: true, fundamento: true, createdAt: true, updatedAt: true, postulacion: { select: { id: true, folio: true, nombreProyecto: true } } },
    }),
    client.mentorPerfil.findUnique({
      where: { userId },
      select: { helice: true, institucion: true, regionCut: true, experiencia: true, temas: true, horasSemana: true, maxEquipos: true, estado: true, revisadoEn: true, createdAt: true },
    }),
    client.mentoria.findMany({
      where: { mentorId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        createdAt: true,
        recusadaEn: true,
        conflictoDetalle: true,
        postulacion: { select: { id: true, folio: true, nombreProyecto: true } },
        sesiones: { orderBy: { semana: "asc" }, select: { semana: true, fecha: true, temas: true, acuerdos: true, proximosPasos: true, registradaEn: true, confirmadaEn: true } },
      },
    }),
    client.juradoDemoDay.findMany({ where: { juradoId: userId }, select: { helice: true, createdAt: true, evento: { select: { titulo: true, inicio: true } } } }),
    client.puntajeDemoDay.findMany({
      where: { juradoId: userId },
      select: { nota: true, notas: true, comentario: true, createdAt: true, updatedAt: true, postulacion: { select: { id: true, folio: true, nombreProyecto: true } } },
    }),
    client.conflictoJurado.findMany({ where: { juradoId: userId }, select: { detalle: true, declaradaEn: true, postulacion: { select: { id: true, folio: true, nombreProyecto: true } } } }),
    client.reporteAvance.findMany({
      where: { autorId: userId },
      orderBy: { enviadoEn: "asc" },
      select: { tipo: true, contenido: true, avance: true, estado: true, revisionMotivo: true, enviadoEn: true, revisadoEn: true, postulacion: { select: { id: true, folio: true, nombreProyecto: true } } },
    }),
    client.notaSeguimiento.findMany({ where: { autorId: userId }, orderBy: { createdAt: "asc" }, select: { texto: true, createdAt: true, postulacion: { select: { id: true, folio: true, nombreProyecto: true } } } }),
    client.solicitudDatos.findMany({
      ...delUsuario,
      orderBy: { createdAt: "asc" },
      select: { id: true, tipo: true, detalle: true, estado: true, venceEn: true, respuesta: true, resueltaEn: true, createdAt: true },
    }),
    client.notificacion.findMany({
      where: { OR: [{ userId }, { para: u.email }] },
      orderBy: { createdAt: "asc" },
      select: { para: true, asunto: true, estado: true, createdAt: true, enviadaEn: true },
    }),
    // What the person did in the portal, as the audit log records it (ids only: see the ADR).
    client.auditLog.findMany({ where: { actorId: userId }, orderBy: { id: "asc" }, select: { id: true, createdAt: true, accion: true, entidad: true, entidadId: true } }),
  ]);

  const perfilBreve = (p: { id: string; folio: number | null; nombreProyecto: string }) => ({ id: p.id, folio: p.folio, nombreProyecto: p.nombreProyecto });

  return {
    formato: FORMATO_MIS_DATOS,
    version: VERSION_MIS_DATOS,
    generadoEn: ahora.toISOString(),
    responsable: "Fondo de Solidaridad e Inversión Social (FOSIS) — Fondo IDEA",
    cuenta: {
      id: u.id,
      nombre: u.nombre,
      email: u.email,
      rut: u.rut,
      rutVerificado: u.rutVerificado,
      region: u.regionCut ? { cut: u.regionCut, nombre: nombreRegion(u.regionCut) } : null,
      roles: u.roles.map((r) => ({ rol: r.rol, otorgadoEn: iso(r.otorgadoEn) })),
      vinculadaConClaveUnica: u.claveUnicaSub !== null,
      creadaEn: iso(u.createdAt),
      actualizadaEn: iso(u.updatedAt),
      seudonimizadaEn: iso(u.seudonimizadoEn),
    },
    perfiles: perfiles.map((p) => ({
      id: p.id,
      convocatoria: p.convocatoria.nombre,
      anio: p.convocatoria.anio,
      desafio: p.desafio.titulo,
      estado: p.estado,
      folio: p.folio,
      nombreProyecto: p.nombreProyecto,
      problema: p.problema,
      solucion: p.solucion,
      usuarios: p.usuarios,
      coproduccion: p.coproduccion,
      equipo: p.equipo,
      nivelMadurez: p.nivelMadurez,
      tipoEjecutor: p.tipoEjecutor,
      organizacionNombre: p.organizacionNombre,
      organizacionRut: p.organizacionRut,
      montoSolicitado: p.montoSolicitado,
      regiones: p.regiones.map((r) => r.regionCut),
      enviadaEn: iso(p.enviadaEn),
      huella: p.huella,
      paginaPublica: p.slugPublico,
      admisibilidad: p.admisible === null ? null : { admisible: p.admisible, motivos: p.admisibilidadMotivos, decididaEn: iso(p.admisibilidadEn) },
      creadoEn: iso(p.createdAt),
      actualizadoEn: iso(p.updatedAt),
      documentos: p.adjuntos.map((a) => ({ id: a.id, categoria: a.categoria, nombreArchivo: a.nombreArchivo, tipo: a.mime, bytes: a.bytes, sha256: a.sha256, subidoEn: iso(a.createdAt) })),
    })),
    organizaciones: organizaciones.map((o) => ({ id: o.id, nombre: o.nombre, rut: o.rut, tipo: o.tipo, registradaEn: iso(o.createdAt) })),
    membresias: membresias.map((m) => ({ organizacion: m.organizacion, estado: m.estado, mensaje: m.mensaje, solicitadaEn: iso(m.createdAt), resueltaEn: iso(m.resueltoEn) })),
    inscripciones: inscripciones.map((i) => ({
      evento: { titulo: i.evento.titulo, tipo: i.evento.tipo, inicio: iso(i.evento.inicio) },
      nombre: i.nombre,
      email: i.email,
      estado: i.estado,
      inscritaEn: iso(i.createdAt),
      asistencia: i.asistencia ? { presente: i.asistencia.presente, marcadaEn: iso(i.asistencia.marcadaEn) } : null,
    })),
    invitaciones: invitaciones.map((i) => ({ desafio: i.desafio.titulo, nombre: i.nombre, email: i.email, mensaje: i.mensaje, enviadaEn: iso(i.createdAt), expiraEn: iso(i.expiraEn), abiertaEn: iso(i.abiertaEn) })),
    votos: votos.map((v) => ({ anio: v.convocatoria.anio, perfil: perfilBreve(v.postulacion), ambito: v.ambito, emitidoEn: iso(v.createdAt), ipHash: v.ipHash })),
    evaluaciones: asignaciones.map((a) => ({
      perfil: perfilBreve(a.postulacion),
      asignadaEn: iso(a.createdAt),
      motivo: a.motivo,
      recusadaEn: iso(a.recusadaEn),
      conflicto: a.conflicto ? { tieneConflicto: a.conflicto.tieneConflicto, detalle: a.conflicto.detalle, declaradoEn: iso(a.conflicto.declaradaEn) } : null,
      evaluacion: a.evaluacion
        ? {
            comentario: a.evaluacion.comentario,
            notaFinal: a.evaluacion.notaFinal,
            confianza: a.evaluacion.confianza,
            enviadaEn: iso(a.evaluacion.enviadaEn),
            actualizadaEn: iso(a.evaluacion.updatedAt),
            puntajes: a.evaluacion.puntajes.map((p) => ({ criterio: p.criterio.nombre, nota: p.nota, comentario: p.comentario })),
          }
        : null,
    })),
    capacitaciones: capacitaciones.map((c) => ({ anio: c.convocatoria.anio, aprobada: c.aprobada, intentos: c.intentos, completadaEn: iso(c.completadaEn) })),
    decisionesComite: decisiones.map((d) => ({ perfil: perfilBreve(d.postulacion), fase: d.fase, decision: d.decision, montoAsignado: d.montoAsignado, fundamento: d.fundamento, decididaEn: iso(d.createdAt), actualizadaEn: iso(d.updatedAt) })),
    mentor: mentor
      ? {
          helice: mentor.helice,
          institucion: mentor.institucion,
          region: { cut: mentor.regionCut, nombre: nombreRegion(mentor.regionCut) },
          experiencia: mentor.experiencia,
          temas: leerJson(mentor.temas),
          horasSemana: mentor.horasSemana,
          maxEquipos: mentor.maxEquipos,
          estado: mentor.estado,
          inscritaEn: iso(mentor.createdAt),
          revisadaEn: iso(mentor.revisadoEn),
        }
      : null,
    sesionesMentoria: mentorias.map((m) => ({
      perfil: perfilBreve(m.postulacion),
      asignadaEn: iso(m.createdAt),
      recusadaEn: iso(m.recusadaEn),
      conflicto: m.conflictoDetalle,
      sesiones: m.sesiones.map((s) => ({ semana: s.semana, fecha: iso(s.fecha), temas: s.temas, acuerdos: s.acuerdos, proximosPasos: s.proximosPasos, registradaEn: iso(s.registradaEn), confirmadaEn: iso(s.confirmadaEn) })),
    })),
    demoDay: {
      jurado: jurados.map((j) => ({ evento: j.evento.titulo, inicio: iso(j.evento.inicio), helice: j.helice, desde: iso(j.createdAt) })),
      puntajes: puntajesDemoDay.map((p) => ({ perfil: perfilBreve(p.postulacion), nota: p.nota, notas: leerJson(p.notas), comentario: p.comentario, creadoEn: iso(p.createdAt), actualizadoEn: iso(p.updatedAt) })),
      conflictos: conflictosJurado.map((c) => ({ perfil: perfilBreve(c.postulacion), detalle: c.detalle, declaradoEn: iso(c.declaradaEn) })),
    },
    seguimiento: {
      reportes: reportes.map((r) => ({ perfil: perfilBreve(r.postulacion), tipo: r.tipo, contenido: r.contenido, avance: r.avance, estado: r.estado, motivoRevision: r.revisionMotivo, enviadoEn: iso(r.enviadoEn), revisadoEn: iso(r.revisadoEn) })),
      notas: notas.map((n) => ({ perfil: perfilBreve(n.postulacion), texto: n.texto, escritaEn: iso(n.createdAt) })),
    },
    solicitudesDatos: solicitudes.map((s) => ({ id: s.id, tipo: s.tipo, detalle: s.detalle, estado: s.estado, recibidaEn: iso(s.createdAt), venceEn: iso(s.venceEn), respuesta: s.respuesta, resueltaEn: iso(s.resueltaEn) })),
    correos: correos.map((c) => ({ para: c.para, asunto: c.asunto, estado: c.estado, creadoEn: iso(c.createdAt), enviadoEn: iso(c.enviadaEn) })),
    actividad: actividad.map((a) => ({ entrada: a.id, fecha: iso(a.createdAt), accion: a.accion, entidad: a.entidad, entidadId: a.entidadId })),
  };
}

export type MisDatos = NonNullable<Awaited<ReturnType<typeof exportarMisDatos>>>;

function leerJson(texto: string): unknown {
  try {
    return JSON.parse(texto);
  } catch {
    return texto;
  }
}

/** The download's file name: no personal data in it. */
export function nombreArchivoMisDatos(ahora = new Date()): string {
  return `mis-datos-fondo-idea-${ahora.toISOString().slice(0, 10)}.json`;
}
