import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { registrar } from "@/lib/cuentas/actions/registrar";
import { verifyPassword } from "@/lib/auth/password";
import { verifyAuditChain } from "@/lib/audit/log";
import { comoError, comoExito } from "../support/resultado";
import { contar, db, fijarEtapa, prepararDemo, ultimaAuditoria } from "../support/escenario";

const datos = (extra: Record<string, unknown> = {}) => ({
  nombre: "Juana Pérez",
  email: "juana.perez@prueba.cl",
  rut: "44.444.444-4",
  password: "una clave larga 123",
  confirmacion: "una clave larga 123",
  aceptaPrivacidad: "on",
  ...extra,
});

describe("registro de cuentas", () => {
  beforeAll(async () => {
    await prepararDemo();
  });

  it("un RUT inválido se rechaza en el campo rut, sin crear nada ni auditar", async () => {
    const antes = await contar();
    const r = comoError(await executeAction(registrar, datos({ rut: "12.345.678-9" }), { user: null, db }));
    expect(r.error).toBe("Revise los campos marcados.");
    expect(r.fieldErrors.rut).toEqual(["El RUT no es válido: revise el dígito verificador."]);
    expect(await contar()).toEqual(antes);
  });

  it("valida los demás campos con mensajes en español", async () => {
    const antes = await contar();
    const r = comoError(
      await executeAction(registrar, { nombre: " ", email: "no-es-correo", rut: "", password: "corta", confirmacion: "otra" }, { user: null, db }),
    );
    expect(r.fieldErrors.nombre).toEqual(["El nombre es obligatorio."]);
    expect(r.fieldErrors.email).toEqual(["Ingrese un correo electrónico válido."]);
    expect(r.fieldErrors.rut).toEqual(["Ingrese un RUT."]);
    expect(r.fieldErrors.password).toEqual(["La contraseña debe tener al menos 10 caracteres."]);
    expect(r.fieldErrors.aceptaPrivacidad).toEqual(["Debe aceptar la política de privacidad."]);
    expect(await contar()).toEqual(antes);
  });

  it("un registro válido crea un POSTULANTE con hash argon2id y una entrada de auditoría", async () => {
    const antes = await contar();
    const r = comoExito(await executeAction(registrar, datos({ email: "  Juana.Perez@Prueba.CL " }), { user: null, db }));
    const u = await db.user.findUniqueOrThrow({ where: { id: r.data.id }, include: { roles: true } });
    expect(u.email).toBe("juana.perez@prueba.cl");
    expect(u.rut).toBe("44444444-4");
    expect(u.rutVerificado).toBe(false);
    expect(u.roles.map((x) => x.rol)).toEqual(["POSTULANTE"]);
    expect(u.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(u.passwordHash!, "una clave larga 123")).toBe(true);
    expect(await verifyPassword(u.passwordHash!, "otra clave larga 123")).toBe(false);

    const despues = await contar();
    expect(despues.usuarios).toBe(antes.usuarios + 1);
    expect(despues.auditoria).toBe(antes.auditoria + 1);
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "cuenta.registrar", entidad: "User", entidadId: u.id, actorId: null, etapa: "DESARROLLO_CONCURSO" });
    // The audit keeps no password nor personal data.
    expect(a!.datos).not.toContain("clave");
    expect(a!.datos).not.toContain("juana");
    expect(JSON.parse(a!.datos)).toEqual({ roles: ["POSTULANTE"] });
  });

  it("un correo repetido es un error del campo email", async () => {
    const antes = await contar();
    const r = comoError(await executeAction(registrar, datos({ rut: "9.068.826-K" }), { user: null, db }));
    expect(r.fieldErrors.email).toEqual(["Ya existe una cuenta con este correo."]);
    expect(r.fieldErrors.rut).toBeUndefined();
    expect(await contar()).toEqual(antes);
  });

  it("un RUT repetido es un error del campo rut", async () => {
    const antes = await contar();
    const r = comoError(await executeAction(registrar, datos({ email: "otra@prueba.cl", rut: "44444444-4" }), { user: null, db }));
    expect(r.fieldErrors.rut).toEqual(["Ya existe una cuenta con este RUT."]);
    expect(await contar()).toEqual(antes);
  });

  it("acepta el formulario como FormData y en cualquier etapa", async () => {
    await fijarEtapa("EJECUCION");
    const fd = new FormData();
    for (const [k, v] of Object.entries(datos({ email: "desde.formulario@prueba.cl", rut: "9.068.826-K" }))) fd.append(k, String(v));
    const r = comoExito(await executeAction(registrar, fd, { user: null, db }));
    expect(await db.user.count({ where: { id: r.data.id, rut: "9068826-K" } })).toBe(1);
    expect((await ultimaAuditoria())!.etapa).toBe("EJECUCION");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
