// ClaveÚnica sign-in → our account, keyed on the RUN (lib/auth/claveunica.ts), against a real database:
// find, verify, create, refuse, and the typed-RUT account that loses its RUT to the verified holder.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { verifyAuditChain } from "@/lib/audit/log";
import { ingresarConClaveUnica, ROL_VERIFICADO } from "@/lib/auth/claveunica";
import { esCorreoProvisorio } from "@/lib/auth/claveunica-claims";
import { usuarioDeSesion } from "@/lib/auth/usuario-sesion";
import { registrar } from "@/lib/cuentas/actions/registrar";
import { calcularDv } from "@/lib/domain/rut";
import { db, prepararDemo } from "../support/escenario";
import { comoExito } from "../support/resultado";

// RUN bodies of this file only (the demo uses others): each test takes its own.
let siguiente = 30_100_000;
function nuevoRun(): { numero: number; DV: string; rut: string } {
  siguiente += 7;
  const DV = calcularDv(String(siguiente));
  return { numero: siguiente, DV, rut: `${siguiente}-${DV}` };
}

const claims = (r: { numero: number; DV: string }, sub = `sub-${r.numero}`, extra: Record<string, unknown> = {}) => ({
  sub,
  RolUnico: { numero: r.numero, DV: r.DV, tipo: "RUN" },
  name: { nombres: ["Rosa", "Elena"], apellidos: ["Fuentes", "Araya"] },
  ...extra,
});

async function cuenta(id: string) {
  return db.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, email: true, nombre: true, rut: true, rutVerificado: true, claveUnicaSub: true, sessionVersion: true, passwordHash: true, roles: { select: { rol: true } } },
  });
}

const roles = (u: { roles: { rol: string }[] }) => u.roles.map((r) => r.rol).sort();

async function auditoriasDesde(id: number) {
  return db.auditLog.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" }, select: { accion: true, actorId: true, entidadId: true, datos: true } });
}

async function ultimoId(): Promise<number> {
  return (await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
}

/** A password account whose RUT was only typed at sign-up. */
async function cuentaConRutEscrito(rut: string | null, email = `escrito-${Math.random().toString(36).slice(2)}@prueba.cl`) {
  return db.user.create({
    data: { email, nombre: "Cuenta con RUT escrito", rut, passwordHash: "hash-de-prueba", roles: { create: [{ rol: "POSTULANTE" }] } },
    select: { id: true, sessionVersion: true },
  });
}

beforeAll(async () => {
  await prepararDemo();
});

describe("ingreso con ClaveÚnica: la cuenta se encuentra por el RUN", () => {
  it("un RUN sin cuenta crea una, verificada, con AFILIADO, nombre de los claims y correo provisorio; auditado sin el RUT", async () => {
    const run = nuevoRun();
    const desde = await ultimoId();
    const r = await ingresarConClaveUnica(db, claims(run));
    expect(r).toMatchObject({ ok: true, caso: "CREADA", rolOtorgado: true, rutLiberadoDe: null });
    if (!r.ok) return;
    const u = await cuenta(r.user.id);
    expect(u).toMatchObject({ nombre: "Rosa Elena Fuentes Araya", rut: run.rut, rutVerificado: true, claveUnicaSub: `sub-${run.numero}`, passwordHash: null, sessionVersion: 0 });
    expect(esCorreoProvisorio(u.email)).toBe(true);
    expect(roles(u)).toEqual(["AFILIADO", "POSTULANTE"]);
    const a = await auditoriasDesde(desde);
    expect(a).toEqual([{ accion: "claveunica.crearCuenta", actorId: u.id, entidadId: u.id, datos: expect.any(String) }]);
    expect(a[0].datos).not.toContain(String(run.numero));
    expect(JSON.parse(a[0].datos)).toEqual({ correo: "PROVISORIO", roles: ["POSTULANTE", ROL_VERIFICADO] });

    // The session user carries the verification, and says this session came from ClaveÚnica.
    const sesion = await usuarioDeSesion(db, { uid: u.id, sv: r.user.sessionVersion, sid: "s-creada", via: "claveunica" });
    expect(sesion).toMatchObject({ id: u.id, rutVerificado: true, ingresoClaveUnica: true });
    expect(sesion?.roles.sort()).toEqual(["AFILIADO", "POSTULANTE"]);
  });

  it("el mismo RUN vuelve a la misma cuenta, aunque ClaveÚnica cambie el sub; la sesión no se invalida", async () => {
    const run = nuevoRun();
    const primera = await ingresarConClaveUnica(db, claims(run, "sub-original"));
    if (!primera.ok) throw new Error("no creó la cuenta");
    const usuarios = await db.user.count();
    const desde = await ultimoId();
    const segunda = await ingresarConClaveUnica(db, claims(run, "sub-nuevo"));
    expect(segunda).toMatchObject({ ok: true, caso: "EXISTENTE", user: { id: primera.user.id, sessionVersion: 0 }, rolOtorgado: false });
    expect(await db.user.count()).toBe(usuarios);
    expect((await cuenta(primera.user.id)).claveUnicaSub).toBe("sub-nuevo");
    expect((await auditoriasDesde(desde)).map((x) => x.accion)).toEqual(["claveunica.ingresar"]);
  });

  it("un DV que no corresponde se rechaza: nada se crea, el rechazo queda auditado", async () => {
    const run = nuevoRun();
    const malo = run.DV === "1" ? "2" : "1";
    const usuarios = await db.user.count();
    const desde = await ultimoId();
    expect(await ingresarConClaveUnica(db, claims({ numero: run.numero, DV: malo }))).toEqual({ ok: false, error: "claveunica-datos" });
    expect(await ingresarConClaveUnica(db, { sub: "x", name: { nombres: ["Sin"], apellidos: ["RUN"] } })).toEqual({ ok: false, error: "claveunica-datos" });
    expect(await db.user.count()).toBe(usuarios);
    expect(await db.user.findUnique({ where: { rut: run.rut } })).toBeNull();
    const a = await auditoriasDesde(desde);
    expect(a.map((x) => [x.accion, JSON.parse(x.datos).motivo])).toEqual([
      ["claveunica.rechazar", "CLAIMS_DV"],
      ["claveunica.rechazar", "CLAIMS_FORMATO"],
    ]);
  });

  it("una cuenta con ese RUN escrito al registrarse queda verificada: AFILIADO, sin contraseña (quien escribió el RUN pudo no ser su titular) y sus sesiones anteriores terminan", async () => {
    const run = nuevoRun();
    const t = await cuentaConRutEscrito(run.rut);
    const tokenAntiguo = { uid: t.id, sv: t.sessionVersion, sid: "s-password" };
    expect(await usuarioDeSesion(db, tokenAntiguo)).toMatchObject({ rutVerificado: false, ingresoClaveUnica: false });
    const desde = await ultimoId();

    const r = await ingresarConClaveUnica(db, claims(run));
    expect(r).toMatchObject({ ok: true, caso: "VERIFICADA", user: { id: t.id, sessionVersion: t.sessionVersion + 1 }, rolOtorgado: true, rutLiberadoDe: null });
    const u = await cuenta(t.id);
    expect(u).toMatchObject({ rut: run.rut, rutVerificado: true, nombre: "Cuenta con RUT escrito", passwordHash: null });
    expect(roles(u)).toEqual(["AFILIADO", "POSTULANTE"]);
    // The session opened with the password before the verification is over.
    expect(await usuarioDeSesion(db, tokenAntiguo)).toBeNull();
    const a = await auditoriasDesde(desde);
    expect(a.map((x) => [x.accion, x.actorId, x.entidadId])).toEqual([["claveunica.verificarCuenta", t.id, t.id]]);
    expect(JSON.parse(a[0].datos)).toEqual({ desde: "RUT_DEL_REGISTRO", quitaContrasena: true, reemplazaRutEscrito: false, otorga: "AFILIADO" });
  });

  it("ya AFILIADO: se verifica sin otorgar el rol de nuevo", async () => {
    const run = nuevoRun();
    const t = await cuentaConRutEscrito(run.rut);
    await db.userRol.create({ data: { userId: t.id, rol: "AFILIADO" } });
    const r = await ingresarConClaveUnica(db, claims(run));
    expect(r).toMatchObject({ ok: true, caso: "VERIFICADA", rolOtorgado: false });
    expect(roles(await cuenta(t.id))).toEqual(["AFILIADO", "POSTULANTE"]);
  });

  it("un RUT escrito en el registro nunca verifica por sí solo", async () => {
    const run = nuevoRun();
    comoExito(
      await executeAction(
        registrar,
        { nombre: "Registro Normal", email: `registro-${run.numero}@prueba.cl`, rut: run.rut, password: "una clave larga 123", confirmacion: "una clave larga 123", aceptaPrivacidad: "on" },
        { user: null, db },
      ),
    );
    const u = await db.user.findUniqueOrThrow({ where: { rut: run.rut }, select: { id: true, rutVerificado: true, roles: { select: { rol: true } } } });
    expect(u.rutVerificado).toBe(false);
    expect(roles(u)).toEqual(["POSTULANTE"]);
    expect(await usuarioDeSesion(db, { uid: u.id, sv: 0, sid: "s-registro" })).toMatchObject({ rutVerificado: false });
  });
});

describe("ingreso con ClaveÚnica con una sesión abierta (verificar desde /cuenta)", () => {
  it("el RUN va a la cuenta de la sesión; otra cuenta que solo lo tenía escrito lo pierde, auditado", async () => {
    const run = nuevoRun();
    const otroEscrito = nuevoRun();
    const s = await cuentaConRutEscrito(otroEscrito.rut);
    const t = await cuentaConRutEscrito(run.rut);
    const desde = await ultimoId();

    const r = await ingresarConClaveUnica(db, claims(run), { sesionUserId: s.id });
    expect(r).toMatchObject({ ok: true, caso: "VERIFICADA", user: { id: s.id }, rutLiberadoDe: t.id, rolOtorgado: true });
    expect(await cuenta(s.id)).toMatchObject({ rut: run.rut, rutVerificado: true });
    expect(await cuenta(t.id)).toMatchObject({ rut: null, rutVerificado: false });
    const a = await auditoriasDesde(desde);
    expect(a.map((x) => [x.accion, x.actorId, x.entidadId])).toEqual([
      ["claveunica.liberarRut", s.id, t.id],
      ["claveunica.verificarCuenta", s.id, s.id],
    ]);
    expect(JSON.parse(a[1].datos)).toMatchObject({ desde: "SESION_ABIERTA", reemplazaRutEscrito: true });
    // The typed RUT the session's account had is free now; the account that lost its RUT can type another.
    expect(await db.user.findUnique({ where: { rut: otroEscrito.rut } })).toBeNull();
  });

  it("una cuenta sin RUT con sesión abierta recibe el RUN verificado", async () => {
    const run = nuevoRun();
    const s = await cuentaConRutEscrito(null);
    const r = await ingresarConClaveUnica(db, claims(run), { sesionUserId: s.id });
    expect(r).toMatchObject({ ok: true, caso: "VERIFICADA", user: { id: s.id } });
    expect(await cuenta(s.id)).toMatchObject({ rut: run.rut, rutVerificado: true });
  });

  it("si el RUN ya está verificado en otra cuenta, se rechaza y nada cambia: una persona, una cuenta", async () => {
    const run = nuevoRun();
    const v = await ingresarConClaveUnica(db, claims(run));
    if (!v.ok) throw new Error("no creó la cuenta");
    const s = await cuentaConRutEscrito(nuevoRun().rut);
    const antes = await cuenta(s.id);
    const desde = await ultimoId();
    expect(await ingresarConClaveUnica(db, claims(run), { sesionUserId: s.id })).toEqual({ ok: false, error: "claveunica-otra-cuenta" });
    expect(await cuenta(s.id)).toEqual(antes);
    expect(await cuenta(v.user.id)).toMatchObject({ rut: run.rut, rutVerificado: true });
    const a = await auditoriasDesde(desde);
    expect(a.map((x) => [x.accion, x.actorId])).toEqual([["claveunica.rechazar", s.id]]);
    expect(JSON.parse(a[0].datos)).toEqual({ motivo: "RUN_VERIFICADO_EN_OTRA_CUENTA", cuentaVerificada: v.user.id });
  });

  it("una cuenta ya verificada con otro RUN no cambia de persona", async () => {
    const mio = nuevoRun();
    const ajeno = nuevoRun();
    const v = await ingresarConClaveUnica(db, claims(mio));
    if (!v.ok) throw new Error("no creó la cuenta");
    expect(await ingresarConClaveUnica(db, claims(ajeno), { sesionUserId: v.user.id })).toEqual({ ok: false, error: "claveunica-otro-run" });
    expect(await cuenta(v.user.id)).toMatchObject({ rut: mio.rut });
    expect(await db.user.findUnique({ where: { rut: ajeno.rut } })).toBeNull();
  });

  it("con la sesión de la misma cuenta verificada es un ingreso normal", async () => {
    const run = nuevoRun();
    const v = await ingresarConClaveUnica(db, claims(run));
    if (!v.ok) throw new Error("no creó la cuenta");
    expect(await ingresarConClaveUnica(db, claims(run), { sesionUserId: v.user.id })).toMatchObject({ ok: true, caso: "EXISTENTE", user: { id: v.user.id } });
  });
});

describe("concurrencia y bitácora", () => {
  it("8 ingresos simultáneos con un RUN nuevo dejan exactamente una cuenta", async () => {
    const run = nuevoRun();
    const rs = await Promise.all(Array.from({ length: 8 }, () => ingresarConClaveUnica(db, claims(run))));
    expect(rs.every((r) => r.ok)).toBe(true);
    const ids = new Set(rs.map((r) => (r.ok ? r.user.id : null)));
    expect(ids.size).toBe(1);
    expect(rs.filter((r) => r.ok && r.caso === "CREADA")).toHaveLength(1);
    expect(await db.user.count({ where: { rut: run.rut } })).toBe(1);
  });

  it("la cadena de la bitácora sigue íntegra", async () => {
    const v = await verifyAuditChain(db, { escribirPuntoDeControl: false });
    expect(v).toMatchObject({ ok: true, estado: "integra" });
  });
});
