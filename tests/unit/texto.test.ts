import { describe, expect, it } from "vitest";
import { normalizarTexto } from "@/lib/domain/texto";
import { textoOpcional, textoRequerido } from "@/lib/validation/campos";
import { envioSchema } from "@/lib/postulaciones/schema";

describe("normalizador de texto", () => {
  it("quita caracteres de ancho cero y deja vacío un título hecho solo de ellos", () => {
    expect(normalizarTexto("\u200B\u200C\u2060\uFEFF\u00AD")).toBe("");
    const titulo = textoRequerido("El título", 160).safeParse("\u200B\u200B\u200B");
    expect(titulo.success).toBe(false);
    expect(titulo.error?.issues[0].message).toBe("El título es obligatorio.");
  });

  it("quita las marcas y anulaciones bidireccionales (U+202E)", () => {
    expect(normalizarTexto("Proyecto \u202Egpj.exe")).toBe("Proyecto gpj.exe");
    expect(normalizarTexto("\u2066a\u2069\u200Fb\u200E\u061C")).toBe("ab");
    expect(textoRequerido("El nombre").parse("  Ana\u202E María ")).toBe("Ana María");
  });

  it("compone en NFC: la misma palabra escrita de dos formas queda igual", () => {
    const descompuesta = "Aysén".normalize("NFD");
    expect(descompuesta).not.toBe("Aysén");
    expect(normalizarTexto(descompuesta)).toBe("Aysén");
  });

  it("conserva emoji compuestos con U+200D y quita el U+200D suelto", () => {
    const familia = "👩\u200D👧";
    expect(normalizarTexto(`Para ${familia}`)).toBe(`Para ${familia}`);
    expect(normalizarTexto("a\u200Db")).toBe("ab");
  });

  // Regression (second probe): these draw nothing and passed the first version of the normaliser.
  it.each([
    ["rellenos hangul", "\u3164\u3164"],
    ["braille en blanco", "\u2800\u2800"],
    ["operadores invisibles", "\u2061\u2062\u2063\u2064"],
    ["caracteres de etiqueta", "\u{E0020}\u{E0041}"],
    ["unión de grafemas y selectores", "\u034F\u180B\uFE0F\uFFA0\u206A\u206F\u17B4"],
  ])("un título hecho de %s queda vacío y se rechaza", (_n, v) => {
    expect(normalizarTexto(v)).toBe("");
    expect(textoRequerido("El título").safeParse(v).success).toBe(false);
  });

  it("un texto obligatorio necesita algo visible (no solo marcas combinantes)", () => {
    const r = textoRequerido("El nombre").safeParse("\u0301\u0301");
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain("El nombre no tiene texto visible.");
    expect(textoRequerido("El nombre").parse("Año 2")).toBe("Año 2");
    expect(textoRequerido("La unidad").parse("%")).toBe("%");
    expect(normalizarTexto("❤\uFE0F")).toBe("❤\uFE0F");
  });

  it("quita otros controles pero no saltos de línea ni tabuladores", () => {
    expect(normalizarTexto("a\u0007b\nc\td\r\n")).toBe("ab\nc\td\r\n");
  });

  it("un texto opcional en blanco invisible queda sin valor", () => {
    expect(textoOpcional("El lugar", 100).parse("\u200B ")).toBeUndefined();
    expect(textoOpcional("El lugar", 100).parse(" Temuco\u202E ")).toBe("Temuco");
  });

  it("las regiones dicen «entre 1 y 16»", () => {
    const base = { id: "x", nombreProyecto: "a", problema: "a", solucion: "a", usuarios: "a", coproduccion: "a", equipo: "a", organizacionNombre: "a" };
    const diecisiete = Array.from({ length: 17 }, (_, i) => String((i % 16) + 1).padStart(2, "0"));
    for (const regiones of [[], diecisiete]) {
      const r = envioSchema.safeParse({ ...base, organizacionRut: "12.345.678-5", nivelMadurez: "IDEA_CLARA", tipoEjecutor: "EMPRESA", montoSolicitado: 1, regiones });
      expect(r.success).toBe(false);
      expect(r.error?.issues.filter((i) => i.path[0] === "regiones").map((i) => i.message)).toEqual(["Seleccione entre 1 y 16 regiones."]);
    }
  });
});
