// Capacitación gate (issue 10): three reference perfiles, mean |nota − referencia| per criterion ≤ umbral.
import { describe, expect, it } from "vitest";
import { evaluarCalibracion, UMBRAL_CALIBRACION, type NotasPerfil } from "@/lib/domain/calibracion";

const referencias: NotasPerfil[] = [
  { perfilId: "R1", notas: { pertinencia: 6, innovacion: 4.5, presupuesto: 3 } },
  { perfilId: "R2", notas: { pertinencia: 3, innovacion: 5, presupuesto: 5.5 } },
  { perfilId: "R3", notas: { pertinencia: 4.5, innovacion: 6.5, presupuesto: 4 } },
];

describe("evaluarCalibracion", () => {
  it("el umbral por defecto es 0,7", () => {
    expect(UMBRAL_CALIBRACION).toBe(0.7);
  });

  it("respuestas idénticas a la referencia: aprobada, sin divergencias", () => {
    const r = evaluarCalibracion(referencias, referencias);
    expect(r.aprobada).toBe(true);
    expect(r.porCriterio).toEqual([
      { criterioId: "pertinencia", diferenciaMedia: 0, dentro: true },
      { criterioId: "innovacion", diferenciaMedia: 0, dentro: true },
      { criterioId: "presupuesto", diferenciaMedia: 0, dentro: true },
    ]);
    expect(r.divergencias).toEqual([]);
  });

  it("caso calculado a mano: un criterio fuera, las divergencias con signo y de mayor a menor", () => {
    const respuestas: NotasPerfil[] = [
      // pertinencia: |6,5−6| = 0,5; innovacion: |4,5−4,5| = 0; presupuesto: |5−3| = 2,0
      { perfilId: "R1", notas: { pertinencia: 6.5, innovacion: 4.5, presupuesto: 5 } },
      // pertinencia: |2−3| = 1,0; innovacion: |5,3−5| = 0,3; presupuesto: |5,5−5,5| = 0
      { perfilId: "R2", notas: { pertinencia: 2, innovacion: 5.3, presupuesto: 5.5 } },
      // pertinencia: |4,5−4,5| = 0; innovacion: |5,6−6,5| = 0,9; presupuesto: |4,9−4| = 0,9
      { perfilId: "R3", notas: { pertinencia: 4.5, innovacion: 5.6, presupuesto: 4.9 } },
    ];
    const r = evaluarCalibracion(referencias, respuestas);
    // medias: pertinencia 1,5/3 = 0,5; innovacion 1,2/3 = 0,4; presupuesto 2,9/3 = 0,9667 > 0,7
    expect(r.porCriterio.map((c) => c.criterioId)).toEqual(["pertinencia", "innovacion", "presupuesto"]);
    expect(r.porCriterio[0].diferenciaMedia).toBeCloseTo(0.5, 9);
    expect(r.porCriterio[1].diferenciaMedia).toBeCloseTo(0.4, 9);
    expect(r.porCriterio[2].diferenciaMedia).toBeCloseTo(2.9 / 3, 9);
    expect(r.porCriterio.map((c) => c.dentro)).toEqual([true, true, false]);
    expect(r.aprobada).toBe(false);
    // |diff| > 0,7: 2,0 (R1 presupuesto), 1,0 (R2 pertinencia), 0,9 and −0,9 tie in reference order (R3 innovacion before presupuesto)
    expect(r.divergencias).toEqual([
      { perfilId: "R1", criterioId: "presupuesto", nota: 5, referencia: 3, diferencia: 2 },
      { perfilId: "R2", criterioId: "pertinencia", nota: 2, referencia: 3, diferencia: -1 },
      { perfilId: "R3", criterioId: "innovacion", nota: 5.6, referencia: 6.5, diferencia: -0.9 },
      { perfilId: "R3", criterioId: "presupuesto", nota: 4.9, referencia: 4, diferencia: 0.9 },
    ]);
  });

  it("una divergencia grande en un perfil no reprueba si la media del criterio queda dentro", () => {
    const respuestas: NotasPerfil[] = [
      { perfilId: "R1", notas: { pertinencia: 4.5, innovacion: 4.5, presupuesto: 3 } }, // pertinencia −1,5
      { perfilId: "R2", notas: { pertinencia: 3.2, innovacion: 5, presupuesto: 5.5 } }, // +0,2
      { perfilId: "R3", notas: { pertinencia: 4.5, innovacion: 6.5, presupuesto: 4 } }, // 0
    ];
    const r = evaluarCalibracion(referencias, respuestas);
    expect(r.porCriterio[0].diferenciaMedia).toBeCloseTo(1.7 / 3, 9);
    expect(r.aprobada).toBe(true);
    expect(r.divergencias).toEqual([{ perfilId: "R1", criterioId: "pertinencia", nota: 4.5, referencia: 6, diferencia: -1.5 }]);
  });

  it("una diferencia media de exactamente el umbral está dentro (5,0 − 4,3 no es 0,7000000000000002)", () => {
    const ref: NotasPerfil[] = [{ perfilId: "R", notas: { c: 4.3 } }];
    const r = evaluarCalibracion(ref, [{ perfilId: "R", notas: { c: 5 } }]);
    expect(r.porCriterio).toEqual([{ criterioId: "c", diferenciaMedia: 0.7, dentro: true }]);
    expect(r.divergencias).toEqual([]);
    expect(r.aprobada).toBe(true);
    const fuera = evaluarCalibracion(ref, [{ perfilId: "R", notas: { c: 5.1 } }]);
    expect(fuera.aprobada).toBe(false);
    expect(fuera.divergencias).toEqual([{ perfilId: "R", criterioId: "c", nota: 5.1, referencia: 4.3, diferencia: 0.8 }]);
  });

  it("el umbral es configurable", () => {
    const respuestas = referencias.map((r) => ({ perfilId: r.perfilId, notas: { ...r.notas, pertinencia: r.notas.pertinencia === 6 ? 6.4 : r.notas.pertinencia } }));
    // pertinencia: (0,4 + 0 + 0)/3 = 0,1333
    expect(evaluarCalibracion(referencias, respuestas, 0.2).aprobada).toBe(true);
    expect(evaluarCalibracion(referencias, respuestas, 0.1).aprobada).toBe(false);
    expect(evaluarCalibracion(referencias, respuestas, 0.3).divergencias).toEqual([
      { perfilId: "R1", criterioId: "pertinencia", nota: 6.4, referencia: 6, diferencia: 0.4 },
    ]);
    expect(evaluarCalibracion(referencias, referencias, 0).aprobada).toBe(true);
  });

  it("ignora respuestas a perfiles que no son de referencia y criterios que la referencia no tiene", () => {
    const respuestas = [
      ...referencias.map((r) => ({ perfilId: r.perfilId, notas: { ...r.notas, extra: 1 } })),
      { perfilId: "OTRO", notas: { pertinencia: 1 } },
    ];
    const r = evaluarCalibracion(referencias, respuestas);
    expect(r.aprobada).toBe(true);
    expect(r.porCriterio.map((c) => c.criterioId)).toEqual(["pertinencia", "innovacion", "presupuesto"]);
  });

  it("falla si falta un perfil de referencia o la nota de un criterio", () => {
    expect(() => evaluarCalibracion(referencias, referencias.slice(0, 2))).toThrow("Falta la respuesta al perfil de referencia R3.");
    const sinCriterio = referencias.map((r) => (r.perfilId === "R2" ? { perfilId: "R2", notas: { pertinencia: 3, innovacion: 5 } } : r));
    expect(() => evaluarCalibracion(referencias, sinCriterio)).toThrow("Falta la nota del criterio presupuesto en el perfil de referencia R2.");
  });

  it("falla con notas inválidas, perfiles repetidos, sin referencias o con un umbral inválido", () => {
    const mala = referencias.map((r) => (r.perfilId === "R1" ? { perfilId: "R1", notas: { ...r.notas, innovacion: 0 } } : r));
    expect(() => evaluarCalibracion(referencias, mala)).toThrow(/entre 1,0 y 7,0/);
    expect(() => evaluarCalibracion(referencias, [...referencias, referencias[0]])).toThrow("El perfil R1 tiene más de una respuesta.");
    expect(() => evaluarCalibracion([...referencias, referencias[0]], referencias)).toThrow("El perfil de referencia R1 está repetido.");
    expect(() => evaluarCalibracion([], referencias)).toThrow("al menos un perfil de referencia");
    expect(() => evaluarCalibracion([{ perfilId: "R", notas: {} }], [{ perfilId: "R", notas: {} }])).toThrow("no tienen notas");
    expect(() => evaluarCalibracion(referencias, referencias, -0.1)).toThrow(RangeError);
    expect(() => evaluarCalibracion(referencias, referencias, Number.NaN)).toThrow(RangeError);
  });
});
