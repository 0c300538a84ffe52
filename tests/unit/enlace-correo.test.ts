// The signed link that confirms a ClaveÚnica account's e-mail (lib/cuentas/enlace-correo.ts): pure.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firmarEnlaceCorreo, verificarEnlaceCorreo } from "@/lib/cuentas/enlace-correo";
import { firmarInvitacion } from "@/lib/scouting/token";

const SECRETO = "secreto-de-prueba-0123456789";
const AHORA = new Date("2026-11-28T12:00:00Z");
const VENCE = new Date("2026-11-29T12:00:00Z");

describe("enlace de confirmación de correo", () => {
  it("vuelve con la cuenta, el correo y el vencimiento que firmó (cualquier id y correo)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.emailAddress(), (userId, email) => {
        const t = firmarEnlaceCorreo({ userId, email, expiraEn: VENCE }, SECRETO);
        expect(verificarEnlaceCorreo(t, SECRETO, AHORA)).toEqual({ ok: true, userId, email, expiraEn: VENCE });
      }),
    );
  });

  it("vence: en el instante del vencimiento ya no sirve", () => {
    const t = firmarEnlaceCorreo({ userId: "u1", email: "a@prueba.cl", expiraEn: VENCE }, SECRETO);
    expect(verificarEnlaceCorreo(t, SECRETO, new Date(VENCE.getTime() - 1)).ok).toBe(true);
    expect(verificarEnlaceCorreo(t, SECRETO, VENCE)).toEqual({ ok: false, motivo: "EXPIRADO" });
  });

  it("otro secreto, un carácter cambiado, partes de más o de menos, o una invitación de scouting: inválido", () => {
    const t = firmarEnlaceCorreo({ userId: "u1", email: "a@prueba.cl", expiraEn: VENCE }, SECRETO);
    const [carga, firma] = t.split(".");
    const invalidos = [
      verificarEnlaceCorreo(t, "otro-secreto", AHORA),
      verificarEnlaceCorreo(`${carga}.${firma.slice(0, -1)}${firma.endsWith("A") ? "B" : "A"}`, SECRETO, AHORA),
      verificarEnlaceCorreo(`${carga.slice(0, -1)}${carga.endsWith("A") ? "B" : "A"}.${firma}`, SECRETO, AHORA),
      verificarEnlaceCorreo(`${t}.x`, SECRETO, AHORA),
      verificarEnlaceCorreo(carga, SECRETO, AHORA),
      verificarEnlaceCorreo("", SECRETO, AHORA),
      verificarEnlaceCorreo(t, "", AHORA),
      verificarEnlaceCorreo(firmarInvitacion("u1", VENCE, SECRETO), SECRETO, AHORA),
    ];
    for (const r of invalidos) expect(r).toEqual({ ok: false, motivo: "INVALIDO" });
  });

  it("no firma sin secreto, cuenta o correo", () => {
    expect(() => firmarEnlaceCorreo({ userId: "u1", email: "a@prueba.cl", expiraEn: VENCE }, "")).toThrow();
    expect(() => firmarEnlaceCorreo({ userId: "", email: "a@prueba.cl", expiraEn: VENCE }, SECRETO)).toThrow();
    expect(() => firmarEnlaceCorreo({ userId: "u1", email: "", expiraEn: VENCE }, SECRETO)).toThrow();
  });
});
