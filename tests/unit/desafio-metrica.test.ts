import { describe, expect, it } from "vitest";
import { metricaSchema, VALOR_MAXIMO_METRICA } from "@/lib/desafios/schema";

const base = { indicador: "Cuidadores con sobrecarga", unidad: "%", fuente: "Encuesta", fecha: "2018-12-31" };

describe("valor de una métrica de línea base", () => {
  it("acepta porcentajes, negativos y hasta un billón", () => {
    for (const valor of [0, 42.5, -3, VALOR_MAXIMO_METRICA, -VALOR_MAXIMO_METRICA]) {
      expect(metricaSchema.safeParse({ ...base, valor }).success, String(valor)).toBe(true);
    }
  });

  it("rechaza en español lo que ningún indicador mide (el caso que encontró la prueba de propiedades en PostgreSQL)", () => {
    for (const valor of [Number.MAX_VALUE, -Number.MAX_VALUE, VALOR_MAXIMO_METRICA * 10]) {
      const r = metricaSchema.safeParse({ ...base, valor });
      expect(r.success, String(valor)).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("El valor está fuera de rango (máximo un billón).");
    }
  });
});
