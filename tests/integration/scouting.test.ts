// Scouting: staff invite a prospective applicant to a published desafío; the e-mail carries a signed
// link valid 14 days; opening it is recorded once.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { invitar } from "@/lib/scouting/actions/invitar";
import { abrirInvitacion, listarInvitaciones } from "@/lib/scouting/queries";
import { secretoInvitaciones } from "@/lib/scouting/secreto";
import { firmarInvitacion, verificarInvitacion } from "@/lib/scouting/token";
import { comoError, comoExito, esActionResult } from "../support/resultado";
import { contarAuditoria, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { MENSAJE_INESPERADO, MENSAJE_ROL } from "../support/mensajes";

let e: Escenario;
let desafio: { id: string; slug: string; titulo: string };

async function estado() {
  const [invitaciones, correos, auditoria] = await Promise.all([
    db.invitacion.findMany({ orderBy: { id: "asc" } }),
    db.notificacion.count(),
    contarAuditoria(),
  ]);
  return { invitaciones, correos, auditoria };
}

const datos = (extra: Record<string, unknown> = {}) => ({
  email: "promesa@prueba.cl",
  nombre: "Paula Promesa",
  desafioId: desafio.id,
  mensaje: "Conocimos su trabajo en Lota.",
  ...extra,
});

/** The link in the e-mail sent to `para` (the last one). */
async function enlaceEnviadoA(para: string): Promise<string> {
  const c = await db.notificacion.findFirstOrThrow({ where: { para }, orderBy: { createdAt: "desc" } });
  const m = /(https?:\/\/\S+\/invitacion\/(\S+))/.exec(c.cuerpo);
  if (!m) throw new Error(`El correo no trae el enlace: ${c.cuerpo}`);
  return m[2];
}

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("CONVOCATORIA");
  desafio = await db.desafio.findFirstOrThrow({ where: { estado: "PUBLICADO" }, orderBy: { slug: "asc" }, select: { id: true, slug: true, titulo: true } });
});

describe("scouting.invitar", () => {
  it("crea la invitación con 14 días de vigencia y encola el correo con el enlace firmado", async () => {
    const antes = Date.now();
    const auditoria = await contarAuditoria();
    const r = comoExito(await executeAction(invitar, datos({ email: " Promesa@Prueba.CL " }), { user: e.cuentas.ENCARGADO_TECNICO, db }));
    expect(r.mensaje).toMatch(/^Invitación enviada\. El enlace vence el \d+ de \w+ de \d{4}\.$/);
    const inv = await db.invitacion.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(inv).toMatchObject({ email: "promesa@prueba.cl", nombre: "Paula Promesa", desafioId: desafio.id, invitadoPorId: e.cuentas.ENCARGADO_TECNICO.id, abiertaEn: null, convocatoriaId: e.convocatoriaId });
    const dias = (inv.expiraEn.getTime() - antes) / 86_400_000;
    expect(dias).toBeGreaterThanOrEqual(14);
    expect(dias).toBeLessThan(14.01);

    const correo = await db.notificacion.findFirstOrThrow({ where: { para: "promesa@prueba.cl" } });
    expect(correo.asunto).toBe(`Invitación a postular al Fondo IDEA: ${desafio.titulo}`);
    expect(correo.cuerpo).toContain("Conocimos su trabajo en Lota.");
    expect(correo.cuerpo).toContain(`${process.env.APP_URL ?? "http://localhost:3000"}/invitacion/`);
    const token = await enlaceEnviadoA("promesa@prueba.cl");
    expect(verificarInvitacion(token, secretoInvitaciones())).toEqual({ ok: true, invitacionId: inv.id, expiraEn: inv.expiraEn });

    expect(await contarAuditoria()).toBe(auditoria + 1);
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "scouting.invitar", entidad: "Invitacion", entidadId: inv.id });
    expect(a!.datos).not.toContain("promesa");
  });

  it("abrir el enlace muestra el desafío y registra solo la primera apertura", async () => {
    comoExito(await executeAction(invitar, datos({ email: "abre@prueba.cl" }), { user: e.cuentas.ADMIN, db }));
    const token = await enlaceEnviadoA("abre@prueba.cl");
    const primera = new Date(Date.now() + 60_000);
    const r = await abrirInvitacion(token, primera, db);
    expect(r).toMatchObject({ ok: true, nombre: "Paula Promesa", desafio: { slug: desafio.slug, titulo: desafio.titulo } });
    const inv = await db.invitacion.findFirstOrThrow({ where: { email: "abre@prueba.cl" } });
    expect(inv.abiertaEn?.getTime()).toBe(primera.getTime());
    await abrirInvitacion(token, new Date(Date.now() + 120_000), db);
    expect((await db.invitacion.findFirstOrThrow({ where: { email: "abre@prueba.cl" } })).abiertaEn?.getTime()).toBe(primera.getTime());
    const fila = (await listarInvitaciones(db)).find((i) => i.id === inv.id);
    expect(fila).toMatchObject({ vencida: false, desafio: { titulo: desafio.titulo } });
  });

  it("un enlace vencido, alterado, firmado con otro secreto o de una invitación que no existe no abre nada", async () => {
    comoExito(await executeAction(invitar, datos({ email: "vence@prueba.cl" }), { user: e.admin, db }));
    const token = await enlaceEnviadoA("vence@prueba.cl");
    const inv = await db.invitacion.findFirstOrThrow({ where: { email: "vence@prueba.cl" } });
    expect(await abrirInvitacion(token, new Date(inv.expiraEn.getTime() + 1), db)).toEqual({ ok: false, motivo: "EXPIRADO" });
    expect(await abrirInvitacion(`${token.slice(0, -2)}xx`, new Date(), db)).toEqual({ ok: false, motivo: "INVALIDO" });
    expect(await abrirInvitacion(firmarInvitacion(inv.id, inv.expiraEn, "otro-secreto"), new Date(), db)).toEqual({ ok: false, motivo: "INVALIDO" });
    expect(await abrirInvitacion(firmarInvitacion("no-existe", inv.expiraEn, secretoInvitaciones()), new Date(), db)).toEqual({ ok: false, motivo: "INVALIDO" });
    // A well-signed link whose expiry is not the invitation's own (e.g. an old link) is refused.
    expect(await abrirInvitacion(firmarInvitacion(inv.id, new Date(inv.expiraEn.getTime() + 1000), secretoInvitaciones()), new Date(), db)).toEqual({ ok: false, motivo: "INVALIDO" });
    expect((await db.invitacion.findUniqueOrThrow({ where: { id: inv.id } })).abiertaEn).toBeNull();
    const fila = (await listarInvitaciones(db)).find((i) => i.id === inv.id);
    expect(fila?.abiertaEn).toBeNull();
  });

  it("si el desafío se retira de la publicación, el enlace deja de abrir", async () => {
    const otro = await db.desafio.findFirstOrThrow({ where: { estado: "PUBLICADO", id: { not: desafio.id } } });
    comoExito(await executeAction(invitar, datos({ email: "retirado@prueba.cl", desafioId: otro.id }), { user: e.admin, db }));
    const token = await enlaceEnviadoA("retirado@prueba.cl");
    await db.desafio.update({ where: { id: otro.id }, data: { estado: "BORRADOR" } });
    try {
      expect(await abrirInvitacion(token, new Date(), db)).toEqual({ ok: false, motivo: "INVALIDO" });
      // And no new invitation to it.
      const antes = await estado();
      const r = comoError(await executeAction(invitar, datos({ email: "otra@prueba.cl", desafioId: otro.id }), { user: e.admin, db }));
      expect(r.fieldErrors.desafioId).toEqual(["Seleccione un desafío publicado de la convocatoria."]);
      expect(await estado()).toEqual(antes);
    } finally {
      await db.desafio.update({ where: { id: otro.id }, data: { estado: "PUBLICADO" } });
    }
  });

  it("una segunda invitación vigente al mismo correo y desafío, un desafío inexistente o datos inválidos: error en español, nada escrito", async () => {
    comoExito(await executeAction(invitar, datos({ email: "dos@prueba.cl" }), { user: e.admin, db }));
    const antes = await estado();
    const dup = comoError(await executeAction(invitar, datos({ email: "DOS@prueba.cl" }), { user: e.admin, db }));
    expect(dup.error).toBe("Ya se envió a este correo una invitación vigente para este desafío.");
    expect(comoError(await executeAction(invitar, datos({ desafioId: "no-existe" }), { user: e.admin, db })).fieldErrors.desafioId).toEqual([
      "Seleccione un desafío publicado de la convocatoria.",
    ]);
    const malos = comoError(await executeAction(invitar, { email: "x", nombre: "", desafioId: "" }, { user: e.admin, db }));
    expect(malos.fieldErrors).toMatchObject({ email: ["Ingrese un correo electrónico válido."], nombre: ["El nombre es obligatorio."] });
    expect(await estado()).toEqual(antes);
  });

  it("una persona postulante no invita; fuera de Desarrollo del concurso y Convocatoria tampoco se puede", async () => {
    const antes = await estado();
    expect(comoError(await executeAction(invitar, datos({ email: "rol@prueba.cl" }), { user: e.cuentas.POSTULANTE, db })).error).toBe(MENSAJE_ROL);
    await fijarEtapa("SELECCION_CONTRATACION");
    try {
      expect(comoError(await executeAction(invitar, datos({ email: "etapa@prueba.cl" }), { user: e.admin, db })).error).toMatch(
        /^Esta acción no está disponible en la etapa actual \(Selección y contratación\)/,
      );
    } finally {
      await fijarEtapa("CONVOCATORIA");
    }
    expect(await estado()).toEqual(antes);
  });
});

describe("propiedad: 1.000 entradas arbitrarias a scouting.invitar como equipo FOSIS", () => {
  it("siempre un ActionResult con mensaje en español; un rechazo no escribe nada", { timeout: 300_000 }, async () => {
    const desafios = (await db.desafio.findMany({ select: { id: true } })).map((d) => d.id);
    const texto = fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 300 }), fc.constantFrom("", " ", "\u0000", "a\u0000b", "x@y.cl", "no-es-correo"));
    const valor = fc.oneof(texto, fc.integer(), fc.boolean(), fc.constant(null), fc.array(texto, { maxLength: 2 }), fc.object({ maxDepth: 1 }));
    const entrada = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record({ email: valor, nombre: valor, desafioId: fc.oneof(fc.constantFrom(...desafios), valor), mensaje: valor }),
      fc.record({ email: fc.emailAddress(), nombre: fc.string({ minLength: 1, maxLength: 60 }), desafioId: fc.constantFrom(...desafios), mensaje: fc.string({ maxLength: 2100 }) }),
    );
    let exitos = 0;
    let antes = await estado();
    await fc.assert(
      fc.asyncProperty(entrada, async (x) => {
        const r = await executeAction(invitar, x, { user: e.cuentas.ADMIN, db });
        expect(esActionResult(r)).toBe(true);
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
    expect(exitos).toBeGreaterThan(0);
  });
});
