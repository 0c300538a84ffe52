// Organisations and the people who act for them: the first account to send a perfil with a RUT claims
// it; others join when they accept a member's invitation or a member approves their request, or when
// FOSIS staff settle a dispute. A perfil is only sent for an organisation the applicant is an active
// member of, and a refusal writes nothing (the hijack of the security issue: another applicant submitting
// with a real RUT). The security probe's findings: an invitation needs the invited person's consent and
// tells the inviter nothing about the e-mail (C); a request does not tell whether a RUT is registered
// (I-1); the staff list is only for who resolves disputes (I-2); both are limited per account per day.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { puedeVer } from "@/lib/auth/permissions";
import { aceptarInvitacion, MENSAJE_INVITACION_NO_ENCONTRADA } from "@/lib/organizaciones/actions/aceptar-invitacion";
import { agregarMiembro, MENSAJE_INVITACION, MENSAJE_ORGANIZACION_NO_ENCONTRADA } from "@/lib/organizaciones/actions/agregar-miembro";
import { MENSAJE_SOLICITUD_NO_ENCONTRADA, resolverSolicitud } from "@/lib/organizaciones/actions/resolver-solicitud";
import { MENSAJE_SOLICITUD_ENVIADA, MENSAJE_YA_ES_INTEGRANTE, solicitarIngreso } from "@/lib/organizaciones/actions/solicitar-ingreso";
import { LIMITE_INVITACIONES, LIMITE_SOLICITUDES, MENSAJE_DEMASIADAS_INVITACIONES, MENSAJE_DEMASIADAS_SOLICITUDES } from "@/lib/organizaciones/limites";
import { DETALLE_ORGANIZACION_AJENA, MENSAJE_ORGANIZACION_AJENA } from "@/lib/organizaciones/membresia";
import { misInvitaciones, misOrganizaciones, solicitudesPendientes } from "@/lib/organizaciones/queries";
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

/** `antes` plus one audit entry: a call answered with the uniform message is audited even when it writes nothing else. */
const soloAuditado = (antes: Awaited<ReturnType<typeof estado>>) => ({ ...antes, auditoria: antes.auditoria + 1 });

/** `user`'s row in the organisation (a request, an invitation or a membership). */
const filaDe = (organizacionId: string, userId: string) =>
  db.miembroOrganizacion.findUniqueOrThrow({ where: { organizacionId_userId: { organizacionId, userId } }, select: { id: true, estado: true, agregadoPorId: true, mensaje: true } });

const invitar = (user: SessionUser, organizacionId: string, email: string) => executeAction(agregarMiembro, { organizacionId, email }, { user, db });
const pedir = (user: SessionUser, organizacionRut: string, mensaje = "Soy parte del equipo de la organización.") =>
  executeAction(solicitarIngreso, { organizacionRut, mensaje }, { user, db });
/** `user` asks to join the organisation registered with `rut`; returns the request's row. */
async function solicitar(user: SessionUser, rut: string, mensaje: string) {
  expect(await pedir(user, rut, mensaje)).toEqual({ ok: true, data: { organizacionRut: rut }, mensaje: MENSAJE_SOLICITUD_ENVIADA });
  return filaDe((await db.organizacion.findUniqueOrThrow({ where: { rut }, select: { id: true } })).id, user.id);
}
const responder = (user: SessionUser, id: string, respuesta: "ACEPTAR" | "RECHAZAR") => executeAction(aceptarInvitacion, { id, respuesta }, { user, db });

/** Everything an organisation's page shows to one of its members, as text. */
async function loQueVeUnIntegrante(userId: string, organizacionId: string): Promise<string> {
  return JSON.stringify((await misOrganizaciones(userId, db)).find((o) => o.id === organizacionId) ?? null);
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

describe("un integrante invita a otra cuenta (hallazgo C)", () => {
  it("la respuesta es la misma con o sin cuenta, con una cuenta del equipo y con una ya integrante: solo una cuenta de postulante recibe la invitación", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const orgId = await reclamar(ana, rutNuevo(), "Fundación Las Encinas");
    const bea = await crearUsuario(["POSTULANTE"]);
    const esperada = { ok: true, data: { organizacionId: orgId }, mensaje: MENSAJE_INVITACION };

    // No account, a staff account (Camila Comité, who holds no POSTULANTE), the inviter herself: the same
    // answer as a real invitation, no name, and nothing written but the audit entry.
    for (const email of ["nadie.registrado@prueba.cl", e.cuentas.COMITE.email, e.cuentas.ADMIN.email, ana.email]) {
      const antes = await estado();
      expect(await invitar(ana, orgId, email)).toEqual(esperada);
      expect(await estado()).toEqual(soloAuditado(antes));
    }
    expect(await miembrosDe(orgId)).toEqual([expect.objectContaining({ userId: ana.id, estado: "ACTIVO" })]);

    // An applicant account: the same answer, and a PENDIENTE invitation, not a membership.
    const r = await invitar(ana, orgId, ` ${bea.email.toUpperCase()} `);
    expect(r).toEqual(esperada);
    expect(JSON.stringify(r)).not.toContain(bea.nombre);
    expect(await filaDe(orgId, bea.id)).toMatchObject({ estado: "PENDIENTE", agregadoPorId: ana.id });
    expect(await db.notificacion.count({ where: { userId: bea.id } })).toBe(1);

    // Inviting her again, while the invitation waits: the same answer, no second e-mail.
    const antes = await estado();
    expect(await invitar(ana, orgId, bea.email)).toEqual(esperada);
    expect(await estado()).toEqual(soloAuditado(antes));
  });

  it("una persona invitada no es integrante: no envía por la organización, y los integrantes no ven su nombre ni su correo hasta que acepta", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut);
    const bea = await crearUsuario(["POSTULANTE"], { nombre: "Beatriz Invitada" });
    comoExito(await invitar(ana, orgId, bea.email));

    const borrador = await borradorListo(bea, 1);
    expect(comoError(await enviar(bea, borrador, rut)).error).toBe(MENSAJE_ORGANIZACION_AJENA);
    const vista = await loQueVeUnIntegrante(ana.id, orgId);
    expect(vista).not.toContain(bea.email);
    expect(vista).not.toContain(bea.nombre);

    // She sees it among her invitations, and accepts.
    const [invitacion] = await misInvitaciones(bea.id, db);
    expect(invitacion).toMatchObject({ organizacion: { nombre: "Fundación Respiro", rut }, agregadoPor: { nombre: ana.nombre } });
    const a = comoExito(await responder(bea, invitacion.id, "ACEPTAR"));
    expect(a.mensaje).toMatch(/^Ahora es integrante de «Fundación Respiro»/);
    expect(await filaDe(orgId, bea.id)).toMatchObject({ estado: "ACTIVO", agregadoPorId: ana.id });
    expect(await misInvitaciones(bea.id, db)).toEqual([]);
    expect(await loQueVeUnIntegrante(ana.id, orgId)).toContain(bea.email);
    comoExito(await enviar(bea, borrador, rut));

    // Answering again: the invitation no longer exists; inviting a member: the same answer, nothing written.
    expect(await responder(bea, invitacion.id, "RECHAZAR")).toEqual({ ok: false, error: MENSAJE_INVITACION_NO_ENCONTRADA, fieldErrors: {} });
    const antes = await estado();
    expect(await invitar(ana, orgId, bea.email)).toEqual({ ok: true, data: { organizacionId: orgId }, mensaje: MENSAJE_INVITACION });
    expect(await estado()).toEqual(soloAuditado(antes));
  });

  it("ningún integrante, ni quien invitó, ni el equipo FOSIS, acepta por la persona invitada; ella puede rechazar y volver a ser invitada", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut);
    const otra = await crearUsuario(["POSTULANTE"]);
    comoExito(await invitar(ana, orgId, otra.email));
    comoExito(await responder(otra, (await misInvitaciones(otra.id, db))[0].id, "ACEPTAR"));
    const bea = await crearUsuario(["POSTULANTE"]);
    comoExito(await invitar(ana, orgId, bea.email));
    const { id } = await filaDe(orgId, bea.id);

    const antes = await estado();
    for (const quien of [ana, otra, e.cuentas.ADMIN, e.cuentas.ENCARGADO_TECNICO]) {
      for (const decision of ["APROBAR", "RECHAZAR", "APROBAR_Y_QUITAR"]) {
        const r = await executeAction(resolverSolicitud, { id, decision, motivos: "Motivos suficientemente largos." }, { user: quien, db });
        expect(r).toEqual({ ok: false, error: MENSAJE_SOLICITUD_NO_ENCONTRADA, fieldErrors: {} });
      }
    }
    for (const quien of [ana, otra]) {
      for (const respuesta of ["ACEPTAR", "RECHAZAR"] as const) {
        expect(await responder(quien, id, respuesta)).toEqual({ ok: false, error: MENSAJE_INVITACION_NO_ENCONTRADA, fieldErrors: {} });
      }
    }
    expect(await estado()).toEqual(antes);
    expect(await filaDe(orgId, bea.id)).toMatchObject({ estado: "PENDIENTE" });
    // The staff list does not show invitations either: only the invited person decides them.
    expect((await solicitudesPendientes(e.cuentas.ADMIN.roles, db)).map((s) => s.id)).not.toContain(id);

    // Declining mails nobody (the inviter would learn that the e-mail has an account).
    const r = comoExito(await responder(bea, id, "RECHAZAR"));
    expect(r.mensaje).toMatch(/^Rechazó la invitación/);
    expect(await db.notificacion.count()).toBe(antes.notificaciones);
    expect(await filaDe(orgId, bea.id)).toMatchObject({ estado: "RECHAZADO" });
    expect(comoError(await enviar(bea, await borradorListo(bea, 1), rut)).error).toBe(MENSAJE_ORGANIZACION_AJENA);

    // A new invitation later is a new PENDIENTE invitation on the same row.
    comoExito(await invitar(ana, orgId, bea.email));
    expect(await filaDe(orgId, bea.id)).toMatchObject({ id, estado: "PENDIENTE", agregadoPorId: ana.id });
  });

  it("el correo de invitación tiene un texto fijo: el nombre declarado va citado, rotulado y sin enlaces, y nada de quien invita", async () => {
    const ana = await crearUsuario(["POSTULANTE"], { nombre: "Soporte FOSIS: ingrese en https://fosis-clave.example" });
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut, "Banco «Estado» verifique su cuenta en https://banco-estado.example/login");
    const bea = await crearUsuario(["POSTULANTE"]);
    comoExito(await invitar(ana, orgId, bea.email));

    const correo = await db.notificacion.findFirstOrThrow({ where: { userId: bea.id } });
    expect(correo.asunto).toBe("Fondo IDEA: le invitaron a unirse a una organización");
    expect(correo.cuerpo).toContain("Nombre declarado por quien la registró (el FOSIS no lo verificó): «Banco Estado verifique su cuenta en banco-estado[.]example/login»");
    expect(correo.cuerpo).not.toMatch(/https:\/\/(?:banco|fosis)/);
    expect(correo.cuerpo).not.toContain("fosis-clave");
    expect(correo.cuerpo).not.toContain(ana.email);
    expect(correo.cuerpo).toMatch(/^https?:\/\/\S+\/postulante\/organizaciones$/m);
  });

  it("invitaciones y solicitudes simultáneas para la misma persona: todas reciben la misma respuesta (ninguna choca con el índice único), una fila y un correo", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut);
    const bea = await crearUsuario(["POSTULANTE"]);
    const rs = await Promise.all(Array.from({ length: 4 }, () => invitar(ana, orgId, bea.email)));
    for (const r of rs) expect(r).toEqual({ ok: true, data: { organizacionId: orgId }, mensaje: MENSAJE_INVITACION });
    expect(await db.miembroOrganizacion.count({ where: { organizacionId: orgId, userId: bea.id } })).toBe(1);
    expect(await db.notificacion.count({ where: { userId: bea.id } })).toBe(1);

    const carla = await crearUsuario(["POSTULANTE"]);
    const ss = await Promise.all([...Array.from({ length: 3 }, () => pedir(carla, rut)), invitar(ana, orgId, carla.email)]);
    for (const r of ss.slice(0, 3)) expect(r).toEqual({ ok: true, data: { organizacionRut: rut }, mensaje: MENSAJE_SOLICITUD_ENVIADA });
    expect(ss[3]).toEqual({ ok: true, data: { organizacionId: orgId }, mensaje: MENSAJE_INVITACION });
    expect(await db.miembroOrganizacion.count({ where: { organizacionId: orgId, userId: carla.id } })).toBe(1);
  });

  it("quien no es integrante activo no invita: recibe lo mismo que ante una organización inexistente, y nada se escribe", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const orgId = await reclamar(ana, rutNuevo());
    const bea = await crearUsuario(["POSTULANTE"]);
    comoExito(await invitar(ana, orgId, bea.email));
    const antes = await estado();
    // Invited (still PENDIENTE), she cannot invite others in the organisation's name.
    const invitada = await invitar(bea, orgId, "tercera@prueba.cl");
    expect(invitada).toEqual({ ok: false, error: MENSAJE_ORGANIZACION_NO_ENCONTRADA, fieldErrors: {} });
    expect(await invitar(bea, "no-existe", "tercera@prueba.cl")).toEqual(invitada);
    expect(await estado()).toEqual(antes);
  });

  it(`un integrante envía a lo más ${LIMITE_INVITACIONES.intentos} invitaciones por día: la siguiente se rechaza sin escribir nada`, async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const orgId = await reclamar(ana, rutNuevo());
    for (let i = 0; i < LIMITE_INVITACIONES.intentos; i += 1) comoExito(await invitar(ana, orgId, `sin-cuenta-${i}@prueba.cl`));
    const bea = await crearUsuario(["POSTULANTE"]);
    const antes = await estado();
    expect(await invitar(ana, orgId, bea.email)).toEqual({ ok: false, error: MENSAJE_DEMASIADAS_INVITACIONES, fieldErrors: {} });
    expect(await estado()).toEqual(antes);
    // Another member's budget is her own.
    const otra = await crearUsuario(["POSTULANTE"]);
    const otraOrg = await reclamar(otra, rutNuevo());
    comoExito(await invitar(otra, otraOrg, bea.email));
  });
});

describe("solicitud para unirse", () => {
  it("pide unirse, los integrantes reciben un correo, un integrante aprueba y quien pidió ya puede enviar", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut, "Junta de Vecinos Los Aromos");
    const carla = await crearUsuario(["POSTULANTE"]);

    const s = await solicitar(carla, rut, "Soy la secretaria de la junta.");
    expect(s).toEqual({ id: expect.any(String), estado: "PENDIENTE", agregadoPorId: null, mensaje: "Soy la secretaria de la junta." });
    // The members' e-mail has fixed wording: who asks, and what they wrote, are read in the portal (a
    // request is not a channel to mail any registered organisation's members text of one's choosing).
    const aviso = await db.notificacion.findFirstOrThrow({ where: { userId: ana.id, asunto: { contains: "pide unirse" } } });
    expect(aviso.asunto).toBe("Fondo IDEA: alguien pide unirse a su organización");
    expect(aviso.cuerpo).not.toContain(carla.email);
    expect(aviso.cuerpo).not.toContain(carla.nombre);
    expect(aviso.cuerpo).not.toContain("Soy la secretaria de la junta.");
    expect(aviso.cuerpo).toMatch(/https?:\/\/\S+\/postulante\/organizaciones/);
    // A member of the organisation reads both in «Mis organizaciones», to tell whether she acts for it.
    const vista = await loQueVeUnIntegrante(ana.id, orgId);
    expect(vista).toContain(carla.email);
    expect(vista).toContain("Soy la secretaria de la junta.");

    // Pending is not a member yet: her perfil is still refused; asking twice gets the same answer and
    // mails nobody again.
    const borrador = await borradorListo(carla, 1);
    expect(comoError(await enviar(carla, borrador, rut)).error).toBe(MENSAJE_ORGANIZACION_AJENA);
    const antes = await estado();
    expect(await pedir(carla, rut, "Otra vez.")).toEqual({ ok: true, data: { organizacionRut: rut }, mensaje: MENSAJE_SOLICITUD_ENVIADA });
    expect(await estado()).toEqual(soloAuditado(antes));

    const a = comoExito(await executeAction(resolverSolicitud, { id: s.id, decision: "APROBAR" }, { user: ana, db }));
    expect(a.mensaje).toMatch(/^Solicitud aprobada/);
    expect((await miembrosDe(orgId)).find((m) => m.userId === carla.id)).toMatchObject({ estado: "ACTIVO", agregadoPorId: ana.id });
    expect((await db.notificacion.findFirstOrThrow({ where: { userId: carla.id }, orderBy: { createdAt: "desc" } })).asunto).toMatch(/fue aprobada$/);
    comoExito(await enviar(carla, borrador, rut));
    // Now a member, she is told so.
    expect(comoError(await pedir(carla, rut)).fieldErrors.organizacionRut).toEqual([MENSAJE_YA_ES_INTEGRANTE]);

    // Resolving it again is refused.
    expect(comoError(await executeAction(resolverSolicitud, { id: s.id, decision: "RECHAZAR" }, { user: ana, db })).error).toMatch(/ya fue resuelta/);
  });

  it("un rechazo se avisa por correo y quien fue rechazado puede volver a pedir", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    await reclamar(ana, rut);
    const dani = await crearUsuario(["POSTULANTE"]);
    const s = await solicitar(dani, rut, "Quiero postular con ustedes.");
    comoExito(await executeAction(resolverSolicitud, { id: s.id, decision: "RECHAZAR" }, { user: ana, db }));
    expect((await db.miembroOrganizacion.findUniqueOrThrow({ where: { id: s.id } })).estado).toBe("RECHAZADO");
    const rechazo = await db.notificacion.findFirstOrThrow({ where: { userId: dani.id }, orderBy: { createdAt: "desc" } });
    expect(rechazo.asunto).toMatch(/fue rechazada$/);
    // Someone rejected is not told the organisation's name.
    expect(`${rechazo.asunto}\n${rechazo.cuerpo}`).not.toContain("Fundación Respiro");
    comoExito(await pedir(dani, rut, "Ahora con el acta de la asamblea."));
    expect(await db.miembroOrganizacion.findUniqueOrThrow({ where: { id: s.id }, select: { estado: true, mensaje: true } })).toEqual({ estado: "PENDIENTE", mensaje: "Ahora con el acta de la asamblea." });
  });

  it("la respuesta no dice si el RUT está registrado ni el nombre de la organización (hallazgo I-1); sin organización no se escribe nada", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const registrado = rutNuevo();
    await reclamar(ana, registrado, "Corporación Legítima");
    const eva = await crearUsuario(["POSTULANTE"]);

    const sinRegistrar = rutNuevo();
    const antes = await estado();
    const r = await pedir(eva, sinRegistrar, "Hola.");
    expect(r).toEqual({ ok: true, data: { organizacionRut: sinRegistrar }, mensaje: MENSAJE_SOLICITUD_ENVIADA });
    expect(await estado()).toEqual(soloAuditado(antes));

    const enviada = await pedir(eva, registrado, "Hola.");
    expect(enviada).toEqual({ ...r, data: { organizacionRut: registrado } });
    expect(JSON.stringify(enviada)).not.toContain("Legítima");
  });

  it(`cada cuenta envía a lo más ${LIMITE_SOLICITUDES.intentos} solicitudes por día: la siguiente se rechaza sin escribir nada`, async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    await reclamar(ana, rut);
    const eva = await crearUsuario(["POSTULANTE"]);
    for (let i = 0; i < LIMITE_SOLICITUDES.intentos; i += 1) comoExito(await pedir(eva, rutNuevo()));
    const antes = await estado();
    expect(await pedir(eva, rut)).toEqual({ ok: false, error: MENSAJE_DEMASIADAS_SOLICITUDES, fieldErrors: {} });
    expect(await estado()).toEqual(antes);
    // Another account's budget is its own.
    comoExito(await pedir(await crearUsuario(["POSTULANTE"]), rut));
  });
});

describe("la lista del equipo FOSIS (hallazgo I-2)", () => {
  it("solo quien resuelve disputas la abre y la lee: un evaluador no, y las invitaciones no aparecen", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut);
    const s = await solicitar(await crearUsuario(["POSTULANTE"]), rut, "Soy el coordinador de proyectos.");
    const invitada = await crearUsuario(["POSTULANTE"]);
    comoExito(await invitar(ana, orgId, invitada.email));
    const invitacion = await filaDe(orgId, invitada.id);

    for (const rol of ["EVALUADOR", "COMITE", "JURADO", "MENTOR", "AFILIADO", "POSTULANTE"] as const) {
      expect(puedeVer("organizaciones", [rol])).toBe(false);
      expect(await solicitudesPendientes([rol], db)).toEqual([]);
    }
    expect(await solicitudesPendientes(null, db)).toEqual([]);
    for (const quien of [e.cuentas.ADMIN, e.cuentas.ENCARGADO_TECNICO]) {
      expect(puedeVer("organizaciones", quien.roles)).toBe(true);
      const ids = (await solicitudesPendientes(quien.roles, db)).map((x) => x.id);
      expect(ids).toContain(s.id);
      expect(ids).not.toContain(invitacion.id);
    }
  });
});

describe("alcance por organización", () => {
  it("quien no es integrante no puede aprobar, rechazar ni agregar: recibe lo mismo que ante una fila inexistente, y nada se escribe", async () => {
    const ana = await crearUsuario(["POSTULANTE"]);
    const rut = rutNuevo();
    const orgId = await reclamar(ana, rut);
    const solicitante = await crearUsuario(["POSTULANTE"]);
    const s = await solicitar(solicitante, rut, "Soy parte del equipo.");
    // Another applicant, member of another organisation: no power over this one.
    const intruso = await crearUsuario(["POSTULANTE"]);
    await reclamar(intruso, rutNuevo());

    const antes = await estado();
    for (const decision of ["APROBAR", "RECHAZAR", "APROBAR_Y_QUITAR"]) {
      const r = await executeAction(resolverSolicitud, { id: s.id, decision, motivos: "Motivos suficientemente largos." }, { user: intruso, db });
      expect(r).toEqual({ ok: false, error: MENSAJE_SOLICITUD_NO_ENCONTRADA, fieldErrors: {} });
    }
    expect(await executeAction(resolverSolicitud, { id: "no-existe", decision: "APROBAR" }, { user: intruso, db })).toEqual({ ok: false, error: MENSAJE_SOLICITUD_NO_ENCONTRADA, fieldErrors: {} });
    // The requester cannot approve herself either.
    expect(await executeAction(resolverSolicitud, { id: s.id, decision: "APROBAR" }, { user: solicitante, db })).toEqual({ ok: false, error: MENSAJE_SOLICITUD_NO_ENCONTRADA, fieldErrors: {} });

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
    const s = await solicitar(otra, rut, "Hola, soy de la organización.");
    const antes = await estado();
    const r = comoError(await executeAction(resolverSolicitud, { id: s.id, decision: "APROBAR_Y_QUITAR", motivos: "Quiero quedarme sola en la organización." }, { user: ana, db }));
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
    const s = await solicitar(legitima, rut, "Soy la representante legal; adjunto el certificado de vigencia por correo.");

    // Reasons are mandatory for the removal.
    const antes = await estado();
    const sinMotivos = comoError(await executeAction(resolverSolicitud, { id: s.id, decision: "APROBAR_Y_QUITAR" }, { user: e.cuentas.ADMIN, db }));
    expect(sinMotivos.fieldErrors.motivos?.[0]).toMatch(/escriba los motivos/);
    expect(await estado()).toEqual(antes);

    const motivos = "El certificado de vigencia nombra a la solicitante como representante legal; quien registró la organización no figura en ella.";
    const r = comoExito(await executeAction(resolverSolicitud, { id: s.id, decision: "APROBAR_Y_QUITAR", motivos }, { user: e.cuentas.ENCARGADO_TECNICO, db }));
    expect(r.mensaje).toMatch(/se quitó a 1 integrante anterior/);
    const miembros = await miembrosDe(orgId);
    expect(miembros.find((m) => m.userId === legitima.id)).toMatchObject({ estado: "ACTIVO", agregadoPorId: e.cuentas.ENCARGADO_TECNICO.id });
    expect(miembros.find((m) => m.userId === impostor.id)).toMatchObject({ estado: "RECHAZADO" });
    const audit = (await ultimaAuditoria())!;
    expect(audit).toMatchObject({ accion: "organizacion.resolverSolicitud", actorId: e.cuentas.ENCARGADO_TECNICO.id, entidadId: s.id });
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
    const s = await solicitar(pide, rut, "Soy el coordinador.");
    comoExito(await executeAction(resolverSolicitud, { id: s.id, decision: "APROBAR" }, { user: e.cuentas.ADMIN, db }));
    const miembros = (await miembrosDe(orgId)).map((m) => `${m.userId}:${m.estado}`).sort();
    expect(miembros).toEqual([`${ana.id}:ACTIVO`, `${pide.id}:ACTIVO`].sort());
  });
});
