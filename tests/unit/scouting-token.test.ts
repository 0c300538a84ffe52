import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firmarInvitacion, verificarInvitacion } from "@/lib/scouting/token";

const SECRETO = "secreto-de-prueba";
const AHORA = new Date("2019-05-10T12:00:00.000Z");
const EXPIRA = new Date("2019-05-24T12:00:00.000Z");

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

describe("token de invitación", () => {
  it("un token recién firmado es válido y devuelve el id y el vencimiento", () => {
    const t = firmarInvitacion("cm0invitacion01", EXPIRA, SECRETO);
    expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(t.split(".")[0]).toBe(b64(`cm0invitacion01.${EXPIRA.getTime()}`));
    expect(verificarInvitacion(t, SECRETO, AHORA)).toEqual({ ok: true, invitacionId: "cm0invitacion01", expiraEn: EXPIRA });
  });

  it("vencido: en el instante del vencimiento y después", () => {
    const t = firmarInvitacion("cm0invitacion01", EXPIRA, SECRETO);
    expect(verificarInvitacion(t, SECRETO, new Date(EXPIRA.getTime() - 1)).ok).toBe(true);
    expect(verificarInvitacion(t, SECRETO, EXPIRA)).toEqual({ ok: false, motivo: "EXPIRADO" });
    expect(verificarInvitacion(t, SECRETO, new Date("2030-01-01"))).toEqual({ ok: false, motivo: "EXPIRADO" });
  });

  it("con otro secreto es inválido", () => {
    const t = firmarInvitacion("cm0invitacion01", EXPIRA, SECRETO);
    expect(verificarInvitacion(t, "otro-secreto", AHORA)).toEqual({ ok: false, motivo: "INVALIDO" });
    expect(verificarInvitacion(t, "", AHORA)).toEqual({ ok: false, motivo: "INVALIDO" });
  });

  it("alterar el id o el vencimiento (extender la vigencia) invalida la firma", () => {
    const t = firmarInvitacion("cm0invitacion01", EXPIRA, SECRETO);
    const firma = t.split(".")[1];
    expect(verificarInvitacion(`${b64(`cm0invitacion02.${EXPIRA.getTime()}`)}.${firma}`, SECRETO, AHORA)).toEqual({ ok: false, motivo: "INVALIDO" });
    const masTarde = EXPIRA.getTime() + 365 * 86_400_000;
    expect(verificarInvitacion(`${b64(`cm0invitacion01.${masTarde}`)}.${firma}`, SECRETO, new Date(EXPIRA.getTime() + 1))).toEqual({ ok: false, motivo: "INVALIDO" });
  });

  it("alterar la firma, truncarla o quitarla lo invalida", () => {
    const t = firmarInvitacion("cm0invitacion01", EXPIRA, SECRETO);
    const [carga, firma] = t.split(".");
    const otraLetra = firma[0] === "A" ? "B" : "A";
    for (const malo of [`${carga}.${otraLetra}${firma.slice(1)}`, `${carga}.${firma.slice(0, -2)}`, `${carga}.`, carga, `${carga}.${firma}.x`, `${carga}.${firma}=`, "", "."]) {
      expect(verificarInvitacion(malo, SECRETO, AHORA), malo).toEqual({ ok: false, motivo: "INVALIDO" });
    }
  });

  it("una carga bien firmada pero sin el formato id.epoch es inválida", () => {
    const firmar = (carga: string) => {
      // Signs an arbitrary payload with the real key, as an attacker who knew it could not: tests the parser alone.
      const c = b64(carga);
      return `${c}.${createHmac("sha256", SECRETO).update(c).digest("base64url")}`;
    };
    expect(verificarInvitacion(firmar("sin-punto"), SECRETO, AHORA).ok).toBe(false);
    expect(verificarInvitacion(firmar("id.no-numero"), SECRETO, AHORA).ok).toBe(false);
    expect(verificarInvitacion(firmar(`.${EXPIRA.getTime()}`), SECRETO, AHORA).ok).toBe(false);
    expect(verificarInvitacion(firmar(`id.${EXPIRA.getTime()}`), SECRETO, AHORA).ok).toBe(true);
  });

  it("no se firma sin secreto ni con un id que contenga un punto", () => {
    expect(() => firmarInvitacion("id", EXPIRA, "")).toThrow();
    expect(() => firmarInvitacion("a.b", EXPIRA, SECRETO)).toThrow();
  });

  it("propiedad: cualquier texto arbitrario es inválido y nunca lanza", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (t) => {
        expect(verificarInvitacion(t, SECRETO, AHORA).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("propiedad: cambiar cualquier carácter de un token válido lo invalida", () => {
    const t = firmarInvitacion("cm0invitacion01", EXPIRA, SECRETO);
    const alfabeto = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    fc.assert(
      fc.property(fc.nat({ max: t.length - 1 }), fc.constantFrom(...alfabeto), (i, c) => {
        fc.pre(t[i] !== c);
        const alterado = t.slice(0, i) + c + t.slice(i + 1);
        expect(verificarInvitacion(alterado, SECRETO, AHORA).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
