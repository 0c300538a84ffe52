import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { LIMITE_REGISTRO_CORREO, LIMITE_REGISTRO_IP, registrar } from "@/lib/cuentas/actions/registrar";
import { verifyPassword } from "@/lib/auth/password";
import { verifyAuditChain } from "@/lib/audit/log";
import { comoError, comoExito } from "../support/resultado";
import { calcularDv } from "@/lib/domain/rut";
import { contar, db, fijarEtapa, prepararDemo, ultimaAuditoria } from "../support/escenario";

const dv = (n: number) => calcularDv(String(n));

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
    expect(r.data).toEqual({ email: "juana.perez@prueba.cl" });
    const u = await db.user.findUniqueOrThrow({ where: { email: "juana.perez@prueba.cl" }, include: { roles: true } });
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

  // Regression: "Ya existe una cuenta con este RUT" told anyone whether a RUT had an account.
  it("un correo o un RUT repetidos reciben la misma respuesta que una cuenta nueva; se avisa a su dueño por correo", async () => {
    const nueva = comoExito(await executeAction(registrar, datos({ email: "tercera@prueba.cl", rut: "30.000.001-" + dv(30_000_001) }), { user: null, db }));
    const antes = await contar();
    const porCorreo = comoExito(await executeAction(registrar, datos({ rut: "9.068.826-K" }), { user: null, db }));
    const porRut = comoExito(await executeAction(registrar, datos({ email: "otra@prueba.cl", rut: "44444444-4" }), { user: null, db }));
    for (const r of [porCorreo, porRut]) {
      expect(r.mensaje).toBe(nueva.mensaje);
      expect(Object.keys(r.data)).toEqual(Object.keys(nueva.data));
    }
    expect(porRut.data).toEqual({ email: "otra@prueba.cl" });
    // Nothing created; the owner of the existing account (juana) got one e-mail per attempt.
    expect((await contar()).usuarios).toBe(antes.usuarios);
    expect(await db.user.count({ where: { email: "otra@prueba.cl" } })).toBe(0);
    const avisos = await db.notificacion.findMany({ where: { asunto: { contains: "intentó crear una cuenta" } }, select: { para: true } });
    // One notice a day per owner, however many attempts (the second one sent nothing more).
    expect(avisos.map((n) => n.para)).toEqual(["juana.perez@prueba.cl"]);
  });

  it("el tiempo de respuesta no delata un RUT existente (ambos caminos calculan el hash)", async () => {
    const medir = async (extra: Record<string, unknown>) => {
      const t = performance.now();
      await executeAction(registrar, datos(extra), { user: null, db });
      return performance.now() - t;
    };
    const existentes: number[] = [];
    const nuevos: number[] = [];
    for (let i = 0; i < 4; i++) {
      existentes.push(await medir({ email: `x${i}@prueba.cl`, rut: "44444444-4" }));
      nuevos.push(await medir({ email: `n${i}@prueba.cl`, rut: `${20_000_000 + i}-${dv(20_000_000 + i)}` }));
    }
    const mediana = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // argon2id dominates both paths: a repeated RUT is not answered in a fraction of the time.
    expect(mediana(existentes)).toBeGreaterThan(mediana(nuevos) * 0.5);
  });

  // Regression (second probe): 30 parallel sign-ups with invented addresses all went through and each
  // queued a mail; a known address could be flooded with notices.
  it(`${LIMITE_REGISTRO_IP.intentos + 5} registros en paralelo desde una conexión: pasan ${LIMITE_REGISTRO_IP.intentos}`, async () => {
    const ip = "203.0.113.40";
    const antes = await db.notificacion.count();
    const rs = await Promise.all(
      Array.from({ length: LIMITE_REGISTRO_IP.intentos + 5 }, (_, i) =>
        executeAction(registrar, datos({ email: `rafaga${i}@no-existe.cl`, rut: `${31_000_000 + i}-${dv(31_000_000 + i)}` }), { user: null, ip, db }),
      ),
    );
    expect(rs.filter((r) => r.ok)).toHaveLength(LIMITE_REGISTRO_IP.intentos);
    expect(rs.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.error))).toEqual(Array(5).fill("Demasiados registros desde esta conexión. Intente más tarde."));
    expect(await db.notificacion.count()).toBe(antes + LIMITE_REGISTRO_IP.intentos);
    expect(await db.user.count({ where: { email: { startsWith: "rafaga" } } })).toBe(LIMITE_REGISTRO_IP.intentos);
  });

  it(`más de ${LIMITE_REGISTRO_CORREO.intentos} intentos con un mismo correo en un día se rechazan sin escribir`, async () => {
    const email = "insistente@prueba.cl";
    for (let i = 0; i < LIMITE_REGISTRO_CORREO.intentos; i++) {
      comoExito(await executeAction(registrar, datos({ email, rut: `${32_000_000 + i}-${dv(32_000_000 + i)}` }), { user: null, ip: `198.51.100.${i}`, db }));
    }
    const antes = await contar();
    const r = comoError(await executeAction(registrar, datos({ email, rut: "32.000.009-" + dv(32_000_009) }), { user: null, ip: "198.51.100.99", db }));
    expect(r.fieldErrors.email).toEqual(["Demasiados intentos con este correo. Revise su bandeja de entrada o intente mañana."]);
    expect(await contar()).toEqual(antes);
  });

  it("acepta el formulario como FormData y en cualquier etapa", async () => {
    await fijarEtapa("EJECUCION");
    const fd = new FormData();
    for (const [k, v] of Object.entries(datos({ email: "desde.formulario@prueba.cl", rut: "30.000.002-" + dv(30_000_002) }))) fd.append(k, String(v));
    comoExito(await executeAction(registrar, fd, { user: null, db }));
    expect(await db.user.count({ where: { email: "desde.formulario@prueba.cl", rut: "30000002-" + dv(30_000_002) } })).toBe(1);
    expect((await ultimaAuditoria())!.etapa).toBe("EJECUCION");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
