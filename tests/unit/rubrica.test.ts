// Rubric of the evaluación técnica (issue 10): default criteria, weights and the weighted final grade.
import { describe, expect, it } from "vitest";
import { esNotaValida, formatoNota, NOTA_APROBACION } from "@/lib/domain/nota";
import { CRITERIOS_POR_DEFECTO, errorPesos, notaPonderada } from "@/lib/domain/rubrica";

describe("criterios por defecto", () => {
  it("son los seis del issue, con claves únicas y pesos que suman 100", () => {
    expect(CRITERIOS_POR_DEFECTO.map((c) => c.nombre)).toEqual([
      "Pertinencia al desafío",
      "Innovación",
      "Factibilidad",
      "Co-producción con usuarios",
      "Potencial de aprendizaje y escalamiento",
      "Coherencia del presupuesto",
    ]);
    const claves = CRITERIOS_POR_DEFECTO.map((c) => c.clave);
    expect(new Set(claves).size).toBe(6);
    for (const clave of claves) expect(clave).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(CRITERIOS_POR_DEFECTO.reduce((a, c) => a + c.peso, 0)).toBe(100);
    expect(errorPesos(CRITERIOS_POR_DEFECTO.map((c) => c.peso))).toBeNull();
  });

  it("cada uno trae descripción, orientación y dos ejemplos: uno bajo 4,0 y otro alto", () => {
    for (const c of CRITERIOS_POR_DEFECTO) {
      expect(c.descripcion.length, c.clave).toBeGreaterThan(60);
      expect(c.orientacion.length, c.clave).toBeGreaterThan(200);
      expect(c.ejemplos, c.clave).toHaveLength(2);
      const [bajo, alto] = c.ejemplos;
      for (const e of c.ejemplos) {
        expect(esNotaValida(e.nota), `${c.clave} ${e.nota}`).toBe(true);
        expect(e.texto.length, c.clave).toBeGreaterThan(120);
      }
      expect(bajo.nota, c.clave).toBeLessThan(NOTA_APROBACION);
      expect(alto.nota, c.clave).toBeGreaterThanOrEqual(6);
    }
  });

  it("no se pueden modificar en el lugar (los comparten la siembra, el formulario y las pruebas)", () => {
    expect(Object.isFrozen(CRITERIOS_POR_DEFECTO)).toBe(true);
    expect(Object.isFrozen(CRITERIOS_POR_DEFECTO[0])).toBe(true);
    expect(Object.isFrozen(CRITERIOS_POR_DEFECTO[0].ejemplos)).toBe(true);
    expect(Object.isFrozen(CRITERIOS_POR_DEFECTO[0].ejemplos[0])).toBe(true);
    expect(() => {
      (CRITERIOS_POR_DEFECTO[0] as { peso: number }).peso = 99;
    }).toThrow(TypeError);
  });
});

describe("errorPesos", () => {
  it("acepta enteros de 1 a 100 que suman exactamente 100", () => {
    expect(errorPesos([100])).toBeNull();
    expect(errorPesos([1, 99])).toBeNull();
    expect(errorPesos([25, 15, 20, 15, 15, 10])).toBeNull();
    expect(errorPesos(Array(100).fill(1))).toBeNull();
  });

  it("dice la suma actual cuando no es 100", () => {
    expect(errorPesos([50, 40])).toBe("Los pesos de los criterios deben sumar 100 %; ahora suman 90 %.");
    expect(errorPesos([60, 50])).toBe("Los pesos de los criterios deben sumar 100 %; ahora suman 110 %.");
    expect(errorPesos([100, 100])).toBe("Los pesos de los criterios deben sumar 100 %; ahora suman 200 %.");
  });

  it("rechaza pesos decimales, cero, negativos, sobre 100 o no numéricos, nombrando el criterio", () => {
    expect(errorPesos([50, 49.5, 0.5])).toBe("Cada peso debe ser un número entero entre 1 y 100 %; el criterio 2 tiene 49,5.");
    expect(errorPesos([100, 0])).toBe("Cada peso debe ser un número entero entre 1 y 100 %; el criterio 2 tiene 0.");
    expect(errorPesos([120, -20])).toBe("Cada peso debe ser un número entero entre 1 y 100 %; el criterio 1 tiene 120.");
    expect(errorPesos([Number.NaN, 100])).toBe("Cada peso debe ser un número entero entre 1 y 100 %; el criterio 1 tiene un valor no numérico.");
  });

  it("una rúbrica sin criterios no es válida", () => {
    expect(errorPesos([])).toBe("La rúbrica necesita al menos un criterio con peso.");
  });
});

describe("notaPonderada: Σ nota·peso / 100", () => {
  const criterios = CRITERIOS_POR_DEFECTO.map((c) => ({ id: c.clave, peso: c.peso }));

  it("con los criterios por defecto (25, 15, 20, 15, 15, 10)", () => {
    const notas = {
      pertinencia: 6,
      innovacion: 5,
      factibilidad: 4.5,
      coproduccion: 3,
      "aprendizaje-escalamiento": 5.5,
      presupuesto: 7,
    };
    // 6·25 + 5·15 + 4,5·20 + 3·15 + 5,5·15 + 7·10 = 150 + 75 + 90 + 45 + 82,5 + 70 = 512,5 → 5,125 (unrounded)
    expect(notaPonderada(notas, criterios)).toBeCloseTo(5.125, 12);
  });

  it("sin redondear: 5,3·50 + 4,2·50 = 4,75", () => {
    expect(notaPonderada({ a: 5.3, b: 4.2 }, [{ id: "a", peso: 50 }, { id: "b", peso: 50 }])).toBeCloseTo(4.75, 12);
    expect(notaPonderada({ a: 7, b: 1 }, [{ id: "a", peso: 1 }, { id: "b", peso: 99 }])).toBeCloseTo(1.06, 12);
  });

  it("1,1 con peso 5 y 4,1 con peso 95 vale 3,95, que se muestra 4,0 y aprueba", () => {
    const nota = notaPonderada({ a: 1.1, b: 4.1 }, [{ id: "a", peso: 5 }, { id: "b", peso: 95 }]);
    expect(nota).toBeCloseTo(3.95, 12);
    expect(formatoNota(nota)).toBe("4,0");
  });

  it("todas las notas iguales dan esa nota, y un único criterio con peso 100 da su nota", () => {
    const iguales = Object.fromEntries(criterios.map((c) => [c.id, 4.4]));
    expect(notaPonderada(iguales, criterios)).toBeCloseTo(4.4, 12);
    expect(notaPonderada({ x: 6.1 }, [{ id: "x", peso: 100 }])).toBeCloseTo(6.1, 12);
  });

  it("ignora notas de claves que no son criterios", () => {
    expect(notaPonderada({ a: 5, b: 3, viejo: 1 }, [{ id: "a", peso: 50 }, { id: "b", peso: 50 }])).toBe(4);
  });

  it("falla si falta la nota de un criterio", () => {
    expect(() => notaPonderada({ a: 5 }, [{ id: "a", peso: 50 }, { id: "b", peso: 50 }])).toThrow("Falta la nota del criterio b.");
  });

  it("falla con notas fuera de la escala o que no son número", () => {
    const dos = [{ id: "a", peso: 50 }, { id: "b", peso: 50 }];
    expect(() => notaPonderada({ a: 5, b: 0.5 }, dos)).toThrow(/criterio b debe estar entre 1,0 y 7,0/);
    expect(() => notaPonderada({ a: 7.5, b: 4 }, dos)).toThrow(/criterio a/);
    expect(() => notaPonderada({ a: Number.NaN, b: 4 }, dos)).toThrow(/criterio a/);
  });

  it("falla si los pesos no son válidos o un criterio se repite", () => {
    expect(() => notaPonderada({ a: 5, b: 4 }, [{ id: "a", peso: 50 }, { id: "b", peso: 40 }])).toThrow("ahora suman 90 %");
    expect(() => notaPonderada({ a: 5 }, [{ id: "a", peso: 50 }, { id: "a", peso: 50 }])).toThrow("El criterio a está repetido en la rúbrica.");
    expect(() => notaPonderada({}, [])).toThrow("al menos un criterio");
  });

  it("una nota de valor heredado del prototipo no cuenta como nota", () => {
    expect(() => notaPonderada({}, [{ id: "toString", peso: 100 }])).toThrow("Falta la nota del criterio toString.");
  });
});

describe("clave de un criterio (FORMATO_CLAVE)", () => {
  it("acepta minúsculas, números y guiones con al menos una letra; rechaza solo dígitos, mayúsculas, tildes y guiones sueltos", async () => {
    const { FORMATO_CLAVE } = await import("@/lib/rubrica/schema");
    for (const ok of ["pertinencia", "co-produccion", "criterio-2", "a1", "2a"]) expect(FORMATO_CLAVE.test(ok), ok).toBe(true);
    for (const mal of ["12", "1-2", "", "-a", "a-", "a--b", "Innovación", "innovación", "a b"]) expect(FORMATO_CLAVE.test(mal), mal).toBe(false);
  });
});
