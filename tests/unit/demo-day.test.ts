// The demo day's rubric, weighted grade and helix balance (lib/domain/demo-day.ts), on cases computed by hand.
import { describe, expect, it } from "vitest";
import {
  avisoHelices,
  CRITERIOS_DEMO_DAY,
  equilibrioJurado,
  erroresNotasDemoDay,
  MENSAJE_FALTA_NOTA_DEMO_DAY,
  MENSAJE_NOTA_DEMO_DAY,
  notaDemoDay,
  notaPonderadaParcial,
} from "@/lib/domain/demo-day";

const todas = (n: number) => Object.fromEntries(CRITERIOS_DEMO_DAY.map((c) => [c.clave, n]));

describe("CRITERIOS_DEMO_DAY", () => {
  it("los pesos suman 100, las claves son únicas y cada criterio tiene su guía", () => {
    expect(CRITERIOS_DEMO_DAY.reduce((s, c) => s + c.peso, 0)).toBe(100);
    expect(new Set(CRITERIOS_DEMO_DAY.map((c) => c.clave)).size).toBe(CRITERIOS_DEMO_DAY.length);
    for (const c of CRITERIOS_DEMO_DAY) expect(c.guia.length).toBeGreaterThan(20);
  });
});

describe("notaDemoDay", () => {
  it("promedio ponderado a un decimal: 25/20/20/20/15", () => {
    // 7·25 + 6·20 + 5·20 + 4·20 + 3·15 = 175 + 120 + 100 + 80 + 45 = 520 → 5,2
    expect(notaDemoDay({ claridad: 7, coproduccion: 6, factibilidad: 5, aprendizaje: 4, equipo: 3 })).toBe(5.2);
    // 6,5·25 + 5·20 + 5,5·20 + 6·20 + 4,5·15 = 162,5 + 100 + 110 + 120 + 67,5 = 560 → 5,6
    expect(notaDemoDay({ claridad: 6.5, coproduccion: 5, factibilidad: 5.5, aprendizaje: 6, equipo: 4.5 })).toBe(5.6);
    // 5,3·25 + 4·75 = 132,5 + 300 = 432,5 → 4,325 → 4,3
    expect(notaDemoDay({ claridad: 5.3, coproduccion: 4, factibilidad: 4, aprendizaje: 4, equipo: 4 })).toBe(4.3);
    // 4,1·25 + 4·20 + 4·20 + 4·20 + 4,1·15 = 102,5 + 240 + 61,5 = 404 → 4,04 → 4,0
    expect(notaDemoDay({ claridad: 4.1, coproduccion: 4, factibilidad: 4, aprendizaje: 4, equipo: 4.1 })).toBe(4);
    // 4,2·25 + 4·60 + 4,5·15 = 105 + 240 + 67,5 = 412,5 → 4,1
    expect(notaDemoDay({ claridad: 4.2, coproduccion: 4, factibilidad: 4, aprendizaje: 4, equipo: 4.5 })).toBe(4.1);
    // 4,3·25 + 4·75 = 407,5 → 4,075 → 4,1 (half up)
    expect(notaDemoDay({ claridad: 4.3, coproduccion: 4, factibilidad: 4, aprendizaje: 4, equipo: 4 })).toBe(4.1);
    expect(notaDemoDay(todas(1))).toBe(1);
    expect(notaDemoDay(todas(7))).toBe(7);
  });

  it("cada criterio debe tener nota de 1,0 a 7,0 con un decimal; nada fuera de la rúbrica", () => {
    expect(() => notaDemoDay({ ...todas(5), equipo: 7.1 })).toThrow("Solidez del equipo: " + MENSAJE_NOTA_DEMO_DAY);
    expect(() => notaDemoDay({ ...todas(5), claridad: 0.9 })).toThrow(RangeError);
    expect(() => notaDemoDay({ ...todas(5), claridad: 5.25 })).toThrow(RangeError);
    expect(() => notaDemoDay({ ...todas(5), claridad: Number.NaN })).toThrow(RangeError);
    expect(() => notaDemoDay({ ...todas(5), claridad: "5" })).toThrow(RangeError);
    const { equipo: _sin, ...faltaUna } = todas(5);
    expect(() => notaDemoDay(faltaUna)).toThrow("Solidez del equipo: " + MENSAJE_FALTA_NOTA_DEMO_DAY);
    expect(erroresNotasDemoDay({ ...todas(5), carisma: 7 })).toEqual({ carisma: "Ese criterio no es parte de la rúbrica del jurado." });
    expect(erroresNotasDemoDay(todas(5))).toEqual({});
  });

  it("vista previa: sin redondear, nula mientras falte un criterio", () => {
    expect(notaPonderadaParcial({ claridad: 5.3, coproduccion: 4, factibilidad: 4, aprendizaje: 4, equipo: 4 })).toBeCloseTo(4.325, 10);
    expect(notaPonderadaParcial({ claridad: 5.3 })).toBeNull();
    expect(notaPonderadaParcial({ ...todas(5), equipo: null })).toBeNull();
  });
});

describe("equilibrioJurado", () => {
  it("cuenta las hélices y dice cuáles faltan", () => {
    expect(equilibrioJurado([])).toEqual({ conteo: { ESTADO: 0, ACADEMIA: 0, EMPRESA: 0, SOCIEDAD_CIVIL: 0 }, faltantes: ["ESTADO", "ACADEMIA", "EMPRESA", "SOCIEDAD_CIVIL"], completo: false });
    expect(equilibrioJurado(["ACADEMIA", "ESTADO", "ACADEMIA"])).toEqual({ conteo: { ESTADO: 1, ACADEMIA: 2, EMPRESA: 0, SOCIEDAD_CIVIL: 0 }, faltantes: ["EMPRESA", "SOCIEDAD_CIVIL"], completo: false });
    expect(equilibrioJurado(["SOCIEDAD_CIVIL", "EMPRESA", "ACADEMIA", "ESTADO"]).completo).toBe(true);
  });

  it("el aviso nombra las hélices faltantes", () => {
    expect(avisoHelices([])).toBeNull();
    expect(avisoHelices(["EMPRESA"])).toBe("Falta la hélice Empresa.");
    expect(avisoHelices(["EMPRESA", "SOCIEDAD_CIVIL"])).toBe("Faltan las hélices Empresa y Sociedad civil.");
    expect(avisoHelices(["ESTADO", "ACADEMIA", "EMPRESA"])).toBe("Faltan las hélices Estado, Academia y Empresa.");
  });
});
