// A ClaveÚnica account (no e-mail) adds one: cuenta.solicitarCorreo mails a signed link to the address,
// cuenta.confirmarCorreo with that link and the same account sets it. Every refusal writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { verifyAuditChain } from "@/lib/audit/log";
import { ingresarConClaveUnica } from "@/lib/auth/claveunica";
import { esCorreoProvisorio } from "@/lib/auth/claveunica-claims";
import type { SessionUser } from "@/lib/auth/session-user";
import { usuarioDeSesion } from "@/lib/auth/usuario-sesion";
import { confirmarCorreo } from "@/lib/cuentas/actions/confirmar-correo";
import { LIMITE_SOLICITUD_CORREO, solicitarCorreo } from "@/lib/cuentas/actions/solicitar-correo";
import { firmarEnlaceCorreo } from "@/lib/cuentas/enlace-correo";
import { calcularDv } from "@/lib/domain/rut";
import { secretoInvitaciones } from "@/lib/scouting/secreto";
import { firmarInvitacion } from "@/lib/scouting/token";
import { contarAuditoria, db, prepararDemo, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";

let e: Escenario;
let siguiente = 31_200_000;

/** A new ClaveÚnica account, as its session sees it. */
async function cuentaClaveUnica(): Promise<SessionUser> {
  siguiente += 7;
  const DV = calcularDv(String(siguiente));
  const r = await ingresarConClaveUnica(db, { sub: `sub-${siguiente}`, RolUnico: { numero: siguiente, DV, tipo: "RUN" }, name: { nombres: ["Ana"], apellidos: ["Afiliada"] } });
  if (!r.ok) throw new Error("no se creó la cuenta");
  const u = await usuarioDeSesion(db, { uid: r.user.id, sv: r.user.sessionVersion, sid: `s-${siguiente}`, via: "claveunica" });
  if (!u) throw new Error("sin sesión");
  return u;
}

async function enlaceEnviadoA(para: string): Promise<string> {
  const c = await db.notificacion.findFirstOrThrow({ where: { para }, orderBy: { createdAt: "desc" } });
  const m = /\/cuenta\/correo\/([A-Za-z0-9_.-]+)/.exec(c.cuerpo);
  if (!m) throw new Error(`El correo no trae el enlace: ${c.cuerpo}`);
  return m[1];
}

const correoDe = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { email: true } })).email;
const foto = async () => ({ usuarios: await db.user.findMany({ select: { id: true, email: true }, orderBy: { id: "asc" } }), correos: await db.notificacion.count(), auditoria: await contarAuditoria() });

beforeAll(async () => {
  e = await prepararDemo();
});

describe("una cuenta de ClaveÚnica agrega su correo", () => {
  it("pide el enlace, lo confirma con su sesión y el correo queda en la cuenta; auditado sin el correo", async () => {
    const u = await cuentaClaveUnica();
    expect(esCorreoProvisorio(u.email)).toBe(true);
    const antes = await contarAuditoria();
    const r = comoExito(await executeAction(solicitarCorreo, { email: " Ana.Afiliada@Prueba.CL " }, { user: u, db }));
    expect(r.mensaje).toMatch(/^Le enviamos un enlace a ana\.afiliada@prueba\.cl\. Ábralo antes del /);
    expect(await correoDe(u.id)).toBe(u.email); // nothing changes until confirmed
    const token = await enlaceEnviadoA("ana.afiliada@prueba.cl");

    const c = comoExito(await executeAction(confirmarCorreo, { token }, { user: u, db }));
    expect(c.mensaje).toBe("Listo: su correo es ana.afiliada@prueba.cl. Desde ahora le avisaremos ahí.");
    expect(await correoDe(u.id)).toBe("ana.afiliada@prueba.cl");
    const entradas = await db.auditLog.findMany({ where: { accion: { in: ["cuenta.solicitarCorreo", "cuenta.confirmarCorreo"] }, entidadId: u.id }, select: { accion: true, datos: true } });
    expect(entradas.map((a) => a.accion)).toEqual(["cuenta.solicitarCorreo", "cuenta.confirmarCorreo"]);
    for (const a of entradas) expect(a.datos).not.toContain("prueba.cl");
    expect((await contarAuditoria()) - antes).toBe(2);

    // The same link again: harmless, says so.
    const otra = await usuarioDeSesion(db, { uid: u.id, sv: 0, sid: "s-otra", via: "claveunica" });
    expect(comoExito(await executeAction(confirmarCorreo, { token }, { user: otra!, db })).mensaje).toBe("Su correo ya estaba confirmado.");
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("una cuenta que ya tiene correo no usa este camino", async () => {
    const antes = await foto();
    const r = comoError(await executeAction(solicitarCorreo, { email: "nuevo@prueba.cl" }, { user: e.cuentas.POSTULANTE, db }));
    expect(r.error).toBe("Su cuenta ya tiene un correo. Para cambiarlo, pídalo en «Mis datos personales».");
    expect(await foto()).toEqual(antes);
  });

  it("un correo mal escrito o el dominio provisorio se rechazan en español, sin enviar nada", async () => {
    const u = await cuentaClaveUnica();
    const antes = await foto();
    expect(comoError(await executeAction(solicitarCorreo, { email: "no-es-correo" }, { user: u, db })).fieldErrors.email).toEqual(["Ingrese un correo electrónico válido."]);
    const provisorio = u.email;
    expect(comoError(await executeAction(solicitarCorreo, { email: provisorio }, { user: u, db })).fieldErrors.email).toEqual(["Ingrese su propio correo electrónico."]);
    expect(await foto()).toEqual(antes);
  });

  it("el enlace de otra cuenta, uno alterado, uno vencido o uno de otro tipo no sirven, y no cambian nada", async () => {
    const ana = await cuentaClaveUnica();
    const beto = await cuentaClaveUnica();
    comoExito(await executeAction(solicitarCorreo, { email: "ana.dos@prueba.cl" }, { user: ana, db }));
    const token = await enlaceEnviadoA("ana.dos@prueba.cl");
    const antes = await foto();

    expect(comoError(await executeAction(confirmarCorreo, { token }, { user: beto, db })).error).toBe(
      "Este enlace es de otra cuenta. Ingrese con la cuenta que pidió agregar el correo.",
    );
    const [carga, firma] = token.split(".");
    const otraCarga = Buffer.from(JSON.stringify({ u: beto.id, e: "ana.dos@prueba.cl", x: Date.now() + 3_600_000 })).toString("base64url");
    for (const alterado of [`${otraCarga}.${firma}`, `${carga}.${firma.slice(0, -2)}AA`, `${carga}x.${firma}`, "a.b.c", `${carga}.${firma}.`]) {
      const r = comoError(await executeAction(confirmarCorreo, { token: alterado }, { user: beto, db }));
      expect(r.error, alterado).toBe("El enlace no es válido. Revise que lo copió completo, o pida uno nuevo en «Mi cuenta».");
    }
    expect(comoError(await executeAction(confirmarCorreo, { token: "" }, { user: beto, db })).fieldErrors.token).toEqual(["Falta el enlace de confirmación."]);
    const vencido = firmarEnlaceCorreo({ userId: ana.id, email: "ana.dos@prueba.cl", expiraEn: new Date(Date.now() - 1000) }, secretoInvitaciones());
    expect(comoError(await executeAction(confirmarCorreo, { token: vencido }, { user: ana, db })).error).toBe("El enlace venció. Pida uno nuevo en «Mi cuenta».");
    // A scouting invitation is signed with the same secret: it is not a confirmation link.
    const invitacion = firmarInvitacion(ana.id, new Date(Date.now() + 3_600_000), secretoInvitaciones());
    expect(comoError(await executeAction(confirmarCorreo, { token: invitacion }, { user: ana, db })).error).toMatch(/^El enlace no es válido\./);
    expect(await foto()).toEqual(antes);
  });

  it("un correo que ya es de otra cuenta no se confirma: solo lo sabe quien abre el enlace de ese buzón", async () => {
    const u = await cuentaClaveUnica();
    const ajeno = await correoDe(e.cuentas.POSTULANTE.id);
    // Asking answers like any other address: the asker learns nothing.
    expect(comoExito(await executeAction(solicitarCorreo, { email: ajeno }, { user: u, db })).mensaje).toMatch(/^Le enviamos un enlace a /);
    const token = await enlaceEnviadoA(ajeno);
    const antes = await foto();
    expect(comoError(await executeAction(confirmarCorreo, { token }, { user: u, db })).error).toBe(
      "Ese correo ya pertenece a otra cuenta del portal. Si esa cuenta es suya, ingrese con ella; si no, agregue otro correo.",
    );
    expect(await foto()).toEqual(antes);
  });

  it(`a lo más ${LIMITE_SOLICITUD_CORREO.intentos} enlaces al día por cuenta, aunque se pidan a la vez`, async () => {
    const u = await cuentaClaveUnica();
    const resultados = await Promise.all(Array.from({ length: 50 }, (_, i) => executeAction(solicitarCorreo, { email: `rafaga-${i}@prueba.cl` }, { user: u, db })));
    expect(resultados.filter((r) => r.ok)).toHaveLength(LIMITE_SOLICITUD_CORREO.intentos);
    expect(await db.notificacion.count({ where: { para: { startsWith: "rafaga-" } } })).toBe(LIMITE_SOLICITUD_CORREO.intentos);
    for (const r of resultados.filter((x) => !x.ok)) expect(comoError(r).error).toMatch(/^Ya pidió varios enlaces hoy\./);
  });

  it("50 confirmaciones a la vez de dos cuentas con enlaces al mismo correo: una sola cuenta lo recibe", async () => {
    const [ana, beto] = [await cuentaClaveUnica(), await cuentaClaveUnica()];
    const email = `carrera-${Date.now()}@prueba.cl`;
    const vence = new Date(Date.now() + 3_600_000);
    const token = (u: SessionUser) => firmarEnlaceCorreo({ userId: u.id, email, expiraEn: vence }, secretoInvitaciones());
    const llamadas = Array.from({ length: 50 }, (_, i) => (i % 2 ? [beto, token(beto)] : [ana, token(ana)]) as [SessionUser, string]);
    const resultados = await Promise.all(llamadas.map(([u, t]) => executeAction(confirmarCorreo, { token: t }, { user: u, db })));
    const duenos = await db.user.findMany({ where: { email }, select: { id: true } });
    expect(duenos).toHaveLength(1);
    const ganador = duenos[0].id;
    // No call of the other account succeeds; the winner's succeed or, on PostgreSQL, a few lose a write
    // conflict to its own first call (refused with the generic message, nothing written).
    for (const [i, r] of resultados.entries()) if (llamadas[i][0].id !== ganador) expect(r.ok, `llamada ${i}`).toBe(false);
    expect(resultados.some((r, i) => r.ok && llamadas[i][0].id === ganador)).toBe(true);
    expect(esCorreoProvisorio(await correoDe(ganador === ana.id ? beto.id : ana.id))).toBe(true);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
