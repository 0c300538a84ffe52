// Technical score per perfil (issue 10): simple mean over evaluators, or mean of per-evaluator normalised grades.
import { describe, expect, it } from "vitest";
import {
  FORMULA_PUNTAJE,
  formulaPuntaje,
  MIN_MUESTRA_POR_DEFECTO,
  notasNormalizadas,
  puntajesTecnicos,
  SIGMA_MINIMA_POR_DEFECTO,
  type NotaEvaluador,
} from "@/lib/domain/puntaje-tecnico";

const N = (postulacionId: string, evaluadorId: string, nota: number): NotaEvaluador => ({ postulacionId, evaluadorId, nota });

describe("puntajesTecnicos sin normalizar: promedio simple", () => {
  it("caso calculado a mano", () => {
    const p = puntajesTecnicos(
      [N("P1", "A", 5), N("P1", "B", 6), N("P2", "A", 4.2), N("P3", "A", 3), N("P3", "B", 4), N("P3", "C", 6.5)],
      { normalizar: false },
    );
    expect([...p.keys()]).toEqual(["P1", "P2", "P3"]);
    expect(p.get("P1")).toBeCloseTo(5.5, 12);
    expect(p.get("P2")).toBeCloseTo(4.2, 12); // a single evaluator: their grade
    expect(p.get("P3")).toBeCloseTo(13.5 / 3, 12);
  });

  it("no redondea: 4,75 y 5,125 quedan como están", () => {
    const p = puntajesTecnicos([N("P1", "A", 4.5), N("P1", "B", 5), N("P2", "A", 5.125)], { normalizar: false });
    expect(p.get("P1")).toBe(4.75);
    expect(p.get("P2")).toBe(5.125);
  });

  it("sin notas no hay puntajes", () => {
    expect(puntajesTecnicos([], { normalizar: false }).size).toBe(0);
    expect(puntajesTecnicos([], { normalizar: true }).size).toBe(0);
  });

  it("falla con notas fuera de 1–7, un par perfil–evaluador repetido o una muestra mínima inválida", () => {
    expect(() => puntajesTecnicos([N("P1", "A", 7.5)], { normalizar: false })).toThrow(/entre 1,0 y 7,0/);
    expect(() => puntajesTecnicos([N("P1", "A", 0.5)], { normalizar: true })).toThrow(RangeError);
    expect(() => puntajesTecnicos([N("P1", "A", Number.NaN)], { normalizar: false })).toThrow(RangeError);
    expect(() => puntajesTecnicos([N("P1", "A", 5), N("P1", "A", 6)], { normalizar: false })).toThrow("A tiene más de una nota para P1.");
    expect(() => puntajesTecnicos([N("", "A", 5)], { normalizar: false })).toThrow("postulación y su evaluador");
    expect(() => puntajesTecnicos([N("P1", "A", 5)], { normalizar: true, minMuestra: 0 })).toThrow(RangeError);
    expect(() => puntajesTecnicos([N("P1", "A", 5)], { normalizar: true, minMuestra: 2.5 })).toThrow(RangeError);
  });
});

describe("normalización por evaluador", () => {
  it("caso calculado a mano: z para A y B, sin ajuste para C (menos de minMuestra notas)", () => {
    // A: 4, 6 → μA = 5, σA = 1.  B: 5; 5,5; 6 → μB = 5,5, σB = √(1/6).  C: 3 (n = 1 < 2).
    // All: 4, 6, 5, 5,5, 6, 3 → μ = 29,5/6 = 59/12; Σ(x − μ)² = 173/24, σ² = 173/144, σ = √173/12.
    const notas = [N("P1", "A", 4), N("P2", "A", 6), N("P1", "B", 5), N("P2", "B", 5.5), N("P3", "B", 6), N("P3", "C", 3)];
    const mu = 59 / 12;
    const sigma = Math.sqrt(173) / 12;
    const sigmaB = Math.sqrt(1 / 6);
    const ajustadas = notasNormalizadas(notas, { minMuestra: 2 });
    const esperado = [
      [mu - sigma, "z"], // A P1: (4 − 5)/1 = −1
      [mu + sigma, "z"], // A P2: +1
      [mu - (sigma * 0.5) / sigmaB, "z"], // B P1: −0,5/σB
      [mu, "z"], // B P2: at B's mean
      [mu + (sigma * 0.5) / sigmaB, "z"], // B P3
      [3, "sin-ajuste"], // C P3
    ] as const;
    ajustadas.forEach((a, i) => {
      expect(a.ajustada, `${a.postulacionId} ${a.evaluadorId}`).toBeCloseTo(esperado[i][0], 12);
      expect(a.metodo).toBe(esperado[i][1]);
    });
    // numbers, to make the closed forms concrete
    expect(ajustadas[0].ajustada).toBeCloseTo(3.820588, 5);
    expect(ajustadas[2].ajustada).toBeCloseTo(3.574248, 5);

    const p = puntajesTecnicos(notas, { normalizar: true, minMuestra: 2 });
    expect(p.get("P1")).toBeCloseTo((mu - sigma + mu - (sigma * 0.5) / sigmaB) / 2, 12);
    expect(p.get("P2")).toBeCloseTo((mu + sigma + mu) / 2, 12);
    expect(p.get("P3")).toBeCloseTo((mu + (sigma * 0.5) / sigmaB + 3) / 2, 12);
    expect(p.get("P1")).toBeCloseTo(3.697419, 5);
    // without normalising P1 would be 4,5: B is lenient and A spreads more, so P1 drops
    expect(puntajesTecnicos(notas, { normalizar: false }).get("P1")).toBe(4.5);
  });

  it("solo desplazamiento cuando las notas del evaluador casi no varían (σₑ < sigmaMinima)", () => {
    // D: 5,0; 5,2 → μD = 5,1, σD = 0,1 < 0,25.  E: 3; 6 → μE = 4,5, σE = 1,5.
    // All: μ = 19,2/4 = 4,8; Σ(x − μ)² = 0,04 + 0,16 + 3,24 + 1,44 = 4,88 → σ = √1,22.
    const notas = [N("P1", "D", 5), N("P2", "D", 5.2), N("P1", "E", 3), N("P2", "E", 6)];
    const sigma = Math.sqrt(1.22);
    const a = notasNormalizadas(notas, { minMuestra: 2 });
    expect(a.map((x) => x.metodo)).toEqual(["desplazamiento", "desplazamiento", "z", "z"]);
    expect(a[0].ajustada).toBeCloseTo(4.7, 12); // 4,8 + (5,0 − 5,1)
    expect(a[1].ajustada).toBeCloseTo(4.9, 12); // 4,8 + (5,2 − 5,1)
    expect(a[2].ajustada).toBeCloseTo(4.8 - sigma, 12); // (3 − 4,5)/1,5 = −1
    expect(a[3].ajustada).toBeCloseTo(4.8 + sigma, 12);
    const p = puntajesTecnicos(notas, { normalizar: true, minMuestra: 2 });
    expect(p.get("P1")).toBeCloseTo((4.7 + 4.8 - sigma) / 2, 12);
    expect(p.get("P2")).toBeCloseTo((4.9 + 4.8 + sigma) / 2, 12);
    // with sigmaMinima 0,05 D is stretched instead: (5 − 5,1)/0,1 = −1 → 4,8 − σ
    const estirada = notasNormalizadas(notas, { minMuestra: 2, sigmaMinima: 0.05 });
    expect(estirada[0].metodo).toBe("z");
    expect(estirada[0].ajustada).toBeCloseTo(4.8 - sigma, 12);
  });

  it("un evaluador que pone la misma nota a todo solo se desplaza (σₑ = 0, sin dividir por cero)", () => {
    const notas = [N("P1", "F", 5), N("P2", "F", 5), N("P1", "G", 3), N("P2", "G", 4)];
    const a = notasNormalizadas(notas, { minMuestra: 2 });
    // μ = 17/4 = 4,25; F: 4,25 + (5 − 5) = 4,25
    expect(a[0]).toMatchObject({ metodo: "desplazamiento", ajustada: 4.25 });
    expect(a[1]).toMatchObject({ metodo: "desplazamiento", ajustada: 4.25 });
  });

  it("acota a 1,0–7,0", () => {
    // G: 2, 2, 2, 6 → μG = 3, σG = √3.  H: 6; 6,5; 7; 6,5 → μH = 6,5, σH = √0,125.
    // All: μ = 38/8 = 4,75; Σ(x − μ)² = 37 → σ = √4,625 ≈ 2,15.
    // G P4: 4,75 + 2,15·3/√3 ≈ 8,47 → 7.  H P3: 4,75 + 2,15·0,5/√0,125 ≈ 7,79 → 7.  H P1: ≈ 1,71, inside.
    const notas = [N("P1", "G", 2), N("P2", "G", 2), N("P3", "G", 2), N("P4", "G", 6), N("P1", "H", 6), N("P2", "H", 6.5), N("P3", "H", 7), N("P4", "H", 6.5)];
    const a = notasNormalizadas(notas, { minMuestra: 2 });
    const sigma = Math.sqrt(4.625);
    expect(a[3].ajustada).toBe(7);
    expect(a[6].ajustada).toBe(7);
    expect(a[4].ajustada).toBeCloseTo(4.75 - (sigma * 0.5) / Math.sqrt(0.125), 12);
    expect(a[0].ajustada).toBeCloseTo(4.75 - sigma / Math.sqrt(3), 12);
    for (const x of a) {
      expect(x.ajustada).toBeGreaterThanOrEqual(1);
      expect(x.ajustada).toBeLessThanOrEqual(7);
    }
  });

  it("con todos bajo la muestra mínima (por defecto 5) es el promedio simple", () => {
    const notas = [N("P1", "A", 4), N("P2", "A", 6), N("P1", "B", 5), N("P2", "B", 5.5)];
    expect(MIN_MUESTRA_POR_DEFECTO).toBe(5);
    expect(puntajesTecnicos(notas, { normalizar: true })).toEqual(puntajesTecnicos(notas, { normalizar: false }));
    expect(notasNormalizadas(notas).every((n) => n.metodo === "sin-ajuste")).toBe(true);
  });

  it("un único evaluador con muestra suficiente conserva sus notas (μ = μₑ, σ = σₑ)", () => {
    const notas = [N("P1", "A", 3), N("P2", "A", 4), N("P3", "A", 5), N("P4", "A", 6), N("P5", "A", 6.5)];
    const p = puntajesTecnicos(notas, { normalizar: true });
    notas.forEach((n) => expect(p.get(n.postulacionId)).toBeCloseTo(n.nota, 12));
  });

  it("iguala a un evaluador indulgente con uno estricto que ordenan igual los perfiles", () => {
    // Same 5 perfiles, same order; I grades exactly 1,5 above S and with the same spread.
    const base = [3, 3.5, 4, 4.5, 5];
    const notas = base.flatMap((x, i) => [N(`P${i + 1}`, "S", x), N(`P${i + 1}`, "I", x + 1.5)]);
    const a = notasNormalizadas(notas);
    for (let i = 0; i < base.length; i++) expect(a[2 * i].ajustada).toBeCloseTo(a[2 * i + 1].ajustada, 12);
  });
});

describe("FORMULA_PUNTAJE", () => {
  it("escribe las fórmulas que se aplican, con los parámetros por defecto", () => {
    expect(FORMULA_PUNTAJE.simple).toContain("promedio simple de las notas finales");
    expect(FORMULA_PUNTAJE.simple).toContain("Σ (nota del criterio × peso del criterio) / 100");
    expect(FORMULA_PUNTAJE.normalizado).toContain("nota′ = μ + σ × (nota − μₑ) / σₑ");
    expect(FORMULA_PUNTAJE.normalizado).toContain(`menos de ${MIN_MUESTRA_POR_DEFECTO} evaluaciones`);
    expect(FORMULA_PUNTAJE.normalizado).toContain("menor que 0,25");
    expect(SIGMA_MINIMA_POR_DEFECTO).toBe(0.25);
    expect(FORMULA_PUNTAJE.normalizado).toContain("nota′ = μ + nota − μₑ");
    expect(FORMULA_PUNTAJE.normalizado).toContain("1,0–7,0");
  });

  it("formulaPuntaje usa los parámetros configurados", () => {
    const f = formulaPuntaje({ minMuestra: 8, sigmaMinima: 0.3 });
    expect(f.normalizado).toContain("menos de 8 evaluaciones");
    expect(f.normalizado).toContain("menor que 0,3");
  });
});
