import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOM, celdaCsv, documentoCsv, lineaCsv } from "@/lib/seguimiento/csv";

/** A strict RFC 4180 reader with ";" (what Excel does with the file), to read the export back. */
function leerCsv(texto: string): string[][] {
  expect(texto.startsWith(BOM)).toBe(true);
  const s = texto.slice(BOM.length);
  const filas: string[][] = [];
  let fila: string[] = [];
  let celda = "";
  let i = 0;
  let entreComillas = false;
  while (i < s.length) {
    const c = s[i];
    if (entreComillas) {
      if (c === '"' && s[i + 1] === '"') {
        celda += '"';
        i += 2;
      } else if (c === '"') {
        entreComillas = false;
        i += 1;
        // After a closing quote only a separator or a line end may follow.
        expect([";", "\r", undefined]).toContain(s[i]);
      } else {
        celda += c;
        i += 1;
      }
    } else if (c === '"') {
      expect(celda).toBe(""); // a quote can only open a cell
      entreComillas = true;
      i += 1;
    } else if (c === ";") {
      fila.push(celda);
      celda = "";
      i += 1;
    } else if (c === "\r" && s[i + 1] === "\n") {
      fila.push(celda);
      filas.push(fila);
      fila = [];
      celda = "";
      i += 2;
    } else {
      // Outside quotes a bare line break would split the row.
      expect(c === "\r" || c === "\n").toBe(false);
      celda += c;
      i += 1;
    }
  }
  expect(entreComillas).toBe(false);
  expect(fila).toEqual([]);
  expect(celda).toBe("");
  return filas;
}

/** What a cell must read as in a spreadsheet: the value, with a formula-like start neutralised. */
function esperado(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

describe("celdaCsv", () => {
  it("deja tal cual un texto simple y convierte números, booleanos y vacíos", () => {
    expect(celdaCsv("Fundación Alerce")).toBe("Fundación Alerce");
    expect(celdaCsv(25_000_000)).toBe("25000000");
    expect(celdaCsv(true)).toBe("Sí");
    expect(celdaCsv(false)).toBe("No");
    expect(celdaCsv(null)).toBe("");
    expect(celdaCsv(undefined)).toBe("");
  });

  it("entrecomilla el separador, las comillas y los saltos de línea, duplicando las comillas", () => {
    expect(celdaCsv("uno;dos")).toBe('"uno;dos"');
    expect(celdaCsv('dijo "hola"')).toBe('"dijo ""hola"""');
    expect(celdaCsv("línea 1\nlínea 2")).toBe('"línea 1\nlínea 2"');
    expect(celdaCsv("a\r\nb")).toBe('"a\r\nb"');
    // The comma is not the separator in es-CL Excel: no quotes needed.
    expect(celdaCsv("Biobío, Ñuble")).toBe("Biobío, Ñuble");
  });

  it("neutraliza fórmulas: = + - @ (y tab o retorno) al inicio llevan un apóstrofo", () => {
    expect(celdaCsv("=HYPERLINK(\"http://x\";\"clic\")")).toBe('"\'=HYPERLINK(""http://x"";""clic"")"');
    expect(celdaCsv("+56912345678")).toBe("'+56912345678");
    expect(celdaCsv("-2+3")).toBe("'-2+3");
    expect(celdaCsv("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(celdaCsv("\t=1")).toBe("'\t=1");
    expect(celdaCsv("\r=1")).toBe("\"'\r=1\"");
    // Only the start matters.
    expect(celdaCsv("a=b")).toBe("a=b");
  });

  it("una línea une las celdas con punto y coma", () => {
    expect(lineaCsv(["a", 1, null, "b;c"])).toBe('a;1;;"b;c"');
  });
});

describe("documentoCsv", () => {
  it("empieza con BOM, termina cada fila con CRLF y se lee de vuelta igual", () => {
    const doc = documentoCsv(["Folio", "Proyecto"], [[1, "Huertos; comunidad"], [2, "=1+1"]]);
    expect(doc).toBe(`${BOM}Folio;Proyecto\r\n1;"Huertos; comunidad"\r\n2;'=1+1\r\n`);
    expect(leerCsv(doc)).toEqual([
      ["Folio", "Proyecto"],
      ["1", "Huertos; comunidad"],
      ["2", "'=1+1"],
    ]);
  });

  it("propiedad: 1.000 tablas aleatorias se leen de vuelta celda por celda, con las fórmulas neutralizadas", () => {
    const caracter = fc.constantFrom(";", '"', "\n", "\r", "\r\n", "=", "+", "-", "@", "\t", ",", " ", "ñ", "á", "'", "a", "1", "😀");
    const texto = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 20 }), fc.array(caracter, { maxLength: 12 }).map((a) => a.join("")));
    const celda = fc.oneof(texto, fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.array(texto, { minLength: n, maxLength: n }), fc.array(fc.array(celda, { minLength: n, maxLength: n }), { maxLength: 6 }))), ([encabezados, filas]) => {
        const leido = leerCsv(documentoCsv(encabezados, filas));
        const comoTexto = (v: string | number | boolean | null) => (v === null ? "" : typeof v === "boolean" ? (v ? "Sí" : "No") : String(v));
        expect(leido).toEqual([encabezados, ...filas].map((f) => f.map((v) => esperado(comoTexto(v)))));
        // No cell read back starts a formula.
        for (const f of leido) for (const c of f) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 1000 },
    );
  });
});
