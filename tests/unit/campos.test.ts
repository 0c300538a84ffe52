import { describe, expect, it } from "vitest";
import { email, fechaInput, id, pesos, rut, textoRequerido } from "@/lib/validation/campos";

const errores = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe("campos reutilizables", () => {
  it("rut se normaliza o explica el error", () => {
    expect(rut.parse(" 12.345.678-5 ")).toBe("12345678-5");
    expect(errores(rut.safeParse("12.345.678-9"))).toEqual(["El RUT no es válido: revise el dígito verificador."]);
    expect(errores(rut.safeParse(""))).toEqual(["Ingrese un RUT."]);
    expect(errores(rut.safeParse(12345678))).toEqual(["Ingrese un RUT."]);
  });

  it("email se guarda en minúsculas y sin espacios", () => {
    expect(email.parse("  Ana@FOSIS.gob.CL ")).toBe("ana@fosis.gob.cl");
    expect(errores(email.safeParse("ana@"))).toEqual(["Ingrese un correo electrónico válido."]);
  });

  it("fechaInput acepta fechas reales del calendario y rechaza las que no existen", () => {
    expect(fechaInput("Inicio").parse("2020-02-29")).toBe("2020-02-29");
    for (const f of ["2019-02-29", "2019-02-31", "2019-04-31", "2019-13-01", "2019-00-10", "2019-1-5", "05-03-2019", ""]) {
      expect(new Set(errores(fechaInput("Inicio").safeParse(f))), f).toEqual(new Set(["Inicio: ingrese una fecha válida."]));
    }
  });

  it("pesos: enteros, no negativos y dentro de lo que cabe en la base", () => {
    expect(pesos("El monto").parse("650000000")).toBe(650_000_000);
    expect(pesos("El monto").parse(2_147_483_647)).toBe(2_147_483_647);
    expect(errores(pesos("El monto").safeParse(2_147_483_648))).toEqual(["El monto es demasiado grande."]);
    expect(errores(pesos("El monto").safeParse(-1))).toEqual(["El monto no puede ser negativo."]);
    expect(errores(pesos("El monto").safeParse(10.5))).toEqual(["El monto debe ser un monto en pesos, sin decimales."]);
  });

  it("textos e identificadores no admiten el carácter NUL", () => {
    expect(textoRequerido("El título").parse("  Hola  ")).toBe("Hola");
    expect(errores(textoRequerido("El título").safeParse("a\u0000b"))).toEqual(["El título contiene caracteres no válidos."]);
    expect(errores(textoRequerido("El título", 5).safeParse("123456"))).toEqual(["El título admite como máximo 5 caracteres."]);
    expect(errores(id.safeParse("\u0000"))).toEqual(["Identificador inválido."]);
    expect(errores(id.safeParse("   "))).toEqual(["Falta el identificador."]);
  });
});
