// Talleres: staff create events; anyone registers (seat or waitlist, confirmation e-mail; without an
// account, only once the e-mailed link is confirmed: tests/integration/talleres-confirmacion.test.ts);
// a person cancels their own registration and the oldest waitlisted gets the seat; staff mark attendance.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { executeAction } from "@/lib/actions/pipeline";
import { formatearFechaHora, instanteEnSantiago } from "@/lib/domain/formato";
import { cancelarInscripcion } from "@/lib/talleres/actions/cancelar-inscripcion";
import { confirmarInscripcion } from "@/lib/talleres/actions/confirmar-inscripcion";
import { crearTaller } from "@/lib/talleres/actions/crear";
import { MENSAJE_DEMO_DAY_SIN_REGION } from "@/lib/talleres/schema";
import { inscribirseTaller } from "@/lib/talleres/actions/inscribirse";
import { marcarAsistencia } from "@/lib/talleres/actions/marcar-asistencia";
import { getTallerStaff, listarTalleresProximos, listarTalleresStaff } from "@/lib/talleres/queries";
import { ejecutarRegistrada, type AccionRegistrada } from "../support/ejecutar";
import { comoError, comoExito, esActionResult } from "../support/resultado";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { MENSAJE_INESPERADO, MENSAJE_ROL, MENSAJE_SESION } from "../support/mensajes";
import { inscribirYConfirmar, ipNueva, solicitar, tokenDe } from "../support/talleres";
import { camposTaller } from "../fixtures/acciones/talleres";

let e: Escenario;
let staff: SessionUser;

/** What a refused call must leave exactly as it was. */
async function estado() {
  const [eventos, inscripciones, asistencias, correos, auditoria] = await Promise.all([
    db.evento.findMany({ orderBy: { id: "asc" }, select: { id: true, cuposOcupados: true, capacidad: true, inicio: true } }),
    db.inscripcion.findMany({ orderBy: { id: "asc" }, select: { id: true, estado: true, userId: true, nombre: true, email: true } }),
    db.asistencia.findMany({ orderBy: { id: "asc" }, select: { id: true, presente: true, marcadaPorId: true } }),
    db.notificacion.count(),
    contarAuditoria(),
  ]);
  return { eventos, inscripciones, asistencias, correos, auditoria };
}

async function nuevoTaller(extra: Record<string, unknown> = {}, user: SessionUser = staff): Promise<string> {
  return comoExito(await executeAction(crearTaller, camposTaller(extra), { user, db })).data.id;
}

/** A registration as it ends up: with a session, at once; without one, once its e-mailed link is confirmed. */
async function inscribir(eventoId: string, email: string, user: SessionUser | null = null, nombre = "Persona Inscrita") {
  return user ? executeAction(inscribirseTaller, { eventoId, nombre, email }, { user, db }) : inscribirYConfirmar(eventoId, email, nombre);
}

const evento = (id: string) => db.evento.findUniqueOrThrow({ where: { id } });
const correosA = (para: string) => db.notificacion.findMany({ where: { para }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  e = await prepararDemo();
  staff = e.cuentas.ENCARGADO_TECNICO;
  await fijarEtapa("CONVOCATORIA");
});

describe("taller.crear", () => {
  it("el equipo crea un taller presencial; fecha y hora se leen en hora de Chile", async () => {
    const auditoria = await contarAuditoria();
    const id = await nuevoTaller({ fecha: "2099-07-15", hora: "18:30", capacidad: "12", descripcion: "  " });
    const t = await evento(id);
    expect(t).toMatchObject({ tipo: "TALLER_REGIONAL", regionCut: "08", capacidad: 12, cuposOcupados: 0, enlace: null, descripcion: "", creadoPorId: staff.id, convocatoriaId: e.convocatoriaId });
    expect(t.inicio.getTime()).toBe(instanteEnSantiago("2099-07-15", "18:30:00").getTime());
    expect(formatearFechaHora(t.inicio)).toBe("15-07-2099 18:30");
    expect(await contarAuditoria()).toBe(auditoria + 1);
    expect(await ultimaAuditoria()).toMatchObject({ accion: "taller.crear", entidad: "Evento", entidadId: id, actorId: staff.id });
  });

  it("un taller solo en línea puede no tener región; el enlace debe ser https", async () => {
    const id = await nuevoTaller({ lugar: "", regionCut: "", enlace: "https://reuniones.fosis.cl/sala/ideas", tipo: "ENCUENTRO" }, e.cuentas.ADMIN);
    expect(await evento(id)).toMatchObject({ tipo: "ENCUENTRO", regionCut: null, lugar: null, enlace: "https://reuniones.fosis.cl/sala/ideas" });
    const antes = await estado();
    for (const enlace of ["http://reuniones.fosis.cl/sala", "javascript:alert(1)", "https://", "reuniones.fosis.cl"]) {
      const r = comoError(await executeAction(crearTaller, camposTaller({ lugar: "", regionCut: "", enlace }), { user: staff, db }));
      expect(r.fieldErrors.enlace, enlace).toEqual(["El enlace debe ser una dirección https:// válida."]);
    }
    expect(await estado()).toEqual(antes);
  });

  it("sin lugar ni enlace, presencial sin región, capacidad fuera de 1–1000 o fecha pasada: errores de campo, nada escrito", async () => {
    const antes = await estado();
    const sinDonde = comoError(await executeAction(crearTaller, camposTaller({ lugar: " " }), { user: staff, db }));
    expect(sinDonde.fieldErrors.lugar).toEqual(["Indique el lugar o el enlace de la reunión en línea."]);
    const sinRegion = comoError(await executeAction(crearTaller, camposTaller({ regionCut: "" }), { user: staff, db }));
    expect(sinRegion.fieldErrors.regionCut).toEqual(["Un taller presencial necesita su región."]);
    for (const [capacidad, m] of [
      [0, "La capacidad debe ser al menos 1."],
      [1001, "La capacidad admite como máximo 1000 cupos."],
      ["2.5", "La capacidad debe ser un número entero."],
    ] as const) {
      expect(comoError(await executeAction(crearTaller, camposTaller({ capacidad }), { user: staff, db })).fieldErrors.capacidad).toEqual([m]);
    }
    const pasada = comoError(await executeAction(crearTaller, camposTaller({ fecha: "2019-05-10" }), { user: staff, db }));
    expect(pasada.fieldErrors.fecha).toEqual(["El taller debe comenzar en el futuro."]);
    const hora = comoError(await executeAction(crearTaller, camposTaller({ hora: "25:00" }), { user: staff, db }));
    expect(hora.fieldErrors.hora).toEqual(["Hora: ingrese una hora válida (HH:MM)."]);
    const otro = comoError(await executeAction(crearTaller, camposTaller({ tipo: "PREMIACION" }), { user: staff, db }));
    expect(otro.fieldErrors.tipo).toEqual(["Seleccione el tipo de evento."]);
    const demo = comoError(await executeAction(crearTaller, camposTaller({ tipo: "DEMO_DAY", regionCut: "", lugar: undefined, enlace: "https://reunion.fosis.cl/demo" }), { user: staff, db }));
    expect(demo.fieldErrors.regionCut).toEqual([MENSAJE_DEMO_DAY_SIN_REGION]);
    expect(await estado()).toEqual(antes);
  });

  it("un demo day regional se crea con el mismo formulario y lo dice en su mensaje", async () => {
    const r = comoExito(await executeAction(crearTaller, camposTaller({ tipo: "DEMO_DAY", titulo: "Demo day del Biobío" }), { user: staff, db }));
    expect(r.mensaje).toMatch(/^Demo day creado\..*jurado/);
    expect(await db.evento.findUniqueOrThrow({ where: { id: r.data.id }, select: { tipo: true, regionCut: true } })).toEqual({ tipo: "DEMO_DAY", regionCut: "08" });
  });

  it("una persona postulante o sin sesión no puede crear talleres", async () => {
    const antes = await estado();
    expect(comoError(await executeAction(crearTaller, camposTaller(), { user: e.cuentas.POSTULANTE, db })).error).toBe(MENSAJE_ROL);
    expect(comoError(await executeAction(crearTaller, camposTaller(), { user: null, db })).error).toBe(MENSAJE_SESION);
    expect(await estado()).toEqual(antes);
  });
});

describe("taller.inscribirse", () => {
  it("sin sesión: POR_CONFIRMAR sin cupo y un correo con el enlace; al confirmarlo, CONFIRMADA, ocupa un cupo y encola el correo de confirmación", async () => {
    const id = await nuevoTaller({ capacidad: 2, titulo: "Taller con dos cupos" });
    const r = comoExito(await solicitar(id, "  Ana.Anonima@Prueba.CL ", "Ana Anónima"));
    expect(r.data.estado).toBe("POR_CONFIRMAR");
    expect(r.mensaje).toMatch(/^Le enviamos un correo a ana\.anonima@prueba\.cl\. Abra el enlace para confirmar su inscripción/);
    expect(await db.inscripcion.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({ email: "ana.anonima@prueba.cl", nombre: "Ana Anónima", estado: "POR_CONFIRMAR", userId: null });
    expect((await evento(id)).cuposOcupados).toBe(0);
    expect((await correosA("ana.anonima@prueba.cl")).map((c) => c.asunto)).toEqual(["Confirme su inscripción: Taller con dos cupos"]);

    const c = comoExito(await executeAction(confirmarInscripcion, { token: await tokenDe(id, "ana.anonima@prueba.cl") }, { user: null, db }));
    expect(c.data).toEqual({ id: r.data.id, eventoId: id, estado: "CONFIRMADA" });
    expect(c.mensaje).toBe("Inscripción confirmada. Le enviamos un correo con los detalles.");
    const ins = await db.inscripcion.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(ins).toMatchObject({ email: "ana.anonima@prueba.cl", nombre: "Ana Anónima", estado: "CONFIRMADA", userId: null, confirmarAntes: null });
    expect((await evento(id)).cuposOcupados).toBe(1);
    const [, correo] = await correosA("ana.anonima@prueba.cl");
    expect(correo.asunto).toBe("Inscripción confirmada: Taller con dos cupos");
    expect(correo.cuerpo).toContain("Hola, Ana Anónima:");
    expect(correo.cuerpo).toContain("Biblioteca Municipal de Concepción");
    expect(correo.cuerpo).toContain(`/talleres/${id}`);
    // The audit keeps no name or e-mail.
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "taller.confirmarInscripcion", entidad: "Inscripcion", entidadId: ins.id, actorId: null });
    expect(a!.datos).not.toContain("ana");
  });

  it("el mismo correo dos veces (sin importar mayúsculas) es un error en español y no escribe", async () => {
    const id = await nuevoTaller({ capacidad: 5 });
    comoExito(await inscribir(id, "repetida@prueba.cl"));
    const antes = await estado();
    for (const r of [await solicitar(id, "REPETIDA@prueba.cl"), await executeAction(inscribirseTaller, { eventoId: id, nombre: "Otra", email: "repetida@prueba.cl" }, { user: null, ip: ipNueva(), db })]) {
      expect(comoError(r).error).toBe("Este correo ya está inscrito en el taller.");
      expect(comoError(r).fieldErrors.email).toEqual(["Este correo ya está inscrito en el taller."]);
    }
    expect(await estado()).toEqual(antes);
  });

  it("sin cupos: LISTA_ESPERA, sin ocupar cupo, con correo de lista de espera", async () => {
    const id = await nuevoTaller({ capacidad: 1, titulo: "Taller de un cupo" });
    comoExito(await inscribir(id, "primera@prueba.cl"));
    const r = comoExito(await inscribir(id, "segunda@prueba.cl", null, "Segunda Persona"));
    expect(r.data.estado).toBe("LISTA_ESPERA");
    expect(r.mensaje).toMatch(/^No quedan cupos: quedó en la lista de espera/);
    expect((await evento(id)).cuposOcupados).toBe(1);
    const [, correo] = await correosA("segunda@prueba.cl");
    expect(correo.asunto).toBe("Lista de espera: Taller de un cupo");
  });

  it("con sesión, la inscripción es inmediata, con el correo de la cuenta (no el escrito) y ligada a ella", async () => {
    const id = await nuevoTaller();
    const u = e.cuentas.POSTULANTE;
    const r = comoExito(await inscribir(id, "otra.direccion@prueba.cl", u));
    expect(r.data.estado).toBe("CONFIRMADA");
    expect(await db.inscripcion.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({ userId: u.id, email: u.email, estado: "CONFIRMADA", tokenHash: null });
    expect((await correosA(u.email)).at(-1)).toMatchObject({ userId: u.id, asunto: expect.stringMatching(/^Inscripción confirmada: /) });
    expect(await correosA("otra.direccion@prueba.cl")).toEqual([]);
  });

  it("un taller inexistente, de otra convocatoria o ya comenzado no admite inscripciones; nada se escribe", async () => {
    const id = await nuevoTaller();
    await db.evento.update({ where: { id }, data: { inicio: new Date(Date.now() - 60_000) } });
    const antes = await estado();
    expect(comoError(await solicitar(id, "tarde@prueba.cl")).error).toBe("Este taller ya comenzó: no admite nuevas inscripciones.");
    expect(comoError(await inscribir(id, e.cuentas.POSTULANTE.email, e.cuentas.POSTULANTE)).error).toBe("Este taller ya comenzó: no admite nuevas inscripciones.");
    expect(comoError(await solicitar("no-existe", "x@prueba.cl")).error).toBe("El taller no existe.");
    const malos = comoError(await executeAction(inscribirseTaller, { eventoId: id, nombre: " ", email: "no-es-correo" }, { user: null, db }));
    expect(malos.fieldErrors).toMatchObject({ nombre: ["El nombre es obligatorio."], email: ["Ingrese un correo electrónico válido."] });
    expect(await estado()).toEqual(antes);
  });

  it("en Cierre no hay inscripciones", async () => {
    const id = await nuevoTaller();
    const antes = await estado();
    await fijarEtapa("CIERRE");
    try {
      expect(comoError(await solicitar(id, "cierre@prueba.cl")).error).toMatch(/^Esta acción no está disponible en la etapa actual \(Cierre\)/);
    } finally {
      await fijarEtapa("CONVOCATORIA");
    }
    expect(await estado()).toEqual(antes);
  });
});

describe("taller.cancelarInscripcion", () => {
  it("cancelar un cupo confirmado lo pasa a la persona que más ha esperado, con un correo; el cupo sigue ocupado", async () => {
    const id = await nuevoTaller({ capacidad: 1, titulo: "Taller con espera" });
    const duena = await crearUsuario(["POSTULANTE"]);
    const mia = comoExito(await inscribir(id, duena.email, duena)).data;
    const primera = comoExito(await inscribir(id, "espera1@prueba.cl", null, "Espera Uno")).data;
    const segunda = comoExito(await inscribir(id, "espera2@prueba.cl", null, "Espera Dos")).data;
    expect([mia.estado, primera.estado, segunda.estado]).toEqual(["CONFIRMADA", "LISTA_ESPERA", "LISTA_ESPERA"]);

    const r = comoExito(await executeAction(cancelarInscripcion, { inscripcionId: mia.id }, { user: duena, db }));
    expect(r.mensaje).toBe("Su inscripción fue cancelada.");
    const estados = Object.fromEntries((await db.inscripcion.findMany({ where: { eventoId: id } })).map((i) => [i.id, i.estado]));
    expect(estados).toEqual({ [mia.id]: "CANCELADA", [primera.id]: "CONFIRMADA", [segunda.id]: "LISTA_ESPERA" });
    expect((await evento(id)).cuposOcupados).toBe(1);
    const correos = await correosA("espera1@prueba.cl");
    expect(correos.map((c) => c.asunto)).toEqual(["Confirme su inscripción: Taller con espera", "Lista de espera: Taller con espera", "Se liberó un cupo: Taller con espera"]);
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ estadoAnterior: "CONFIRMADA", promovida: primera.id });

    // Registering again with the same e-mail reuses the cancelled row, at the end of the queue.
    const otra = comoExito(await inscribir(id, duena.email, duena)).data;
    expect(otra).toMatchObject({ id: mia.id, estado: "LISTA_ESPERA" });
  });

  it("sin lista de espera, cancelar libera el cupo; cancelar una en espera no toca los cupos", async () => {
    const id = await nuevoTaller({ capacidad: 1 });
    const a = await crearUsuario(["POSTULANTE"]);
    const b = await crearUsuario(["AFILIADO"]);
    const ia = comoExito(await inscribir(id, a.email, a)).data;
    const ib = comoExito(await inscribir(id, b.email, b)).data;
    comoExito(await executeAction(cancelarInscripcion, { inscripcionId: ib.id }, { user: b, db }));
    expect((await evento(id)).cuposOcupados).toBe(1);
    comoExito(await executeAction(cancelarInscripcion, { inscripcionId: ia.id }, { user: a, db }));
    expect((await evento(id)).cuposOcupados).toBe(0);
  });

  it("nadie cancela una inscripción ajena, ni sin sesión, ni una ya cancelada: nada se escribe", async () => {
    const id = await nuevoTaller({ capacidad: 1 });
    const duena = await crearUsuario(["POSTULANTE"]);
    const otra = await crearUsuario(["POSTULANTE"]);
    const ins = comoExito(await inscribir(id, duena.email, duena)).data;
    comoExito(await inscribir(id, "esperando@prueba.cl"));
    const antes = await estado();
    expect(comoError(await executeAction(cancelarInscripcion, { inscripcionId: ins.id }, { user: otra, db })).error).toBe("La inscripción no existe o ya fue cancelada.");
    // Not even staff: it is the person's own decision.
    expect(comoError(await executeAction(cancelarInscripcion, { inscripcionId: ins.id }, { user: e.admin, db })).error).toBe("La inscripción no existe o ya fue cancelada.");
    expect(comoError(await executeAction(cancelarInscripcion, { inscripcionId: ins.id }, { user: null, db })).error).toBe(MENSAJE_SESION);
    expect(await estado()).toEqual(antes);
    comoExito(await executeAction(cancelarInscripcion, { inscripcionId: ins.id }, { user: duena, db }));
    const despues = await estado();
    expect(comoError(await executeAction(cancelarInscripcion, { inscripcionId: ins.id }, { user: duena, db })).error).toBe("La inscripción no existe o ya fue cancelada.");
    expect(await estado()).toEqual(despues);
  });
});

describe("taller.marcarAsistencia", () => {
  it("el equipo marca presente y luego ausente; queda quién y cuándo", async () => {
    const id = await nuevoTaller();
    const ins = comoExito(await inscribir(id, "asiste@prueba.cl")).data;
    comoExito(await executeAction(marcarAsistencia, { inscripcionId: ins.id, presente: "si" }, { user: staff, db }));
    expect(await db.asistencia.findUniqueOrThrow({ where: { inscripcionId: ins.id } })).toMatchObject({ presente: true, marcadaPorId: staff.id });
    const r = comoExito(await executeAction(marcarAsistencia, { inscripcionId: ins.id, presente: "no" }, { user: e.cuentas.ADMIN, db }));
    expect(r.mensaje).toBe("Asistencia registrada: ausente.");
    expect(await db.asistencia.findUniqueOrThrow({ where: { inscripcionId: ins.id } })).toMatchObject({ presente: false, marcadaPorId: e.cuentas.ADMIN.id });
    expect(await db.asistencia.count({ where: { inscripcionId: ins.id } })).toBe(1);
    const t = await getTallerStaff(id, staff, db);
    expect(t?.inscripciones.find((i) => i.id === ins.id)?.asistencia).toMatchObject({ presente: false });
  });

  it("una inscripción cancelada o inexistente, o una persona sin rol de equipo: rechazado sin escribir", async () => {
    const id = await nuevoTaller();
    const u = await crearUsuario(["POSTULANTE"]);
    const ins = comoExito(await inscribir(id, u.email, u)).data;
    comoExito(await executeAction(cancelarInscripcion, { inscripcionId: ins.id }, { user: u, db }));
    const antes = await estado();
    expect(comoError(await executeAction(marcarAsistencia, { inscripcionId: ins.id, presente: "si" }, { user: staff, db })).error).toBe(
      "Esta inscripción fue cancelada: no se registra su asistencia.",
    );
    expect(comoError(await executeAction(marcarAsistencia, { inscripcionId: "no-existe", presente: "si" }, { user: staff, db })).error).toBe("La inscripción no existe.");
    expect(comoError(await executeAction(marcarAsistencia, { inscripcionId: ins.id, presente: "si" }, { user: u, db })).error).toBe(MENSAJE_ROL);
    expect(comoError(await executeAction(marcarAsistencia, { inscripcionId: ins.id, presente: "quizás" }, { user: staff, db })).fieldErrors.presente).toEqual([
      "Indique si la persona asistió.",
    ]);
    expect(await estado()).toEqual(antes);
  });
});

describe("consultas", () => {
  it("la lista pública muestra solo los próximos, y el filtro por región incluye los en línea", async () => {
    const enBiobio = await nuevoTaller({ regionCut: "08", titulo: "En Biobío" });
    const enLinea = await nuevoTaller({ lugar: "", regionCut: "", enlace: "https://reuniones.fosis.cl/x", titulo: "En línea" });
    const enMagallanes = await nuevoTaller({ regionCut: "12", titulo: "En Magallanes" });
    const pasado = await nuevoTaller({ regionCut: "08", titulo: "Pasado" });
    await db.evento.update({ where: { id: pasado }, data: { inicio: new Date(Date.now() - 1000) } });
    const todos = (await listarTalleresProximos({}, db)).map((t) => t.id);
    expect(todos).toEqual(expect.arrayContaining([enBiobio, enLinea, enMagallanes]));
    expect(todos).not.toContain(pasado);
    const biobio = (await listarTalleresProximos({ region: "08" }, db)).map((t) => t.id);
    expect(biobio).toEqual(expect.arrayContaining([enBiobio, enLinea]));
    expect(biobio).not.toContain(enMagallanes);
  });

  it("la lista del equipo cuenta confirmadas, en espera y presentes", async () => {
    const id = await nuevoTaller({ capacidad: 1 });
    const uno = comoExito(await inscribir(id, "c1@prueba.cl")).data;
    comoExito(await inscribir(id, "c2@prueba.cl"));
    comoExito(await inscribir(id, "c3@prueba.cl"));
    comoExito(await executeAction(marcarAsistencia, { inscripcionId: uno.id, presente: "si" }, { user: staff, db }));
    // One that never confirmed its e-mail: counted apart, holding no seat.
    comoExito(await solicitar(id, "c4@prueba.cl"));
    const fila = (await listarTalleresStaff(db)).find((t) => t.id === id);
    expect(fila).toMatchObject({ confirmadas: 1, enEspera: 2, porConfirmar: 1, presentes: 1, cuposOcupados: 1, capacidad: 1 });
  });
});

// 1,000 arbitrary inputs per action, as an allowed role in an allowed etapa: always an ActionResult
// with a Spanish message (never an unexpected error), and a refusal leaves everything as it was.
describe("propiedades: 1.000 entradas arbitrarias por acción", () => {
  const texto = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.constantFrom("", " ", "si", "no", "true", "on", "\u0000", "a\u0000b", "2099-01-01", "2019-02-30", "23:59", "24:00", "https://x.cl", "http://x.cl", "TALLER_REGIONAL", "08", "99", "0", "1000", "1001", "-1", "1e3"),
  );
  const valor = fc.oneof(texto, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(texto, { maxLength: 2 }), fc.object({ maxDepth: 1 }));

  async function propiedad(nombre: string, def: AccionRegistrada, user: SessionUser | null, entrada: fc.Arbitrary<unknown>) {
    let exitos = 0;
    let antes = await estado();
    await fc.assert(
      fc.asyncProperty(entrada, async (x) => {
        let r: unknown;
        try {
          // Each run from its own address: the per-connection limit is tested in talleres-confirmacion.test.ts.
          r = await ejecutarRegistrada(def, x, { user, ip: ipNueva(), db });
        } catch (error) {
          throw new Error(`${nombre} lanzó en vez de devolver un resultado: ${String(error)}`);
        }
        expect(esActionResult(r)).toBe(true);
        if (!esActionResult(r)) return;
        if (r.ok) {
          exitos += 1;
          antes = await estado();
          return;
        }
        expect(r.error, JSON.stringify(x)).not.toBe(MENSAJE_INESPERADO);
        for (const m of [r.error, ...Object.values(r.fieldErrors).flat()]) expect(m).not.toMatch(/\b(invalid|expected|required|received)\b/i);
        expect(await estado()).toEqual(antes);
      }),
      { numRuns: 1000 },
    );
    return exitos;
  }

  it("taller.crear", { timeout: 300_000 }, async () => {
    const base = camposTaller();
    const claves = Object.keys({ ...base, enlace: "" });
    const entrada = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.dictionary(fc.constantFrom(...claves), valor),
      fc.tuple(fc.constantFrom(...claves), valor).map(([k, v]) => ({ ...base, [k]: v })),
      fc.record({ capacidad: fc.integer({ min: -5, max: 1200 }), hora: fc.constantFrom("00:00", "09:15", "23:59"), regionCut: fc.constantFrom("", "08", "13", "99") }).map((v) => ({ ...base, ...v })),
    );
    expect(await propiedad("taller.crear", crearTaller, staff, entrada)).toBeGreaterThan(0);
  });

  it("taller.inscribirse (sin sesión)", { timeout: 300_000 }, async () => {
    const ids = [await nuevoTaller({ capacidad: 3 }), await nuevoTaller({ capacidad: 1000 })];
    const entrada = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record({ eventoId: fc.oneof(fc.constantFrom(...ids), texto), nombre: valor, email: valor }),
      fc.record({ eventoId: fc.constantFrom(...ids), nombre: fc.string({ minLength: 1, maxLength: 40 }), email: fc.emailAddress() }),
    );
    const pedidos = () => db.notificacion.count({ where: { asunto: { startsWith: "Confirme su inscripción" } } });
    const correosAntes = await pedidos();
    expect(await propiedad("taller.inscribirse", inscribirseTaller, null, entrada)).toBeGreaterThan(0);
    // Without a session nothing takes a seat before the e-mail is confirmed; one link mailed per registration.
    for (const id of ids) expect((await evento(id)).cuposOcupados).toBe(0);
    const porConfirmar = await db.inscripcion.count({ where: { eventoId: { in: ids }, estado: "POR_CONFIRMAR" } });
    expect(await db.inscripcion.count({ where: { eventoId: { in: ids } } })).toBe(porConfirmar);
    expect((await pedidos()) - correosAntes).toBe(porConfirmar);
  });

  it("taller.confirmarInscripcion", { timeout: 300_000 }, async () => {
    const id = await nuevoTaller({ capacidad: 3 });
    const tokens: string[] = [];
    for (let i = 0; i < 6; i++) {
      comoExito(await solicitar(id, `por-confirmar${i}@prueba.cl`));
      tokens.push(await tokenDe(id, `por-confirmar${i}@prueba.cl`));
    }
    const base64url = fc.string({ unit: fc.constantFrom(..."ABCxyz019-_"), minLength: 43, maxLength: 43 });
    const entrada = fc.oneof(fc.anything({ maxDepth: 2 }), fc.record({ token: fc.oneof(fc.constantFrom(...tokens), base64url, texto, valor) }));
    expect(await propiedad("taller.confirmarInscripcion", confirmarInscripcion, null, entrada)).toBe(6);
    // Seats never exceed capacity, and match the confirmed registrations.
    const t = await evento(id);
    expect(t.cuposOcupados).toBe(3);
    expect(await db.inscripcion.count({ where: { eventoId: id, estado: "CONFIRMADA" } })).toBe(3);
    expect(await db.inscripcion.count({ where: { eventoId: id, estado: "LISTA_ESPERA" } })).toBe(3);
  });

  it("taller.cancelarInscripcion (la propia)", { timeout: 300_000 }, async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const id = await nuevoTaller({ capacidad: 20 });
    const propias: string[] = [];
    // An account registers with its own e-mail, once per taller: these 40 of several addresses are made
    // its own directly (as if confirmed while signed in with each address).
    for (let i = 0; i < 40; i++) propias.push(comoExito(await inscribir(id, `propia${i}@prueba.cl`)).data.id);
    await db.inscripcion.updateMany({ where: { id: { in: propias } }, data: { userId: u.id } });
    const ajena = comoExito(await inscribir(id, "ajena@prueba.cl")).data.id;
    const entrada = fc.oneof(fc.anything({ maxDepth: 2 }), fc.record({ inscripcionId: fc.oneof(fc.constantFrom(...propias, ajena), texto, valor) }));
    expect(await propiedad("taller.cancelarInscripcion", cancelarInscripcion, u, entrada)).toBeGreaterThan(0);
    const t = await evento(id);
    expect(t.cuposOcupados).toBe(await db.inscripcion.count({ where: { eventoId: id, estado: "CONFIRMADA" } }));
    expect((await db.inscripcion.findUniqueOrThrow({ where: { id: ajena } })).estado).not.toBe("CANCELADA");
  });

  it("taller.marcarAsistencia", { timeout: 300_000 }, async () => {
    const id = await nuevoTaller({ capacidad: 5 });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(comoExito(await inscribir(id, `asistente${i}@prueba.cl`)).data.id);
    const entrada = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record({ inscripcionId: fc.oneof(fc.constantFrom(...ids), texto), presente: valor }),
      fc.record({ inscripcionId: fc.constantFrom(...ids), presente: fc.constantFrom("si", "no", true, false) }),
    );
    expect(await propiedad("taller.marcarAsistencia", marcarAsistencia, staff, entrada)).toBeGreaterThan(0);
  });
});
