// Popular score (lib/domain/puntaje-popular.ts): 1 + 6 × votes / max votes in the desafío, 1 with no votes.
import { describe, expect, it } from "vitest";
import { FORMULA_POPULAR, puntajesPopulares, type VotosPerfil } from "@/lib/domain/puntaje-popular";

const V = (postulacionId: string, desafioId: string, votos: number): VotosPerfil => ({ postulacionId, desafioId, votos });

describe("puntajesPopulares", () => {
  it("caso calculado a mano: dos desafíos de tamaños distintos", () => {
    // D1: max 40 → 40: 7; 10: 1 + 6·10/40 = 2,5; 0: 1. D2: max 3 → 3: 7; 1: 1 + 6/3 = 3; 2: 1 + 12/3 = 5.
    const p = puntajesPopulares([V("A", "D1", 40), V("B", "D1", 10), V("C", "D1", 0), V("X", "D2", 3), V("Y", "D2", 1), V("Z", "D2", 2)]);
    expect([...p.entries()]).toEqual([
      ["A", 7],
      ["B", 2.5],
      ["C", 1],
      ["X", 7],
      ["Y", 3],
      ["Z", 5],
    ]);
  });

  it("normaliza dentro del desafío: 3 votos en un desafío chico valen lo que 40 en uno grande", () => {
    const p = puntajesPopulares([V("grande", "D1", 40), V("otro", "D1", 20), V("chico", "D2", 3)]);
    expect(p.get("grande")).toBe(7);
    expect(p.get("chico")).toBe(7);
    expect(p.get("otro")).toBe(4);
  });

  it("no redondea: 1 de 7 votos da 1 + 6/7 = 1,857…, no 1,9", () => {
    const p = puntajesPopulares([V("a", "D", 7), V("b", "D", 1)]);
    expect(p.get("b")).toBeCloseTo(1 + 6 / 7, 12);
    expect(p.get("b")).not.toBe(1.9);
  });

  it("un desafío sin votos: todos sus perfiles 1,0; empates en el máximo: todos 7,0", () => {
    const p = puntajesPopulares([V("a", "D1", 0), V("b", "D1", 0), V("c", "D2", 5), V("d", "D2", 5)]);
    expect(p.get("a")).toBe(1);
    expect(p.get("b")).toBe(1);
    expect(p.get("c")).toBe(7);
    expect(p.get("d")).toBe(7);
  });

  it("siempre dentro de 1–7", () => {
    const perfiles = Array.from({ length: 50 }, (_, i) => V(`p${i}`, `D${i % 4}`, (i * 37) % 101));
    for (const x of puntajesPopulares(perfiles).values()) {
      expect(x).toBeGreaterThanOrEqual(1);
      expect(x).toBeLessThanOrEqual(7);
    }
  });

  it("sin perfiles no hay puntajes; votos negativos, fraccionarios o perfiles repetidos se rechazan", () => {
    expect(puntajesPopulares([]).size).toBe(0);
    expect(() => puntajesPopulares([V("a", "D", -1)])).toThrow(/entero mayor o igual a 0/);
    expect(() => puntajesPopulares([V("a", "D", 1.5)])).toThrow(RangeError);
    expect(() => puntajesPopulares([V("a", "D", 1), V("a", "D", 2)])).toThrow(/más de una vez/);
  });

  it("la fórmula pública dice lo que calcula", () => {
    expect(FORMULA_POPULAR).toMatch(/1 \+ 6 × \(votos del perfil ÷ votos del perfil más votado de su desafío\)/);
    expect(FORMULA_POPULAR).toMatch(/1,0/);
    expect(FORMULA_POPULAR).toMatch(/7,0/);
  });
});
