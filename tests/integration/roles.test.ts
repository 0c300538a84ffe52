import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { otorgarRol } from "@/lib/usuarios/actions/otorgar-rol";
import { revocarRol } from "@/lib/usuarios/actions/revocar-rol";
import { comoError, comoExito } from "../support/resultado";
import { contar, crearUsuario, db, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
});

const estado = async (userId: string) => {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true, roles: { select: { rol: true, otorgadoPor: true } } } });
  return { version: u.sessionVersion, roles: u.roles.map((r) => r.rol).sort(), otorgadoPor: Object.fromEntries(u.roles.map((r) => [r.rol, r.otorgadoPor])) };
};

describe("roles", () => {
  it("otorgar un rol lo agrega, registra quién lo dio y cierra las sesiones del usuario", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const antes = await estado(u.id);
    const r = comoExito(await executeAction(otorgarRol, { userId: u.id, rol: "EVALUADOR" }, { user: e.admin, db }));
    expect(r.data).toEqual({ userId: u.id });
    const despues = await estado(u.id);
    expect(despues.roles).toEqual(["EVALUADOR", "POSTULANTE"]);
    expect(despues.version).toBe(antes.version + 1);
    expect(despues.otorgadoPor.EVALUADOR).toBe(e.admin.id);
    expect(await ultimaAuditoria()).toMatchObject({ accion: "usuario.otorgarRol", entidadId: u.id, actorId: e.admin.id, datos: '{"otorga":"EVALUADOR"}' });

    const repetido = comoError(await executeAction(otorgarRol, { userId: u.id, rol: "EVALUADOR" }, { user: e.admin, db }));
    expect(repetido.error).toBe("El usuario ya tiene ese rol.");
    expect((await estado(u.id)).version).toBe(antes.version + 1);
  });

  it("revocar un rol lo quita y vuelve a cerrar las sesiones", async () => {
    const u = await crearUsuario(["POSTULANTE", "MENTOR"]);
    const antes = await estado(u.id);
    comoExito(await executeAction(revocarRol, { userId: u.id, rol: "MENTOR" }, { user: e.admin, db }));
    const despues = await estado(u.id);
    expect(despues.roles).toEqual(["POSTULANTE"]);
    expect(despues.version).toBe(antes.version + 1);
    expect(await ultimaAuditoria()).toMatchObject({ accion: "usuario.revocarRol", entidadId: u.id, datos: '{"revoca":"MENTOR"}' });

    const otraVez = comoError(await executeAction(revocarRol, { userId: u.id, rol: "MENTOR" }, { user: e.admin, db }));
    expect(otraVez.error).toBe("El usuario no tiene ese rol.");
    expect((await estado(u.id)).version).toBe(antes.version + 1);
  });

  it("un administrador no puede quitarse a sí mismo el rol ADMIN", async () => {
    const antes = await estado(e.admin.id);
    const conteo = await contar();
    const r = comoError(await executeAction(revocarRol, { userId: e.admin.id, rol: "ADMIN" }, { user: e.admin, db }));
    expect(r.error).toBe("No puede quitarse a sí mismo el rol de administrador.");
    expect(await estado(e.admin.id)).toEqual(antes);
    expect(await contar()).toEqual(conteo);
  });

  it("un administrador sí puede quitar ADMIN a otro administrador", async () => {
    const otro = await crearUsuario(["ADMIN"]);
    comoExito(await executeAction(revocarRol, { userId: otro.id, rol: "ADMIN" }, { user: e.admin, db }));
    expect((await estado(otro.id)).roles).toEqual([]);
  });

  it("otorgar a un usuario inexistente no escribe nada", async () => {
    const conteo = await contar();
    const r = comoError(await executeAction(otorgarRol, { userId: "no-existe", rol: "MENTOR" }, { user: e.admin, db }));
    expect(r.error).toBe("El usuario no existe.");
    expect(await contar()).toEqual(conteo);
  });

  it("un rol desconocido es un error del campo rol", async () => {
    const r = comoError(await executeAction(otorgarRol, { userId: e.cuentas.POSTULANTE.id, rol: "SUPERUSUARIO" }, { user: e.admin, db }));
    expect(r.fieldErrors.rol).toEqual(["Seleccione un rol válido."]);
  });
});
