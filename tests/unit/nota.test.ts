// Chilean grading scale 1,0–7,0 (issue 10).
import { describe, expect, it } from "vitest";
import {
  enEscala,
  esAprobatoria,
  esNotaValida,
  formatoDiferencia,
  formatoNota,
  NOTA_APROBACION,
  NOTA_MAXIMA,
  NOTA_MINIMA,
  parsearNota,
  redondearNota,
} from "@/lib/domain/nota";

describe("escala de notas", () => {
  it("1,0 a 7,0 con 4,0 para aprobar", () => {
    expect([NOTA_MINIMA, NOTA_APROBACION, NOTA_MAXIMA]).toEqual([1, 4, 7]);
  });
});

describe("esNotaValida", () => {
  it.each([1, 1.1, 3.9, 4, 5.3, 6.7, 6.9, 7, 0.1 + 0.2 + 5])("%d es una nota", (n) => {
    expect(esNotaValida(n)).toBe(true);
  });

  it.each([0, 0.9, 0.99, 7.01, 7.1, 8, -4, 5.25, 5.35, 4.05, Number.NaN, Infinity, -Infinity])("%d no es una nota", (n) => {
    expect(esNotaValida(n)).toBe(false);
  });

  it("rechaza lo que no es número aunque llegue como tal desde JSON", () => {
    expect(esNotaValida("5" as unknown as number)).toBe(false);
    expect(esNotaValida(null as unknown as number)).toBe(false);
  });

  it("enEscala acepta notas sin redondear dentro de 1–7", () => {
    expect(enEscala(5.25)).toBe(true);
    expect(enEscala(4.716666)).toBe(true);
    expect(enEscala(0.99)).toBe(false);
    expect(enEscala(Number.NaN)).toBe(false);
  });
});

describe("redondearNota: un decimal, mitad hacia arriba, dentro de 1–7", () => {
  it.each([
    [5.25, 5.3],
    [5.35, 5.4], // stored as 5.3499999…: still rounds up, as written
    [5.24, 5.2],
    [5.26, 5.3],
    [3.95, 4],
    [3.949, 3.9],
    [4.05, 4.1],
    [1.15, 1.2],
    [6.95, 7],
    [6.99, 7],
    [5, 5],
    [4.716666666, 4.7],
    [0.4, 1],
    [-3, 1],
    [7.6, 7],
    [100, 7],
  ])("%d → %d", (n, r) => {
    expect(redondearNota(n)).toBe(r);
  });

  it("una nota ponderada que vale 3,95 exacto sube a 4,0 aunque en coma flotante sea 3,9499999999999993", () => {
    const ponderada = (1.1 * 5 + 4.1 * 95) / 100; // 5,5 + 389,5 = 395 → 3,95
    expect(ponderada).toBeLessThan(3.95);
    expect(redondearNota(ponderada)).toBe(4);
    expect(formatoNota(ponderada)).toBe("4,0");
    expect(esAprobatoria(ponderada)).toBe(true);
    expect(redondearNota((2.3 * 50 + 4.6 * 50) / 100)).toBe(3.5); // 3,45 stored as 3,4499999999999993
  });

  it("NaN e infinitos son un error, no una nota", () => {
    expect(() => redondearNota(Number.NaN)).toThrow(RangeError);
    expect(() => redondearNota(Infinity)).toThrow(RangeError);
  });
});

describe("formatoNota (es-CL)", () => {
  it.each([
    [5.3, "5,3"],
    [6, "6,0"],
    [4.25, "4,3"],
    [1, "1,0"],
    [7, "7,0"],
    [3.95, "4,0"],
    [0.3, "1,0"],
  ])("%d → %s", (n, texto) => {
    expect(formatoNota(n)).toBe(texto);
  });
});

describe("formatoDiferencia", () => {
  it.each([
    [1.5, "+1,5"],
    [-0.34, "\u22120,3"],
    [-0.35, "\u22120,4"],
    [0.04, "0,0"],
    [-0.04, "0,0"],
    [0, "0,0"],
    [2.05, "+2,1"],
  ])("%d → %s", (d, texto) => {
    expect(formatoDiferencia(d)).toBe(texto);
  });
});

describe("parsearNota", () => {
  it.each([
    ["5,3", 5.3],
    ["5.3", 5.3],
    [" 6 ", 6],
    ["6,0", 6],
    ["1,0", 1],
    ["7", 7],
  ])("%j → %d", (texto, n) => {
    expect(parsearNota(texto)).toBe(n);
  });

  it.each(["", "  ", "5,25", "8", "7,1", "0,5", "0", "cinco", "5,", ",5", "-5", "5,3,1", "1e0"])("%j no es una nota", (texto) => {
    expect(parsearNota(texto)).toBeNull();
  });
});

describe("esAprobatoria", () => {
  it("4,0 aprueba sobre la nota redondeada, como se muestra", () => {
    expect(esAprobatoria(4)).toBe(true);
    expect(esAprobatoria(3.95)).toBe(true);
    expect(esAprobatoria(3.94)).toBe(false);
    expect(esAprobatoria(3.9)).toBe(false);
    expect(esAprobatoria(7)).toBe(true);
  });
});
