// Anonymous taller registrations need a proven e-mail (double opt-in) and are rate-limited per connection
// and per address: invented addresses cannot queue mail in bulk (security finding: 31 mails in one
// burst). A signed-in registration is still immediate.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { executeAction } from "@/lib/actions/pipeline";
import { cancelarInscripcion } from "@/lib/talleres/actions/cancelar-inscripcion";
import { MENSAJE_ENLACE_NO_VALIDO, MENSAJE_ENLACE_VENCIDO, confirmarInscripcion } from "@/lib/talleres/actions/confirmar-inscripcion";
import { crearTaller } from "@/lib/talleres/actions/crear";
import { inscribirseTaller } from "@/lib/talleres/actions/inscribirse";
import { marcarAsistencia } from "@/lib/talleres/actions/marcar-asistencia";
import { enlaceConfirmacion, hashToken, LIMITE_INSCRIPCION_CORREO, LIMITE_INSCRIPCION_IP, nuevoToken, VIGENCIA_CONFIRMACION_MS } from "@/lib/talleres/confirmacion";
import { getConfirmacionInscripcion, getTallerStaff, listarTalleresStaff } from "@/lib/talleres/queries";
import { comoError, comoExito } from "../support/resultado";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { inscribirYConfirmar, ipNueva, solicitar, tokenDe, tokensEnviados } from "../support/talleres";
import { camposTaller } from "../fixtures/acciones/talleres";

let e: Escenario;
let staff: SessionUser;

const MENSAJE_IP = "Demasiadas inscripciones desde esta conexión. Intente más tarde.";
const MENSAJE_CORREO = "Demasiadas inscripciones con este correo. Revise su bandeja de entrada (y la carpeta de spam) o intente mañana.";

beforeAll(async () => {
  e = await prepararDemo();
  staff = e.cuentas.ENCARGADO_TECNICO;
  await fijarEtapa("CONVOCATORIA");
});

async function nuevoTaller(extra: Record<string, unknown> = {}): Promise<string> {
  return comoExito(await executeAction(crearTaller, camposTaller(extra), { user: staff, db })).data.id;
}

const confirmar = (token: string, user: SessionUser | null = null) => executeAction(confirmarInscripcion, { token }, { user, db });
const cupos = async (id: string) => (await db.evento.findUniqueOrThrow({ where: { id } })).cuposOcupados;
const correosA = (para: string) => db.notificacion.findMany({ where: { para }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** What a refused call must leave exactly as it was. */
async function estado() {
  const [eventos, inscripciones, correos, auditoria] = await Promise.all([
    db.evento.findMany({ orderBy: { id: "asc" }, select: { id: true, cuposOcupados: true } }),
    db.inscripcion.findMany({ orderBy: { id: "asc" }, select: { id: true, estado: true, userId: true, tokenHash: true, confirmarAntes: true, createdAt: true } }),
    db.notificacion.count(),
    contarAuditoria(),
  ]);
  return { eventos, inscripciones, correos, auditoria };
}

describe("inscripción sin sesión: doble confirmación por correo", () => {
  it("queda POR_CONFIRMAR, no ocupa cupo y encola UN correo con el enlace; solo se guarda el hash del token", async () => {
    const id = await nuevoTaller({ capacidad: 1, titulo: "Taller de un cupo" });
    const antes = Date.now();
    const r = comoExito(await solicitar(id, "nueva@prueba.cl", "Nombre <a href=x>Escrito</a>"));
    expect(r.data.estado).toBe("POR_CONFIRMAR");
    expect(r.mensaje).toMatch(/^Le enviamos un correo a nueva@prueba\.cl\. Abra el enlace para confirmar su inscripción/);
    expect(await cupos(id)).toBe(0);

    const correos = await correosA("nueva@prueba.cl");
    expect(correos).toHaveLength(1);
    expect(correos[0]).toMatchObject({ asunto: "Confirme su inscripción: Taller de un cupo", userId: null });
    const [token] = await tokensEnviados("nueva@prueba.cl");
    expect(enlaceConfirmacion(token)).toMatch(/^https?:\/\/[^/]+\/talleres\/confirmar\/[A-Za-z0-9_-]{43}$/);
    expect(correos[0].cuerpo).toContain(`\n${enlaceConfirmacion(token)}\n`);
    // The typed name is not repeated to an address nobody has proven yet.
    expect(correos[0].cuerpo).not.toContain("Escrito");

    const ins = await db.inscripcion.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(ins).toMatchObject({ estado: "POR_CONFIRMAR", userId: null, tokenHash: hashToken(token) });
    expect(ins.confirmarAntes!.getTime()).toBeGreaterThanOrEqual(antes + VIGENCIA_CONFIRMACION_MS);
    expect(ins.confirmarAntes!.getTime()).toBeLessThanOrEqual(Date.now() + VIGENCIA_CONFIRMACION_MS);
    // The token itself is nowhere but in the e-mail: not in the row, the result or the audit.
    expect(JSON.stringify(ins)).not.toContain(token);
    expect(JSON.stringify(r)).not.toContain(token);
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "taller.inscribirse", entidadId: ins.id, actorId: null });
    expect(a!.datos).not.toContain(token);
    expect(a!.datos).not.toContain("nueva");

    // The staff see it apart, holding no seat.
    const t = await getTallerStaff(id, staff, db);
    expect(t!.inscripciones.map((i) => i.estado)).toEqual(["POR_CONFIRMAR"]);
    expect((await listarTalleresStaff(db)).find((x) => x.id === id)).toMatchObject({ confirmadas: 0, enEspera: 0, porConfirmar: 1, cuposOcupados: 0 });
  });

  it("el enlace vence en 24 horas, o antes si el taller comienza antes", async () => {
    const inicio = new Date(Date.now() + 3 * 3_600_000);
    const id = await nuevoTaller();
    await db.evento.update({ where: { id }, data: { inicio } });
    const r = comoExito(await solicitar(id, "pronto@prueba.cl"));
    expect((await db.inscripcion.findUniqueOrThrow({ where: { id: r.data.id } })).confirmarAntes).toEqual(inicio);
  });

  it("confirmar toma el cupo (CONFIRMADA) una sola vez y envía la confirmación; sin cupos, LISTA_ESPERA", async () => {
    const id = await nuevoTaller({ capacidad: 1, titulo: "Taller para confirmar" });
    comoExito(await solicitar(id, "uno@prueba.cl", "Persona Uno"));
    comoExito(await solicitar(id, "dos@prueba.cl", "Persona Dos"));
    const [t1, t2] = [await tokenDe(id, "uno@prueba.cl"), await tokenDe(id, "dos@prueba.cl")];

    // A GET of the page reads, it never confirms (mail scanners open links).
    expect(await getConfirmacionInscripcion(t1, db)).toMatchObject({ estado: "VIGENTE", email: "uno@prueba.cl", taller: { id } });
    expect(await cupos(id)).toBe(0);

    const r1 = comoExito(await confirmar(t1));
    expect(r1.data.estado).toBe("CONFIRMADA");
    expect(r1.mensaje).toBe("Inscripción confirmada. Le enviamos un correo con los detalles.");
    expect(await cupos(id)).toBe(1);
    expect(await db.inscripcion.findUniqueOrThrow({ where: { id: r1.data.id } })).toMatchObject({ estado: "CONFIRMADA", tokenHash: hashToken(t1), confirmarAntes: null });
    // Opening the link again shows how it ended, and confirms nothing more.
    expect(await getConfirmacionInscripcion(t1, db)).toMatchObject({ estado: "CONFIRMADA", taller: { id } });
    expect((await correosA("uno@prueba.cl")).map((c) => c.asunto)).toEqual(["Confirme su inscripción: Taller para confirmar", "Inscripción confirmada: Taller para confirmar"]);
    expect((await ultimaAuditoria())!).toMatchObject({ accion: "taller.confirmarInscripcion", entidadId: r1.data.id, actorId: null });

    const r2 = comoExito(await confirmar(t2));
    expect(r2.data.estado).toBe("LISTA_ESPERA");
    expect(r2.mensaje).toMatch(/^No quedan cupos: quedó en la lista de espera/);
    expect(await cupos(id)).toBe(1);
    expect((await correosA("dos@prueba.cl")).at(-1)?.asunto).toBe("Lista de espera: Taller para confirmar");

    // Confirming again: a friendly refusal that writes nothing; the page says how it ended.
    const antes = await estado();
    expect(comoError(await confirmar(t1)).error).toBe(MENSAJE_ENLACE_NO_VALIDO);
    expect(MENSAJE_ENLACE_NO_VALIDO).toMatch(/Si ya confirmó su inscripción, le enviamos un correo con los detalles/);
    expect(await estado()).toEqual(antes);
    expect(await getConfirmacionInscripcion(t1, db)).toMatchObject({ estado: "CONFIRMADA" });
  });

  it("un enlace vencido, desconocido o mal formado se rechaza en español sin escribir nada", async () => {
    const id = await nuevoTaller();
    const r = comoExito(await solicitar(id, "vencido@prueba.cl"));
    const token = await tokenDe(id, "vencido@prueba.cl");
    await db.inscripcion.update({ where: { id: r.data.id }, data: { confirmarAntes: new Date(Date.now() - 1000) } });
    const antes = await estado();
    expect(comoError(await confirmar(token)).error).toBe(MENSAJE_ENLACE_VENCIDO);
    expect(await getConfirmacionInscripcion(token, db)).toMatchObject({ estado: "VENCIDO" });
    expect(comoError(await confirmar(nuevoToken())).error).toBe(MENSAJE_ENLACE_NO_VALIDO);
    // The hash stored is not a token: it confirms nothing.
    expect(comoError(await confirmar(hashToken(token).slice(0, 43))).error).toBe(MENSAJE_ENLACE_NO_VALIDO);
    for (const malo of ["", "corto", `${token}x`, `${token.slice(0, 42)}=`, "../../etc/passwd", "%E0%A4%A"]) {
      const m = comoError(await confirmar(malo));
      expect(m.fieldErrors.token, malo).toEqual(["El enlace de confirmación no es válido: revise que lo copió entero desde el correo."]);
      // The page answers 404 to these.
      expect(await getConfirmacionInscripcion(malo, db)).toBeNull();
    }
    expect(await estado()).toEqual(antes);
    expect(await cupos(id)).toBe(0);
  });

  it("el mismo correo al mismo taller otra vez: sin un segundo correo mientras el enlace es reciente; después, un enlace nuevo reemplaza al anterior", async () => {
    const id = await nuevoTaller();
    const r = comoExito(await solicitar(id, "insiste@prueba.cl"));
    const primero = await tokenDe(id, "insiste@prueba.cl");
    const antes = await estado();
    const otra = comoError(await solicitar(id, "INSISTE@prueba.cl"));
    expect(otra.error).toBe("Ya le enviamos un correo a insiste@prueba.cl para confirmar esta inscripción. Abra el enlace de ese correo (revise también la carpeta de spam).");
    expect(await estado()).toEqual(antes);
    expect(await correosA("insiste@prueba.cl")).toHaveLength(1);

    // Eleven minutes later the person may ask for a new link (the old one stops working).
    await db.inscripcion.update({ where: { id: r.data.id }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect(comoExito(await solicitar(id, "insiste@prueba.cl")).data).toMatchObject({ id: r.data.id, estado: "POR_CONFIRMAR" });
    expect(await correosA("insiste@prueba.cl")).toHaveLength(2);
    const segundo = await tokenDe(id, "insiste@prueba.cl");
    expect(segundo).not.toBe(primero);
    expect(comoError(await confirmar(primero)).error).toBe(MENSAJE_ENLACE_NO_VALIDO);
    expect(comoExito(await confirmar(segundo)).data.estado).toBe("CONFIRMADA");
  });

  it("confirmar con la sesión de ese mismo correo deja la inscripción en la cuenta (y la puede cancelar)", async () => {
    const id = await nuevoTaller();
    const u = await crearUsuario(["POSTULANTE"]);
    comoExito(await solicitar(id, u.email));
    const r = comoExito(await confirmar(await tokenDe(id, u.email), u));
    expect(await db.inscripcion.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({ userId: u.id, estado: "CONFIRMADA" });
    comoExito(await executeAction(cancelarInscripcion, { inscripcionId: r.data.id }, { user: u, db }));
    expect(await cupos(id)).toBe(0);
  });
});

describe("límites de las inscripciones sin sesión", () => {
  it(`31 inscripciones en paralelo desde una conexión con correos inventados: solo ${LIMITE_INSCRIPCION_IP.intentos} se aceptan y solo esas encolan correo`, { timeout: 120_000 }, async () => {
    const id = await nuevoTaller({ capacidad: 1000 });
    const ip = "203.0.113.31";
    const correosAntes = await db.notificacion.count();
    const resultados = await Promise.all(Array.from({ length: 31 }, (_, i) => solicitar(id, `inventado${i}@bandeja-ajena.cl`, `Bot ${i}`, ip)));
    const aceptadas = resultados.filter((r) => r.ok);
    expect(aceptadas).toHaveLength(LIMITE_INSCRIPCION_IP.intentos);
    for (const r of resultados.filter((x) => !x.ok)) expect(r).toEqual({ ok: false, error: MENSAJE_IP, fieldErrors: {} });
    expect((await db.notificacion.count()) - correosAntes).toBe(LIMITE_INSCRIPCION_IP.intentos);
    expect(await db.inscripcion.count({ where: { eventoId: id } })).toBe(LIMITE_INSCRIPCION_IP.intentos);
    expect(await cupos(id)).toBe(0);

    // The count survives the refusals: the next one from there is refused too, another address goes on.
    expect(comoError(await solicitar(id, "una-mas@bandeja-ajena.cl", "Bot", ip)).error).toBe(MENSAJE_IP);
    comoExito(await solicitar(id, "desde-otra-conexion@prueba.cl", "Persona", "203.0.113.32"));
  });

  it(`un mismo correo recibe como máximo ${LIMITE_INSCRIPCION_CORREO.intentos} inscripciones al día, aunque vengan de conexiones y talleres distintos`, async () => {
    const talleres = await Promise.all(Array.from({ length: LIMITE_INSCRIPCION_CORREO.intentos + 2 }, () => nuevoTaller()));
    const victima = "victima@prueba.cl";
    for (const id of talleres.slice(0, LIMITE_INSCRIPCION_CORREO.intentos)) comoExito(await solicitar(id, victima, "Alguien", ipNueva()));
    const antes = await estado();
    for (const id of talleres.slice(LIMITE_INSCRIPCION_CORREO.intentos)) {
      const r = comoError(await solicitar(id, victima, "Alguien", ipNueva()));
      expect(r.error).toBe(MENSAJE_CORREO);
      expect(r.fieldErrors.email).toEqual([MENSAJE_CORREO]);
    }
    expect(await estado()).toEqual(antes);
    expect(await correosA(victima)).toHaveLength(LIMITE_INSCRIPCION_CORREO.intentos);
  });

  it("sin una dirección conocida, todas las inscripciones sin sesión comparten un solo límite", async () => {
    const id = await nuevoTaller();
    for (let i = 0; i < LIMITE_INSCRIPCION_IP.intentos; i++) comoExito(await solicitar(id, `sin-ip${i}@prueba.cl`, "Persona", null));
    expect(comoError(await solicitar(id, "sin-ip-final@prueba.cl", "Persona", null)).error).toBe(MENSAJE_IP);
  });

  it("en una etapa cerrada el rechazo es el de la etapa y no gasta intentos", async () => {
    const id = await nuevoTaller();
    const ip = "203.0.113.77";
    await fijarEtapa("CIERRE");
    try {
      for (let i = 0; i < LIMITE_INSCRIPCION_IP.intentos + 2; i++) expect(comoError(await solicitar(id, "cierre@prueba.cl", "Persona", ip)).error).toMatch(/^Esta acción no está disponible en la etapa actual/);
    } finally {
      await fijarEtapa("CONVOCATORIA");
    }
    comoExito(await solicitar(id, "cierre@prueba.cl", "Persona", ip));
  });

  it("con sesión, la inscripción sigue siendo inmediata y no tiene ese límite", async () => {
    const id = await nuevoTaller({ capacidad: 5 });
    const ip = "203.0.113.99";
    const cuentas = await Promise.all(Array.from({ length: LIMITE_INSCRIPCION_IP.intentos + 2 }, () => crearUsuario(["AFILIADO"])));
    for (const [i, u] of cuentas.entries()) {
      const r = comoExito(await executeAction(inscribirseTaller, { eventoId: id, nombre: u.nombre, email: u.email }, { user: u, ip, db }));
      expect(r.data.estado).toBe(i < 5 ? "CONFIRMADA" : "LISTA_ESPERA");
      expect((await correosA(u.email)).map((c) => c.asunto)).toEqual([i < 5 ? expect.stringMatching(/^Inscripción confirmada: /) : expect.stringMatching(/^Lista de espera: /)]);
    }
    expect(await cupos(id)).toBe(5);
    expect(await db.inscripcion.count({ where: { eventoId: id, tokenHash: { not: null } } })).toBe(0);
  });
});

describe("las inscripciones por confirmar no ocupan cupo", () => {
  it("con sesión se toma el único cupo aunque haya varias por confirmar; al confirmarlas quedan en lista de espera", async () => {
    const id = await nuevoTaller({ capacidad: 1 });
    for (const x of ["p1", "p2", "p3"]) comoExito(await solicitar(id, `${x}@prueba.cl`));
    const u = await crearUsuario(["POSTULANTE"]);
    expect(comoExito(await executeAction(inscribirseTaller, { eventoId: id, nombre: u.nombre, email: u.email }, { user: u, db })).data.estado).toBe("CONFIRMADA");
    expect(comoExito(await confirmar(await tokenDe(id, "p1@prueba.cl"))).data.estado).toBe("LISTA_ESPERA");
    expect(await cupos(id)).toBe(1);
  });

  it("cancelar un cupo no lo pasa a una por confirmar: pasa a la lista de espera, o queda libre", async () => {
    const id = await nuevoTaller({ capacidad: 1 });
    const duena = await crearUsuario(["POSTULANTE"]);
    const mia = comoExito(await executeAction(inscribirseTaller, { eventoId: id, nombre: duena.nombre, email: duena.email }, { user: duena, db })).data;
    const pendiente = comoExito(await solicitar(id, "pendiente@prueba.cl")).data;
    const r = comoExito(await executeAction(cancelarInscripcion, { inscripcionId: mia.id }, { user: duena, db }));
    expect(r.data.id).toBe(mia.id);
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ promovida: null });
    expect(await db.inscripcion.findUniqueOrThrow({ where: { id: pendiente.id } })).toMatchObject({ estado: "POR_CONFIRMAR" });
    expect(await cupos(id)).toBe(0);
  });

  it("cancelar una inscripción por confirmar no libera ningún cupo ni promueve a nadie, y su enlace deja de servir", async () => {
    const id = await nuevoTaller({ capacidad: 1 });
    const a = await crearUsuario(["POSTULANTE"]);
    comoExito(await executeAction(inscribirseTaller, { eventoId: id, nombre: a.nombre, email: a.email }, { user: a, db }));
    const espera = comoExito(await inscribirYConfirmar(id, "en-espera@prueba.cl")).data;
    expect(espera.estado).toBe("LISTA_ESPERA");
    // A registration waiting for its e-mail that belongs to an account (made so directly: the actions only
    // leave anonymous ones waiting).
    const b = await crearUsuario(["POSTULANTE"]);
    const pendiente = comoExito(await solicitar(id, b.email)).data;
    const token = await tokenDe(id, b.email);
    await db.inscripcion.update({ where: { id: pendiente.id }, data: { userId: b.id } });

    comoExito(await executeAction(cancelarInscripcion, { inscripcionId: pendiente.id }, { user: b, db }));
    expect(await db.inscripcion.findUniqueOrThrow({ where: { id: pendiente.id } })).toMatchObject({ estado: "CANCELADA", tokenHash: null });
    expect(await cupos(id)).toBe(1);
    expect(await db.inscripcion.findUniqueOrThrow({ where: { id: espera.id } })).toMatchObject({ estado: "LISTA_ESPERA" });
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ estadoAnterior: "POR_CONFIRMAR", promovida: null });
    expect(comoError(await confirmar(token)).error).toBe(MENSAJE_ENLACE_NO_VALIDO);
    expect(await cupos(id)).toBe(1);
  });

  it("el equipo no marca asistencia de una inscripción por confirmar", async () => {
    const id = await nuevoTaller();
    const r = comoExito(await solicitar(id, "sin-asistencia@prueba.cl")).data;
    const antes = await estado();
    expect(comoError(await executeAction(marcarAsistencia, { inscripcionId: r.id, presente: "si" }, { user: staff, db })).error).toBe(
      "Esta inscripción aún no fue confirmada por correo: no se registra su asistencia.",
    );
    expect(await estado()).toEqual(antes);
  });
});
