// The pseudonymous voter id that enters the Merkle leaves and the exports (lib/votacion/seudonimo.ts).
import { createHmac, hkdfSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { claveSeudonimos, ETIQUETA_SEUDONIMO, seudonimizador, seudonimoVotante } from "@/lib/votacion/seudonimo";

const entorno = { AUTH_SECRET: "secreto-de-prueba-0123456789" };

describe("seudonimoVotante", () => {
  it("es VT- más 16 hex del HMAC-SHA256 de «convocatoria\\nusuario» con la clave HKDF de AUTH_SECRET", () => {
    const clave = claveSeudonimos(entorno);
    const esperada = Buffer.from(hkdfSync("sha256", Buffer.from(entorno.AUTH_SECRET), Buffer.alloc(0), ETIQUETA_SEUDONIMO, 32));
    expect(clave.equals(esperada)).toBe(true);
    expect(clave.equals(Buffer.from(entorno.AUTH_SECRET))).toBe(false); // not the session secret itself
    const s = seudonimoVotante("conv1", "user1", clave);
    expect(s).toBe(`VT-${createHmac("sha256", esperada).update("conv1\nuser1").digest("hex").slice(0, 16).toUpperCase()}`);
    expect(s).toMatch(/^VT-[0-9A-F]{16}$/);
  });

  it("estable en una convocatoria, distinto entre convocatorias, entre personas y con otra clave", () => {
    const clave = claveSeudonimos(entorno);
    expect(seudonimoVotante("c1", "u1", clave)).toBe(seudonimoVotante("c1", "u1", clave));
    expect(seudonimoVotante("c2", "u1", clave)).not.toBe(seudonimoVotante("c1", "u1", clave));
    expect(seudonimoVotante("c1", "u2", clave)).not.toBe(seudonimoVotante("c1", "u1", clave));
    expect(seudonimoVotante("c1", "u1", claveSeudonimos({ AUTH_SECRET: "otro" }))).not.toBe(seudonimoVotante("c1", "u1", clave));
    // The separator matters: ("c1", "0u") and ("c10", "u") are different people.
    expect(seudonimoVotante("c1", "0u", clave)).not.toBe(seudonimoVotante("c10", "u", clave));
  });

  it("sin AUTH_SECRET usa AUDIT_KEY; sin ninguna, falla en producción", () => {
    expect(claveSeudonimos({ AUDIT_KEY: "k" }).equals(claveSeudonimos({ AUTH_SECRET: "k" }))).toBe(true);
    expect(() => claveSeudonimos({ NODE_ENV: "production" })).toThrow(/Falta AUTH_SECRET/);
    expect(claveSeudonimos({ NODE_ENV: "test" })).toHaveLength(32);
  });

  it("el seudonimizador da lo mismo que la función directa", () => {
    const clave = claveSeudonimos(entorno);
    const s = seudonimizador(clave);
    expect(s("c1", "u1")).toBe(seudonimoVotante("c1", "u1", clave));
    expect(s("c1", "u1")).toBe(s("c1", "u1"));
  });
});
