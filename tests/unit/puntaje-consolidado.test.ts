// Consolidated score (lib/domain/puntaje-consolidado.ts): the round's weights, the weighted mean and the
// public formula, on cases computed by hand.
import { describe, expect, it } from "vitest";
import { FORMULA_CONSOLIDADO, pesosDeFase, puntajeConsolidado, validarPesos } from "@/lib/domain/puntaje-consolidado";

const C2019 = { pesoTecnico: 70, pesoVotacion: 10, pesoDemoDay: 20 };

describe("pesosDeFase", () => {
  it("la selección final usa las tres ponderaciones de la convocatoria", () => {
    expect(pesosDeFase(C2019, "SELECCION_FINAL")).toEqual({ tecnico: 70, votacion: 10, demoDay: 20 });
  });

  it("la preselección reparte el demo day en proporción: 70/10/20 → 87,5/12,5/0", () => {
    expect(pesosDeFase(C2019, "PRESELECCION")).toEqual({ tecnico: 87.5, votacion: 12.5, demoDay: 0 });
  });

  it("otra proporción: 60/20/20 → 75/25/0; 50/0/50 → 100/0/0", () => {
    expect(pesosDeFase({ pesoTecnico: 60, pesoVotacion: 20, pesoDemoDay: 20 }, "PRESELECCION")).toEqual({ tecnico: 75, votacion: 25, demoDay: 0 });
    expect(pesosDeFase({ pesoTecnico: 50, pesoVotacion: 0, pesoDemoDay: 50 }, "PRESELECCION")).toEqual({ tecnico: 100, votacion: 0, demoDay: 0 });
  });

  it("las ponderaciones de la preselección suman 100 aunque no sean exactas (65/5/30 → 92,857…/7,142…)", () => {
    const p = pesosDeFase({ pesoTecnico: 65, pesoVotacion: 5, pesoDemoDay: 30 }, "PRESELECCION");
    expect(p.tecnico).toBeCloseTo(6500 / 70, 12);
    expect(p.votacion).toBeCloseTo(500 / 70, 12);
    expect(p.tecnico + p.votacion).toBeCloseTo(100, 12);
  });

  it("una preselección con técnica y votación en 0 no se puede calcular", () => {
    expect(() => pesosDeFase({ pesoTecnico: 0, pesoVotacion: 0, pesoDemoDay: 100 }, "PRESELECCION")).toThrow(/no pueden ser ambas 0/);
    expect(pesosDeFase({ pesoTecnico: 0, pesoVotacion: 0, pesoDemoDay: 100 }, "SELECCION_FINAL")).toEqual({ tecnico: 0, votacion: 0, demoDay: 100 });
  });
});

describe("validación de las ponderaciones", () => {
  it.each([
    [{ pesoTecnico: 70, pesoVotacion: 10, pesoDemoDay: 10 }, "Las ponderaciones deben sumar 100 (suman 90)."],
    [{ pesoTecnico: 70, pesoVotacion: 20, pesoDemoDay: 20 }, "Las ponderaciones deben sumar 100 (suman 110)."],
    [{ pesoTecnico: 50.5, pesoVotacion: 10, pesoDemoDay: 20 }, "Las ponderaciones deben sumar 100 (suman 80,5)."],
  ])("%j no suma 100", (pesos, mensaje) => {
    expect(() => validarPesos(pesos)).toThrow(mensaje);
    expect(() => pesosDeFase(pesos, "SELECCION_FINAL")).toThrow(mensaje);
    expect(() => pesosDeFase(pesos, "PRESELECCION")).toThrow(mensaje);
  });

  it("una ponderación negativa o que no es número se rechaza aunque la suma dé 100", () => {
    expect(() => validarPesos({ pesoTecnico: 110, pesoVotacion: -10, pesoDemoDay: 0 })).toThrow("La ponderación de la votación popular debe ser un número mayor o igual a 0 (es -10).");
    expect(() => validarPesos({ pesoTecnico: Number.NaN, pesoVotacion: 50, pesoDemoDay: 50 })).toThrow(/ponderación técnica/);
  });

  it("las ponderaciones válidas pasan", () => {
    expect(() => validarPesos(C2019)).not.toThrow();
    expect(() => validarPesos({ pesoTecnico: 100, pesoVotacion: 0, pesoDemoDay: 0 })).not.toThrow();
  });
});

describe("puntajeConsolidado", () => {
  const pre = pesosDeFase(C2019, "PRESELECCION");
  const fin = pesosDeFase(C2019, "SELECCION_FINAL");

  it("preselección: 0,875 × 5,2 + 0,125 × 7 = 4,55 + 0,875 = 5,425", () => {
    expect(puntajeConsolidado({ tecnico: 5.2, popular: 7 }, pre)).toBeCloseTo(5.425, 12);
  });

  it("preselección: el demo day, si viniera, no pesa (ponderación 0)", () => {
    expect(puntajeConsolidado({ tecnico: 5.2, popular: 7, demoDay: 1 }, pre)).toBeCloseTo(5.425, 12);
  });

  it("selección final: 0,7 × 5 + 0,1 × 2,5 + 0,2 × 6,5 = 3,5 + 0,25 + 1,3 = 5,05", () => {
    expect(puntajeConsolidado({ tecnico: 5, popular: 2.5, demoDay: 6.5 }, fin)).toBeCloseTo(5.05, 12);
  });

  it("no redondea: 0,875 × 4 + 0,125 × (1 + 6/7) = 3,5 + 0,232142… = 3,732142…", () => {
    const p = puntajeConsolidado({ tecnico: 4, popular: 1 + 6 / 7 }, pre)!;
    expect(p).toBeCloseTo(3.5 + 0.125 * (1 + 6 / 7), 12);
    expect(p).not.toBe(3.7);
  });

  it("los extremos de la escala: todo 7 da 7 y todo 1 da 1", () => {
    expect(puntajeConsolidado({ tecnico: 7, popular: 7, demoDay: 7 }, fin)).toBeCloseTo(7, 12);
    expect(puntajeConsolidado({ tecnico: 1, popular: 1 }, pre)).toBeCloseTo(1, 12);
  });

  it("sin puntaje técnico no hay consolidado (el perfil no es elegible)", () => {
    expect(puntajeConsolidado({ tecnico: null, popular: 7 }, pre)).toBeNull();
    expect(puntajeConsolidado({ tecnico: null, popular: 7, demoDay: 6 }, fin)).toBeNull();
  });

  it("en la selección final, sin notas del jurado no hay consolidado; en la preselección no importa", () => {
    expect(puntajeConsolidado({ tecnico: 6, popular: 7, demoDay: null }, fin)).toBeNull();
    expect(puntajeConsolidado({ tecnico: 6, popular: 7 }, fin)).toBeNull();
    expect(puntajeConsolidado({ tecnico: 6, popular: 7, demoDay: null }, pre)).toBeCloseTo(6.125, 12);
  });

  it("un puntaje faltante con ponderación 0 no impide el cálculo", () => {
    expect(puntajeConsolidado({ tecnico: null, popular: 4 }, { tecnico: 0, votacion: 100, demoDay: 0 })).toBe(4);
  });

  it("rechaza puntajes fuera de la escala", () => {
    expect(() => puntajeConsolidado({ tecnico: 7.5, popular: 4 }, pre)).toThrow("El puntaje técnico debe estar entre 1,0 y 7,0 (es 7.5).");
    expect(() => puntajeConsolidado({ tecnico: 5, popular: 0 }, pre)).toThrow(/puntaje popular/);
    expect(() => puntajeConsolidado({ tecnico: 5, popular: 4, demoDay: Number.NaN }, fin)).toThrow(/demo day/);
  });

  it("rechaza ponderaciones negativas o todas 0", () => {
    expect(() => puntajeConsolidado({ tecnico: 5, popular: 4 }, { tecnico: 110, votacion: -10, demoDay: 0 })).toThrow(/mayor o igual a 0/);
    expect(() => puntajeConsolidado({ tecnico: 5, popular: 4 }, { tecnico: 0, votacion: 0, demoDay: 0 })).toThrow(/todas 0/);
  });
});

describe("FORMULA_CONSOLIDADO", () => {
  it("la preselección muestra 87,5 % y 12,5 % y explica por qué no hay demo day", () => {
    const f = FORMULA_CONSOLIDADO(pesosDeFase(C2019, "PRESELECCION"));
    expect(f).toContain("Puntaje consolidado = 87,5\u00a0% × puntaje técnico + 12,5\u00a0% × puntaje popular.");
    expect(f).toContain("aún no hay demo day");
    expect(f).not.toContain("× puntaje del demo day");
  });

  it("la selección final muestra las tres ponderaciones", () => {
    const f = FORMULA_CONSOLIDADO(pesosDeFase(C2019, "SELECCION_FINAL"));
    expect(f).toContain("Puntaje consolidado = 70\u00a0% × puntaje técnico + 10\u00a0% × puntaje popular + 20\u00a0% × puntaje del demo day.");
    expect(f).toContain("promedio de las notas del jurado");
  });

  it("ponderaciones no enteras, con coma decimal", () => {
    expect(FORMULA_CONSOLIDADO(pesosDeFase({ pesoTecnico: 65, pesoVotacion: 5, pesoDemoDay: 30 }, "PRESELECCION"))).toContain("92,86\u00a0% × puntaje técnico + 7,14\u00a0% × puntaje popular");
  });
});
