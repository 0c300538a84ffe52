// Sign-out ends the session on the server: a copied token of a signed-out session stops working, the
// same person's other sessions go on, and a role change still ends them all (session version).
import { beforeAll, describe, expect, it } from "vitest";
import { estaRevocada, revocarSesion, DURACION_SESION_S } from "@/lib/auth/revocacion";
import { usuarioDeSesion } from "@/lib/auth/usuario-sesion";
import { db, prepararDemo, type Escenario } from "../support/escenario";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
});

describe("sesiones revocadas al salir", () => {
  it("un token de una sesión cerrada deja de valer; otra sesión de la misma persona sigue", async () => {
    const u = e.cuentas.POSTULANTE;
    const telefono = { uid: u.id, sv: 0, sid: "sesion-telefono" };
    const notebook = { uid: u.id, sv: 0, sid: "sesion-notebook" };
    expect(await usuarioDeSesion(db, telefono)).toMatchObject({ id: u.id, roles: ["POSTULANTE"] });

    await revocarSesion(db, telefono.sid);
    expect(await usuarioDeSesion(db, telefono)).toBeNull();
    expect(await usuarioDeSesion(db, notebook)).toMatchObject({ id: u.id });
    // Signing out twice is harmless.
    await revocarSesion(db, telefono.sid);
    expect(await db.sesionRevocada.count({ where: { sid: telefono.sid } })).toBe(1);
  });

  it("un token sin id de sesión, de otra versión o de una cuenta inexistente no vale", async () => {
    const u = e.cuentas.COMITE;
    expect(await usuarioDeSesion(db, { uid: u.id, sv: 0 })).toBeNull();
    expect(await usuarioDeSesion(db, { uid: u.id, sv: 1, sid: "x" })).toBeNull();
    expect(await usuarioDeSesion(db, { uid: "no-existe", sv: 0, sid: "y" })).toBeNull();
    expect(await usuarioDeSesion(db, null)).toBeNull();
  });

  it("las revocaciones vencidas se olvidan al revocar otra", async () => {
    const hace = new Date(Date.now() - (DURACION_SESION_S + 60) * 1000);
    await revocarSesion(db, "vieja", hace);
    expect(await estaRevocada(db, "vieja")).toBe(true);
    await revocarSesion(db, "nueva");
    expect(await estaRevocada(db, "vieja")).toBe(false);
    expect(await estaRevocada(db, "nueva")).toBe(true);
  });
});
