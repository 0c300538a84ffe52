// Outliers (issue 10): evaluator leniency as a robust z of their mean deviation from co-evaluators, and
// perfiles whose evaluators disagree beyond a gap.
import { describe, expect, it } from "vitest";
import {
  BRECHA_POR_DEFECTO,
  desviaciones,
  discrepancias,
  ESCALA_MINIMA_POR_DEFECTO,
  indulgencias,
  LIMITE_Z_POR_DEFECTO,
  MIN_MUESTRA_POR_DEFECTO,
  type Indulgencia,
} from "@/lib/domain/atipicos";
import type { NotaEvaluador } from "@/lib/domain/puntaje-tecnico";

const N = (postulacionId: string, evaluadorId: string, nota: number): NotaEvaluador => ({ postulacionId, evaluadorId, nota });

describe("valores por defecto", () => {
  it("coinciden con los de la rúbrica (prisma: limiteIndulgencia 3, minMuestra 5, brechaDiscrepancia 1,5)", () => {
    expect(LIMITE_Z_POR_DEFECTO).toBe(3);
    expect(MIN_MUESTRA_POR_DEFECTO).toBe(5);
    expect(BRECHA_POR_DEFECTO).toBe(1.5);
    expect(ESCALA_MINIMA_POR_DEFECTO).toBe(0.2);
  });
});

describe("desviaciones: nota − promedio de los otros evaluadores del mismo perfil", () => {
  it("con dos y tres evaluadores; un perfil con uno solo no aporta", () => {
    const d = desviaciones([N("P1", "A", 5), N("P1", "B", 4), N("P2", "A", 4), N("P2", "B", 4), N("P2", "C", 5.5), N("P3", "A", 6)]);
    expect(d.map((x) => [x.postulacionId, x.evaluadorId, x.mediaOtros, x.desviacion])).toEqual([
      ["P1", "A", 4, 1],
      ["P1", "B", 5, -1],
      ["P2", "A", 4.75, -0.75], // 4 − (4 + 5,5)/2
      ["P2", "B", 4.75, -0.75],
      ["P2", "C", 4, 1.5], // 5,5 − (4 + 4)/2
    ]);
  });
});

// Four evaluators, hand-computed. Deviations:
//   P1 A 5 / B 4            → A +1, B −1
//   P2 A 6 / C 5            → A +1, C −1
//   P3 C 4 / D 4            → C 0, D 0
//   P4 B 3 / D 3,5          → B −0,5, D +0,5
//   P5 A 4 / B 4 / C 5,5    → A −0,75, B −0,75, C +1,5
// Means: A 1,25/3 = 0,41667 (n 3); B −2,25/3 = −0,75 (n 3); C 0,5/3 = 0,16667 (n 3); D 0,5/2 = 0,25 (n 2).
const cuatro = [
  N("P1", "A", 5), N("P1", "B", 4),
  N("P2", "A", 6), N("P2", "C", 5),
  N("P3", "C", 4), N("P3", "D", 4),
  N("P4", "B", 3), N("P4", "D", 3.5),
  N("P5", "A", 4), N("P5", "B", 4), N("P5", "C", 5.5),
];

const resumen = (xs: Indulgencia[]) => xs.map((x) => x.evaluadorId);

describe("indulgencias: z robusto, calculado a mano", () => {
  it("minMuestra 2, sin piso de escala: mediana 0,20833, MAD 0,125, escala 1,4826·0,125", () => {
    // pool: −0,75, 0,16667, 0,25, 0,41667 → median (0,16667 + 0,25)/2 = 0,208333
    // |d − median|: 0,958333, 0,041667, 0,041667, 0,208333 → MAD (0,041667 + 0,208333)/2 = 0,125
    const escala = 1.4826 * 0.125;
    const r = indulgencias(cuatro, { minMuestra: 2, escalaMinima: 0 });
    // C and D tie on |z|: the larger |desviacionMedia| (D, 0,25) goes first
    expect(resumen(r)).toEqual(["B", "A", "D", "C"]);
    const porId = Object.fromEntries(r.map((x) => [x.evaluadorId, x]));
    expect(porId.B.n).toBe(3);
    expect(porId.D.n).toBe(2);
    expect(porId.B.desviacionMedia).toBeCloseTo(-0.75, 9);
    expect(porId.A.desviacionMedia).toBeCloseTo(1.25 / 3, 9);
    expect(porId.B.z).toBeCloseTo((-0.75 - 0.208333333) / escala, 6); // −5,171
    expect(porId.A.z).toBeCloseTo((1.25 / 3 - 0.208333333) / escala, 6); // 1,124
    expect(porId.C.z).toBeCloseTo(-0.041666667 / escala, 6);
    expect(porId.D.z).toBeCloseTo(0.041666667 / escala, 6);
    expect(r.filter((x) => x.marcado).map((x) => x.evaluadorId)).toEqual(["B"]);
  });

  it("con el piso por defecto (0,2) la escala no baja de 0,2", () => {
    const r = indulgencias(cuatro, { minMuestra: 2 });
    const porId = Object.fromEntries(r.map((x) => [x.evaluadorId, x]));
    expect(porId.B.z).toBeCloseTo(-0.958333333 / 0.2, 6); // −4,79
    expect(porId.A.z).toBeCloseTo(0.208333333 / 0.2, 6);
    expect(porId.B.marcado).toBe(true);
    // the bound is configurable: |−4,79| is not beyond 5
    expect(indulgencias(cuatro, { minMuestra: 2, limiteZ: 5 }).some((x) => x.marcado)).toBe(false);
  });

  it("muestra mínima 3: D (n = 2) queda sin z, al final y sin marca; el resto se compara sin él", () => {
    // pool: 0,41667, −0,75, 0,16667 → median 0,16667; |d − median|: 0,25, 0,91667, 0 → MAD 0,25; escala 0,37065
    const r = indulgencias(cuatro, { minMuestra: 3 });
    expect(resumen(r)).toEqual(["B", "A", "C", "D"]);
    expect(r[3]).toEqual({ evaluadorId: "D", n: 2, desviacionMedia: 0.25, z: null, marcado: false });
    expect(r[0].z).toBeCloseTo(-0.916666667 / (1.4826 * 0.25), 6); // −2,47: not beyond 3
    expect(r[1].z).toBeCloseTo(0.25 / (1.4826 * 0.25), 6);
    expect(r[2].z).toBe(0);
    expect(r.some((x) => x.marcado)).toBe(false);
  });

  it("MAD 0: usa 1,2533 × la desviación media absoluta, y un z igual al límite no se marca", () => {
    // A −0,25, B −0,25, C 0, D 0, E +1,5, F 0, G 0 (minMuestra 1): median 0, |d|: 0,0,0,0,0,25,0,25,1,5 → MAD 0.
    // mean |d| = 2/7 → escala = 1,2533 · 2/7 = 0,35809; z(E) = 1,5/0,35809 = 4,19
    const notas = [
      N("P1", "A", 5), N("P1", "B", 5),
      N("P2", "C", 5), N("P2", "D", 5),
      N("P3", "A", 5), N("P3", "C", 5),
      N("P4", "B", 4), N("P4", "D", 4),
      N("P5", "E", 6.5), N("P5", "A", 5), N("P5", "B", 5),
      N("P6", "F", 5), N("P6", "G", 5),
    ];
    const r = indulgencias(notas, { minMuestra: 1 });
    expect(resumen(r)).toEqual(["E", "A", "B", "C", "D", "F", "G"]); // ties broken by |desviacionMedia|, then id
    expect(r[0].z).toBeCloseTo(1.5 / (1.2533 * (2 / 7)), 6);
    expect(r[0].marcado).toBe(true);
    expect(r[1].z).toBeCloseTo(-0.25 / (1.2533 * (2 / 7)), 6);
    expect(r.filter((x) => x.marcado)).toHaveLength(1);
    // floor 0,5 → z(E) = 1,5/0,5 = 3 exactly: "beyond" the bound means strictly greater
    const enElLimite = indulgencias(notas, { minMuestra: 1, escalaMinima: 0.5 });
    expect(enElLimite[0]).toMatchObject({ evaluadorId: "E", z: 3, marcado: false });
  });

  it("todos con la misma desviación y sin piso: z = 0 para todos (no divide por cero)", () => {
    const notas = [N("P1", "A", 5), N("P1", "B", 5), N("P2", "B", 4), N("P2", "C", 4), N("P3", "C", 6), N("P3", "A", 6)];
    const r = indulgencias(notas, { minMuestra: 1, escalaMinima: 0 });
    expect(r.map((x) => x.z)).toEqual([0, 0, 0]);
    expect(r.map((x) => x.evaluadorId)).toEqual(["A", "B", "C"]);
  });

  it("sin notas, un solo evaluador o menos de tres evaluadores con muestra: sin z", () => {
    expect(indulgencias([])).toEqual([]);
    expect(indulgencias([N("P1", "A", 5), N("P2", "A", 6)], { minMuestra: 1 })).toEqual([
      { evaluadorId: "A", n: 0, desviacionMedia: 0, z: null, marcado: false },
    ]);
    // two evaluators who share everything: one is +1 of the other, nobody can say which is off
    const dos = [N("P1", "A", 6), N("P1", "B", 5), N("P2", "A", 5), N("P2", "B", 4)];
    const r = indulgencias(dos, { minMuestra: 1 });
    expect(r.map((x) => [x.evaluadorId, x.desviacionMedia, x.z, x.marcado])).toEqual([
      ["A", 1, null, false],
      ["B", -1, null, false],
    ]);
  });

  it("falla con opciones inválidas o notas inválidas", () => {
    expect(() => indulgencias(cuatro, { minMuestra: 0 })).toThrow(RangeError);
    expect(() => indulgencias(cuatro, { limiteZ: 0 })).toThrow(RangeError);
    expect(() => indulgencias(cuatro, { escalaMinima: -1 })).toThrow(RangeError);
    expect(() => indulgencias([N("P1", "A", 8)])).toThrow(/entre 1,0 y 7,0/);
    expect(() => indulgencias([N("P1", "A", 5), N("P1", "A", 5)])).toThrow("más de una nota");
  });
});

/**
 * 8 evaluators, every pair shares 2 perfiles (56 perfiles, 14 co-evaluated each, 2 evaluators per perfil).
 * Perfil quality 3,0–5,0; each grade = quality + the evaluator's bias + deterministic noise in [−0,30, +0,30].
 */
function convocatoria(sesgos: Record<string, number>): NotaEvaluador[] {
  const evaluadores = Array.from({ length: 8 }, (_, i) => `E${i + 1}`);
  const notas: NotaEvaluador[] = [];
  let p = 0;
  let k = 0;
  for (let ronda = 0; ronda < 2; ronda++) {
    for (let i = 0; i < 8; i++) {
      for (let j = i + 1; j < 8; j++) {
        const calidad = 3 + ((p * 7) % 21) / 10;
        const id = `P${++p}`;
        for (const e of [evaluadores[i], evaluadores[j]]) {
          k++;
          const ruido = (((k * 37) % 61) - 30) / 100;
          notas.push(N(id, e, calidad + (sesgos[e] ?? 0) + ruido));
        }
      }
    }
  }
  return notas;
}

describe("indulgencias en una convocatoria de 8 evaluadores (2 por perfil)", () => {
  it("el ruido está dentro de ±0,3 y cada evaluador comparte 14 perfiles", () => {
    const notas = convocatoria({});
    expect(notas).toHaveLength(112);
    for (const d of desviaciones(notas)) expect(Math.abs(d.desviacion)).toBeLessThanOrEqual(0.6 + 1e-9);
    expect(indulgencias(notas).every((x) => x.n === 14)).toBe(true);
  });

  it("solo ruido: nadie queda marcado", () => {
    expect(indulgencias(convocatoria({})).filter((x) => x.marcado)).toEqual([]);
  });

  it("uno +1,5 sobre sus coevaluadores: exactamente ese queda marcado, con z positivo", () => {
    const r = indulgencias(convocatoria({ E3: 1.5 }));
    expect(r.filter((x) => x.marcado).map((x) => x.evaluadorId)).toEqual(["E3"]);
    expect(r[0].evaluadorId).toBe("E3");
    expect(r[0].z!).toBeGreaterThan(LIMITE_Z_POR_DEFECTO);
    expect(r[0].desviacionMedia).toBeGreaterThan(1.2);
    for (const x of r.slice(1)) expect(Math.abs(x.z!)).toBeLessThan(2);
  });

  it("uno −1,5 (estricto): queda marcado, con z negativo", () => {
    const r = indulgencias(convocatoria({ E6: -1.5 }));
    expect(r.filter((x) => x.marcado).map((x) => x.evaluadorId)).toEqual(["E6"]);
    expect(r[0].z!).toBeLessThan(-LIMITE_Z_POR_DEFECTO);
  });

  it("uno indulgente y uno estricto en la misma convocatoria: ambos marcados y nadie más", () => {
    const r = indulgencias(convocatoria({ E3: 1.5, E6: -1.5 }));
    const marcados = Object.fromEntries(r.filter((x) => x.marcado).map((x) => [x.evaluadorId, x.z!]));
    expect(Object.keys(marcados).sort()).toEqual(["E3", "E6"]);
    expect(marcados.E3).toBeGreaterThan(0);
    expect(marcados.E6).toBeLessThan(0);
  });

  it("con una muestra mínima mayor que los 14 perfiles compartidos, nadie tiene z ni queda marcado", () => {
    const r = indulgencias(convocatoria({ E3: 1.5 }), { minMuestra: 15 });
    expect(r.every((x) => x.z === null && !x.marcado)).toBe(true);
  });
});

describe("discrepancias", () => {
  const notas = [
    N("P1", "A", 4), N("P1", "B", 6), // 2,0
    N("P2", "A", 1.2), N("P2", "B", 2.7), // 1,5 (2,7 − 1,2 = 1,5000000000000002 in floats): not beyond 1,5
    N("P3", "A", 2), N("P3", "B", 5), N("P3", "C", 4), // 3,0
    N("P4", "A", 1), // single evaluator
    N("P5", "C", 3), N("P5", "B", 5), // 2,0, ties with P1
    N("P6", "B", 5.5), N("P6", "C", 5.5), // 0
  ];

  it("brecha > 1,5 por defecto, de mayor a menor, empates por perfil", () => {
    expect(discrepancias(notas)).toEqual([
      { postulacionId: "P3", minima: 2, maxima: 5, brecha: 3 },
      { postulacionId: "P1", minima: 4, maxima: 6, brecha: 2 },
      { postulacionId: "P5", minima: 3, maxima: 5, brecha: 2 },
    ]);
  });

  it("brecha configurable", () => {
    expect(discrepancias(notas, 1.4).map((d) => d.postulacionId)).toEqual(["P3", "P1", "P5", "P2"]);
    expect(discrepancias(notas, 2).map((d) => d.postulacionId)).toEqual(["P3"]);
    expect(discrepancias(notas, 0).map((d) => d.postulacionId)).toEqual(["P3", "P1", "P5", "P2"]);
  });

  it("sin notas o con un solo evaluador por perfil: ninguna", () => {
    expect(discrepancias([])).toEqual([]);
    expect(discrepancias([N("P1", "A", 1), N("P2", "A", 7)])).toEqual([]);
  });

  it("falla con una brecha o notas inválidas", () => {
    expect(() => discrepancias(notas, -1)).toThrow(RangeError);
    expect(() => discrepancias(notas, Number.NaN)).toThrow(RangeError);
    expect(() => discrepancias([N("P1", "A", 0)])).toThrow(/entre 1,0 y 7,0/);
  });
});
