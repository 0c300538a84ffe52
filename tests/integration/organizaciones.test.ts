// Organisations and the people who act for them: the first account to send a perfil with a RUT claims
// it; others join when a member adds them or approves their request, or when FOSIS staff settle a
// dispute. A perfil is only sent for an organisation the applicant is an active member of, and a refusal
// writes nothing (the hijack of the security issue: another applicant submitting with a real RUT).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction, type SessionUser } from "@/lib/actions/pipeline";
import { agregarMiembro, MENSAJE_ORGANIZACION_NO_ENCONTRADA } from "@/lib/organizaciones/actions/agregar-miembro";
import { MENSAJE_SOLICITUD_NO_ENCONTRADA, resolverSolicitud } from "@/lib/organizaciones/actions/resolver-solicitud";
import { solicitarIngreso } from "@/lib/organizaciones/actions/solicitar-ingreso";
import { DETALLE_ORGANIZACION_AJENA, MENSAJE_ORGANIZACION_AJENA } from "@/lib/organizaciones/membresia";
import { crearBorrador } from "@/lib/postulaciones/actions/crear-borrador";
import { enviarPerfil } from "@/lib/postulaciones/actions/enviar";
import { CAMPOS_PERFIL_MUESTRA } from "../fixtures/acciones/perfil";
import { comoError, comoExito } from "../support/resultado";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { rutValido } from "../support/rut";

let e: Escenario;
let cuerpoRut = 77_100_000;
/** A RUT no other test of this file uses. */
const rutNuevo = () => rutValido((cuerpoRut += 1));

async function fijarCierre(fin: Date) {
  await db.etapaCalendario.update({ where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa: "CONVOCATORIA" } }, data: { fin } });
}

/** A draft of `user` for the desafío, with the documents its línea requires (stored as rows). */
async function borradorListo(user: SessionUser, desafio = 0): Promise<string> {
  const id = comoExito(await executeAction(crearBorrador, { desafioId: e.desafios[desafio].id }, { user, db })).data.id;
  for (const categoria of ["ESTATUTOS", "CERTIFICADO_VIGENCIA"]) {
    await db.adjunto.create({
      data: { postulacionId: id, subidoPorId: user.id, categoria, nombreArchivo: `${categoria}.pdf`, mime: "application/pdf", bytes: 10, sha256: categoria.padEnd(64, "0"), clave: `${id}-${categoria}` },
    });
  }
  return id;
}

function enviar(user: SessionUser, id: string, organizacionRut: string, organizacionNombre = CAMPOS_PERFIL_MUESTRA.organizacionNombre) {
  return executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut, organizacionNombre }, { user, db });
}

/** Claims `rut` for `user` by sending a perfil with it (desafío 0). */
async function reclamar(user: SessionUser, rut: string, nombre = "Fundación Respiro"): Promise<string> {
  comoExito(await enviar(user, await borradorListo(user), rut, nombre));
  return (await db.organizacion.findUniqueOrThrow({ where: { rut }, select: { id: true } })).id;
}

/** Everything the actions write: a refusal must leave all of it as it was. */
async function estado() {
  const [auditoria, notificaciones, organizaciones, miembros, postulaciones] = await Promise.all([
    contarAuditoria(),
    db.notificacion.count(),
    db.organizacion.findMany({ orderBy: { id: "asc" }, select: { id: true, nombre: true, rut: true, tipo: true, creadaPorId: true } }),
    db.miembroOrganizacion.findMany({ orderBy: { id: "asc" }, select: { id: true, organizacionId: true, userId: true, estado: true, mensaje: true, agregadoPorId: true, resueltoEn: true } }),
    db.postulacion.findMany({ orderBy: { id: "asc" }, select: { id: true, estado: true, organizacionId: true, folio: true } }),
  ]);
  return { auditoria, notificaciones, organizaciones, miembros, postulaciones };
}

const miembrosDe = (organizacionId: string) =>
  db.miembroOrganizacion.findMany({ where: { organizacionId }, orderBy: { createdAt: "asc" }, select: { id: true, userId: true, estado: true, agregadoPorId: true } });

beforeAll(async () => {
  e = await prepararDemo();
});

beforeEach(async () => {
  await fijarEtapa("CONVOCATORIA");
  await fijarCierre(new Date(Date.now() + 7 * 86_400_000));
});

describe("reclamo con el primer envío", () => {
  it("el primer perfil con un RUT nuevo registra la organización y deja a quien lo envía como integrante activo", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const id = await reclamar(ana, rut, "Fundación Respiro del Biobío");
    expect(await db.organizacion.findUniqueOrThrow({ where: { id }, select: { nombre: true, creadaPorId: true } })).toEqual({ nombre: "Fundación Respiro del Biobío", creadaPorId: ana.id });
    expect(await miembrosDe(id)).toEqual([expect.objectContaining({ userId: ana.id, estado: "ACTIVO" })]);
    expect(JSON.parse((await ultimaAuditoria())!.datos ?? "{}")).toMatchObject({ organizacionId: id, organizacionReclamada: true });
  });
});

describe("secuestro de una organización", () => {
  it("otra persona no puede enviar con el RUT de una organización registrada: se rechaza sin escribir nada, y la organización real sigue enviando", async () => {
    const real = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(real, rut, "Corporación Real");

    // The attacker submits for another desafío with the real organisation's RUT and a new name.
    const atacante = await crearUsuario(["POSTULANTE"]);
    const borrador = await borradorListo(atacante, 1);
    const antes = await estado();
    const r = comoError(await enviar(atacante, borrador, rut, "Nombre del Atacante"));
    expect(r.error).toBe(MENSAJE_ORGANIZACION_AJENA);
    expect(r.fieldErrors.organizacionRut).toEqual([DETALLE_ORGANIZACION_AJENA]);
    expect(await estado()).toEqual(antes);
    expect(await db.organizacion.findUniqueOrThrow({ where: { id: orgId }, select: { nombre: true } })).toEqual({ nombre: "Corporación Real" });

    // The real organisation still sends its perfil for that same desafío.
    comoExito(await enviar(real, await borradorListo(real, 1), rut, "Otro nombre cualquiera"));
    expect(await db.postulacion.count({ where: { organizacionId: orgId, estado: "ENVIADA" } })).toBe(2);
    // A member's submit does not rename it either.
    expect(await db.organizacion.findUniqueOrThrow({ where: { id: orgId }, select: { nombre: true } })).toEqual({ nombre: "Corporación Real" });
  });

  it("dos postulantes reclaman a la vez el mismo RUT nuevo: una sola organización, un solo integrante, y el otro recibe el rechazo claro", async () => {
    const personas = await Promise.all(Array.from({ length: 4 }, () => crearUsuario(["POSTULANTE"])));
    const borradores = await Promise.all(personas.map((p) => borradorListo(p, 2)));
    const rut = rutNuevo();
    const rs = await Promise.all(personas.map((p, i) => enviar(p, borradores[i], rut, `Organización de ${p.nombre}`)));
    const ganadores = rs.flatMap((r, i) => (r.ok ? [personas[i]] : []));
    expect(ganadores).toHaveLength(1);
    for (const r of rs.filter((x) => !x.ok)) expect(r).toEqual({ ok: false, error: MENSAJE_ORGANIZACION_AJENA, fieldErrors: { organizacionRut: [DETALLE_ORGANIZACION_AJENA] } });
    const orgs = await db.organizacion.findMany({ where: { rut }, select: { id: true, creadaPorId: true, nombre: true } });
    expect(orgs).toEqual([{ id: expect.any(String), creadaPorId: ganadores[0].id, nombre: `Organización de ${ganadores[0].nombre}` }]);
    expect(await miembrosDe(orgs[0].id)).toEqual([expect.objectContaining({ userId: ganadores[0].id, estado: "ACTIVO" })]);
    expect(await db.postulacion.count({ where: { id: { in: borradores }, estado: "ENVIADA" } })).toBe(1);
  });
});

describe("un integrante agrega a otra cuenta", () => {
  it("la cuenta agregada queda activa, recibe un correo y puede enviar perfiles por la organización", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut);
    const bea = await crearUsuario(["POSTULANTE"]);

    const r = comoExito(await executeAction(agregarMiembro, { organizacionId: orgId, email: ` ${bea.email.toUpperCase()} ` }, { user: ana, db }));
    expect(r.mensaje).toContain(bea.nombre);
    expect((await miembrosDe(orgId)).find((m) => m.userId === bea.id)).toMatchObject({ estado: "ACTIVO", agregadoPorId: ana.id });
    const correo = await db.notificacion.findFirstOrThrow({ where: { userId: bea.id }, orderBy: { createdAt: "desc" } });
    expect(correo.cuerpo).toMatch(/\/postulante\/organizaciones$/m);

    comoExito(await enviar(bea, await borradorListo(bea, 1), rut));
    // Adding her again is refused.
    expect(comoError(await executeAction(agregarMiembro, { organizacionId: orgId, email: bea.email }, { user: ana, db })).fieldErrors.email).toEqual([
      "Esa persona ya es integrante de la organización.",
    ]);
  });

  it("un correo sin cuenta se rechaza sin escribir nada", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const orgId = await reclamar(ana, rutNuevo());
    const antes = await estado();
    const r = comoError(await executeAction(agregarMiembro, { organizacionId: orgId, email: "nadie.registrado@prueba.cl" }, { user: ana, db }));
    expect(r.fieldErrors.email).toEqual(["No encontramos una cuenta con ese correo; pídale que se registre primero."]);
    expect(await estado()).toEqual(antes);
  });
});

describe("solicitud para unirse", () => {
  it("pide unirse, los integrantes reciben un correo, un integrante aprueba y quien pidió ya puede enviar", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut, "Junta de Vecinos Los Aromos");
    const carla = await crearUsuario(["POSTULANTE"]);

    const s = comoExito(await executeAction(solicitarIngreso, { organizacionRut: rut, mensaje: "Soy la secretaria de la junta." }, { user: carla, db }));
    expect(await db.miembroOrganizacion.findUniqueOrThrow({ where: { id: s.data.id }, select: { estado: true, mensaje: true, userId: true } })).toEqual({
      estado: "PENDIENTE",
      mensaje: "Soy la secretaria de la junta.",
      userId: carla.id,
    });
    const aviso = await db.notificacion.findFirstOrThrow({ where: { userId: ana.id, asunto: { contains: "pide unirse" } } });
    expect(aviso.cuerpo).toContain(carla.email);
    expect(aviso.cuerpo).toContain("Soy la secretaria de la junta.");
    expect(aviso.cuerpo).toMatch(/https?:\/\/\S+\/postulante\/organizaciones/);

    // Pending is not a member yet: her perfil is still refused; asking twice is refused too.
    const borrador = await borradorListo(carla, 1);
    expect(comoError(await enviar(carla, borrador, rut)).error).toBe(MENSAJE_ORGANIZACION_AJENA);
    expect(comoError(await executeAction(solicitarIngreso, { organizacionRut: rut, mensaje: "Otra vez." }, { user: carla, db })).error).toMatch(/Ya pidió unirse/);

    const a = comoExito(await executeAction(resolverSolicitud, { id: s.data.id, decision: "APROBAR" }, { user: ana, db }));
    expect(a.mensaje).toMatch(/^Solicitud aprobada/);
    expect((await miembrosDe(orgId)).find((m) => m.userId === carla.id)).toMatchObject({ estado: "ACTIVO", agregadoPorId: ana.id });
    expect((await db.notificacion.findFirstOrThrow({ where: { userId: carla.id }, orderBy: { createdAt: "desc" } })).asunto).toMatch(/fue aprobada$/);
    comoExito(await enviar(carla, borrador, rut));

    // Resolving it again is refused.
    expect(comoError(await executeAction(resolverSolicitud, { id: s.data.id, decision: "RECHAZAR" }, { user: ana, db })).error).toMatch(/ya fue resuelta/);
  });

  it("un rechazo se avisa por correo y quien fue rechazado puede volver a pedir", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    await reclamar(ana, rut);
    const dani = await crearUsuario(["POSTULANTE"]);
    const s = comoExito(await executeAction(solicitarIngreso, { organizacionRut: rut, mensaje: "Quiero postular con ustedes." }, { user: dani, db }));
    comoExito(await executeAction(resolverSolicitud, { id: s.data.id, decision: "RECHAZAR" }, { user: ana, db }));
    expect((await db.miembroOrganizacion.findUniqueOrThrow({ where: { id: s.data.id } })).estado).toBe("RECHAZADO");
    expect((await db.notificacion.findFirstOrThrow({ where: { userId: dani.id }, orderBy: { createdAt: "desc" } })).asunto).toMatch(/fue rechazada$/);
    comoExito(await executeAction(solicitarIngreso, { organizacionRut: rut, mensaje: "Ahora con el acta de la asamblea." }, { user: dani, db }));
    expect(await db.miembroOrganizacion.findUniqueOrThrow({ where: { id: s.data.id }, select: { estado: true, mensaje: true } })).toEqual({ estado: "PENDIENTE", mensaje: "Ahora con el acta de la asamblea." });
  });

  it("pedir unirse con un RUT sin organización registrada se rechaza sin escribir nada", async () => {
    const eva = await crearUsuario(["POSTULANTE"]);
    const antes = await estado();
    const r = comoError(await executeAction(solicitarIngreso, { organizacionRut: rutNuevo(), mensaje: "Hola." }, { user: eva, db }));
    expect(r.fieldErrors.organizacionRut?.[0]).toMatch(/No hay una organización registrada/);
    expect(await estado()).toEqual(antes);
  });
});

describe("alcance por organización", () => {
  it("quien no es integrante no puede aprobar, rechazar ni agregar: recibe lo mismo que ante una fila inexistente, y nada se escribe", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut);
    const solicitante = await crearUsuario(["POSTULANTE"]);
    const s = comoExito(await executeAction(solicitarIngreso, { organizacionRut: rut, mensaje: "Soy parte del equipo." }, { user: solicitante, db }));
    // Another applicant, member of another organisation: no power over this one.
    const intruso = await crearUsuario(["POSTULANTE"]);
    await reclamar(intruso, rutNuevo());

    const antes = await estado();
    for (const decision of ["APROBAR", "RECHAZAR", "APROBAR_Y_QUITAR"]) {
      const r = await executeAction(resolverSolicitud, { id: s.data.id, decision, motivos: "Motivos suficientemente largos." }, { user: intruso, db });
      expect(r).toEqual({ ok: false, error: MENSAJE_SOLICITUD_NO_ENCONTRADA, fieldErrors: {} });
    }
    expect(await executeAction(resolverSolicitud, { id: "no-existe", decision: "APROBAR" }, { user: intruso, db })).toEqual({ ok: false, error: MENSAJE_SOLICITUD_NO_ENCONTRADA, fieldErrors: {} });
    // The requester cannot approve herself either.
    expect(await executeAction(resolverSolicitud, { id: s.data.id, decision: "APROBAR" }, { user: solicitante, db })).toEqual({ ok: false, error: MENSAJE_SOLICITUD_NO_ENCONTRADA, fieldErrors: {} });

    const agregarAjeno = await executeAction(agregarMiembro, { organizacionId: orgId, email: intruso.email }, { user: intruso, db });
    const agregarInexistente = await executeAction(agregarMiembro, { organizacionId: "no-existe", email: intruso.email }, { user: intruso, db });
    expect(agregarAjeno).toEqual({ ok: false, error: MENSAJE_ORGANIZACION_NO_ENCONTRADA, fieldErrors: {} });
    expect(agregarInexistente).toEqual(agregarAjeno);
    expect(await estado()).toEqual(antes);
  });

  it("un integrante no puede quitar a los demás: eso es solo del equipo FOSIS", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    await reclamar(ana, rut);
    const otra = await crearUsuario(["POSTULANTE"]);
    const s = comoExito(await executeAction(solicitarIngreso, { organizacionRut: rut, mensaje: "Hola, soy de la organización." }, { user: otra, db }));
    const antes = await estado();
    const r = comoError(await executeAction(resolverSolicitud, { id: s.data.id, decision: "APROBAR_Y_QUITAR", motivos: "Quiero quedarme sola en la organización." }, { user: ana, db }));
    expect(r.error).toMatch(/Solo el equipo FOSIS/);
    expect(await estado()).toEqual(antes);
  });
});

describe("disputas resueltas por el equipo FOSIS", () => {
  it("aprueba a quien de verdad actúa por la organización y quita a quien la reclamó, con motivos, bitácora y correos", async () => {
    const rut = rutNuevo();
    // Someone who does not act for the organisation claimed it first.
    const impostor = await crearUsuario(["POSTULANTE"]);
    const orgId = await reclamar(impostor, rut, "Fundación Verdadera");
    const legitima = await crearUsuario(["POSTULANTE"]);
    const s = comoExito(await executeAction(solicitarIngreso, { organizacionRut: rut, mensaje: "Soy la representante legal; adjunto el certificado de vigencia por correo." }, { user: legitima, db }));

    // Reasons are mandatory for the removal.
    const antes = await estado();
    const sinMotivos = comoError(await executeAction(resolverSolicitud, { id: s.data.id, decision: "APROBAR_Y_QUITAR" }, { user: e.cuentas.ADMIN, db }));
    expect(sinMotivos.fieldErrors.motivos?.[0]).toMatch(/escriba los motivos/);
    expect(await estado()).toEqual(antes);

    const motivos = "El certificado de vigencia nombra a la solicitante como representante legal; quien registró la organización no figura en ella.";
    const r = comoExito(await executeAction(resolverSolicitud, { id: s.data.id, decision: "APROBAR_Y_QUITAR", motivos }, { user: e.cuentas.ENCARGADO_TECNICO, db }));
    expect(r.mensaje).toMatch(/se quitó a 1 integrante anterior/);
    const miembros = await miembrosDe(orgId);
    expect(miembros.find((m) => m.userId === legitima.id)).toMatchObject({ estado: "ACTIVO", agregadoPorId: e.cuentas.ENCARGADO_TECNICO.id });
    expect(miembros.find((m) => m.userId === impostor.id)).toMatchObject({ estado: "RECHAZADO" });
    const audit = (await ultimaAuditoria())!;
    expect(audit).toMatchObject({ accion: "organizacion.resolverSolicitud", actorId: e.cuentas.ENCARGADO_TECNICO.id, entidadId: s.data.id });
    expect(JSON.parse(audit.datos ?? "{}")).toMatchObject({ decision: "APROBAR_Y_QUITAR", motivos, comoEquipo: true, quitados: [impostor.id] });
    const aviso = await db.notificacion.findFirstOrThrow({ where: { userId: impostor.id, asunto: { contains: "ya no es integrante" } } });
    expect(aviso.cuerpo).toContain(motivos);
    expect((await db.notificacion.findFirstOrThrow({ where: { userId: legitima.id }, orderBy: { createdAt: "desc" } })).cuerpo).toContain(motivos);

    // From now on the impostor is refused and the legitimate member sends.
    expect(comoError(await enviar(impostor, await borradorListo(impostor, 1), rut)).error).toBe(MENSAJE_ORGANIZACION_AJENA);
    comoExito(await enviar(legitima, await borradorListo(legitima, 1), rut));
    expect(await db.organizacion.findUniqueOrThrow({ where: { id: orgId }, select: { nombre: true } })).toEqual({ nombre: "Fundación Verdadera" });
  });

  it("el equipo aprueba o rechaza solicitudes de cualquier organización sin ser integrante", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut);
    const pide = await crearUsuario(["POSTULANTE"]);
    const s = comoExito(await executeAction(solicitarIngreso, { organizacionRut: rut, mensaje: "Soy el coordinador." }, { user: pide, db }));
    comoExito(await executeAction(resolverSolicitud, { id: s.data.id, decision: "APROBAR" }, { user: e.cuentas.ADMIN, db }));
    const miembros = (await miembrosDe(orgId)).map((m) => `${m.userId}:${m.estado}`).sort();
    expect(miembros).toEqual([`${ana.id}:ACTIVO`, `${pide.id}:ACTIVO`].sort());
  });
});
