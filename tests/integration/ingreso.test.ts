import { beforeAll, describe, expect, it } from "vitest";
import { verificarCredenciales } from "@/lib/auth/credentials";
import { LIMITE_CUENTA, LIMITE_IP } from "@/lib/auth/rate-limit";
import { CLAVE_DEMO, db, prepararDemo, type Escenario } from "../support/escenario";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
});

describe("ingreso con correo y contraseña", () => {
  it("la contraseña correcta entra, sin importar mayúsculas ni espacios en el correo", async () => {
    const r = await verificarCredenciales(db, { email: "  Admin@FondoIdea.cl ", password: CLAVE_DEMO }, "10.0.0.1");
    expect(r).toEqual({ ok: true, user: { id: e.admin.id, email: "admin@fondoidea.cl", nombre: e.admin.nombre, sessionVersion: 0 } });
  });

  it("una contraseña equivocada o un correo desconocido no entran", async () => {
    expect(await verificarCredenciales(db, { email: "comite@fondoidea.cl", password: "otra-clave" }, "10.0.0.2")).toEqual({ ok: false, motivo: "INVALIDAS" });
    expect(await verificarCredenciales(db, { email: "nadie@fondoidea.cl", password: CLAVE_DEMO }, "10.0.0.2")).toEqual({ ok: false, motivo: "INVALIDAS" });
    expect(await verificarCredenciales(db, { email: "", password: "" }, "10.0.0.2")).toEqual({ ok: false, motivo: "INVALIDAS" });
  });

  it("un ingreso correcto limpia los fallos anteriores de la cuenta", async () => {
    const email = "jurado@fondoidea.cl";
    for (let i = 0; i < LIMITE_CUENTA.intentos - 1; i++) await verificarCredenciales(db, { email, password: "mala" }, "10.0.0.3");
    expect((await verificarCredenciales(db, { email, password: CLAVE_DEMO }, "10.0.0.3")).ok).toBe(true);
    expect(await verificarCredenciales(db, { email, password: "mala" }, "10.0.0.3")).toEqual({ ok: false, motivo: "INVALIDAS" });
    expect((await verificarCredenciales(db, { email, password: CLAVE_DEMO }, "10.0.0.3")).ok).toBe(true);
  });

  it(`tras ${LIMITE_CUENTA.intentos} contraseñas equivocadas la cuenta queda bloqueada, aun con la correcta`, async () => {
    const email = "mentor@fondoidea.cl";
    for (let i = 0; i < LIMITE_CUENTA.intentos; i++) {
      // Different IPs: the block is per account.
      expect(await verificarCredenciales(db, { email, password: `mala-${i}` }, `10.1.0.${i}`)).toEqual({ ok: false, motivo: "INVALIDAS" });
    }
    expect(await verificarCredenciales(db, { email, password: CLAVE_DEMO }, "10.1.1.1")).toEqual({ ok: false, motivo: "BLOQUEADO" });
    expect(await verificarCredenciales(db, { email: "MENTOR@fondoidea.cl", password: CLAVE_DEMO }, null)).toEqual({ ok: false, motivo: "BLOQUEADO" });
    // Other accounts are not affected.
    expect((await verificarCredenciales(db, { email: "comite@fondoidea.cl", password: CLAVE_DEMO }, "10.1.1.1")).ok).toBe(true);
  });

  it("el bloqueo vence con su ventana", async () => {
    const email = "mentor@fondoidea.cl";
    await db.limiteIntentos.update({ where: { clave: `login:cuenta:${email}` }, data: { ventanaFin: new Date(Date.now() - 1000) } });
    expect((await verificarCredenciales(db, { email, password: CLAVE_DEMO }, "10.1.1.1")).ok).toBe(true);
  });

  it(`tras ${LIMITE_IP.intentos} fallos desde una IP se bloquea esa IP, también para otra cuenta`, async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < LIMITE_IP.intentos; i++) {
      // Distinct unknown accounts: no account reaches its own limit.
      expect((await verificarCredenciales(db, { email: `intruso${i}@ejemplo.cl`, password: "adivinanza" }, ip)).ok).toBe(false);
    }
    expect(await verificarCredenciales(db, { email: "encargado@fondoidea.cl", password: CLAVE_DEMO }, ip)).toEqual({ ok: false, motivo: "BLOQUEADO" });
    // The same account from another IP still signs in.
    expect((await verificarCredenciales(db, { email: "encargado@fondoidea.cl", password: CLAVE_DEMO }, "198.51.100.1")).ok).toBe(true);
  });

  // Regression: the limit was read before the failure was recorded, so 40 parallel wrong passwords for
  // one account got 29 checked. Each attempt is now counted atomically before the password is checked.
  it(`50 contraseñas equivocadas en paralelo para una cuenta: se revisan a lo más ${LIMITE_CUENTA.intentos}`, async () => {
    const email = "afiliado@fondoidea.cl";
    const rs = await Promise.all(
      Array.from({ length: 50 }, (_, i) => verificarCredenciales(db, { email, password: `rafaga-${i}` }, `192.0.2.${i + 1}`)),
    );
    expect(rs.filter((r) => !r.ok && r.motivo === "INVALIDAS")).toHaveLength(LIMITE_CUENTA.intentos);
    expect(rs.filter((r) => !r.ok && r.motivo === "BLOQUEADO")).toHaveLength(50 - LIMITE_CUENTA.intentos);
    expect(await verificarCredenciales(db, { email, password: CLAVE_DEMO }, "192.0.2.200")).toEqual({ ok: false, motivo: "BLOQUEADO" });
  });

  it(`60 intentos en paralelo desde una IP: se revisan a lo más ${LIMITE_IP.intentos}`, async () => {
    const ip = "203.0.113.99";
    const rs = await Promise.all(
      Array.from({ length: 60 }, (_, i) => verificarCredenciales(db, { email: `rafaga${i}@ejemplo.cl`, password: "adivinanza" }, ip)),
    );
    expect(rs.filter((r) => !r.ok && r.motivo === "INVALIDAS")).toHaveLength(LIMITE_IP.intentos);
    expect(rs.filter((r) => !r.ok && r.motivo === "BLOQUEADO")).toHaveLength(60 - LIMITE_IP.intentos);
  });

  it("un ingreso correcto devuelve su intento a la IP (una oficina tras una sola dirección)", async () => {
    const ip = "198.51.100.50";
    for (let i = 0; i < LIMITE_IP.intentos + 5; i++) {
      expect((await verificarCredenciales(db, { email: "comite@fondoidea.cl", password: CLAVE_DEMO }, ip)).ok).toBe(true);
    }
  });
});
