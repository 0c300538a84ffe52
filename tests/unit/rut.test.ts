import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calcularDv, enmascararRut, esRutValido, formatearRut, normalizarRut } from "@/lib/domain/rut";

describe("RUT", () => {
  it.each(["12.345.678-5", "18.972.631-7", "9.068.826-K", "44.444.444-4"])("acepta el RUT válido %s", (rut) => {
    expect(esRutValido(rut)).toBe(true);
  });

  it("rechaza un dígito verificador equivocado", () => {
    expect(normalizarRut("12.345.678-9")).toBeNull();
    expect(esRutValido("12.345.678-9")).toBe(false);
  });

  it("normaliza las formas de escribirlo", () => {
    for (const r of ["12.345.678-5", "12345678-5", "123456785", " 12 345 678-5 "]) expect(normalizarRut(r)).toBe("12345678-5");
    expect(normalizarRut("9.068.826-k")).toBe("9068826-K");
    expect(normalizarRut("09.068.826-K")).toBe("9068826-K");
  });

  // Regression: the zeros counted toward the 8-digit body and a right check digit was refused.
  it("acepta ceros a la izquierda", () => {
    expect(normalizarRut("012.345.678-5")).toBe("12345678-5");
    expect(normalizarRut("0012345678-5")).toBe("12345678-5");
    expect(normalizarRut("000000009068826K")).toBe("9068826-K");
    expect(normalizarRut("00-0")).toBeNull();
    expect(normalizarRut("0012345678-9")).toBeNull();
  });

  it("rechaza entradas que no son RUT", () => {
    for (const r of ["", "-", "K", "0-0", "abc", "12.345.678-", "123456789012-3", "12.345.678-55", "1.2.3-X"]) expect(normalizarRut(r)).toBeNull();
  });

  it("calcula los dígitos 0 y K", () => {
    expect(calcularDv("9068826")).toBe("K");
    expect(calcularDv("11111111")).toBe("1");
    const conCero = Array.from({ length: 200 }, (_, i) => String(1_000_000 + i)).find((c) => calcularDv(c) === "0");
    expect(conCero).toBeDefined();
    expect(normalizarRut(`${conCero}-0`)).toBe(`${conCero}-0`);
  });

  it("formatea con puntos y enmascara para vistas públicas", () => {
    expect(formatearRut("12345678-5")).toBe("12.345.678-5");
    expect(formatearRut("9068826-K")).toBe("9.068.826-K");
    expect(formatearRut("123-6")).toBe("123-6");
    expect(enmascararRut("12345678-5")).toBe("12.***.***-5");
    expect(enmascararRut("9068826-K")).toBe("9.***.***-K");
    expect(enmascararRut("123456-0")).toBe("*.***.***-0");
    expect(enmascararRut("18972631-7")).not.toContain("972");
  });
});

describe("RUT (propiedades)", () => {
  const cuerpo = fc.integer({ min: 1, max: 99_999_999 }).map(String);

  it("normalizarRut(formatearRut(x)) devuelve x para todo RUT válido", () => {
    fc.assert(
      fc.property(cuerpo, (c) => {
        const normalizado = `${c}-${calcularDv(c)}`;
        expect(normalizarRut(formatearRut(normalizado))).toBe(normalizado);
        expect(normalizarRut(normalizado)).toBe(normalizado);
      }),
      { numRuns: 2000 },
    );
  });

  it("un dígito verificador equivocado siempre se rechaza", () => {
    const digitos = fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "K", "k");
    fc.assert(
      fc.property(cuerpo, digitos, (c, dv) => {
        fc.pre(dv.toUpperCase() !== calcularDv(c));
        expect(normalizarRut(`${c}-${dv}`)).toBeNull();
        expect(normalizarRut(formatearRut(`${c}-${dv}`))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
