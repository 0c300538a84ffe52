import { afterEach, describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";

function fd(pares: [string, string | Blob][]): FormData {
  const f = new FormData();
  for (const [k, v] of pares) f.append(k, v);
  return f;
}

describe("formDataToObject", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).contaminado;
  });

  it("arma listas de objetos con claves como metricas.0.indicador", () => {
    const o = formDataToObject(
      fd([
        ["titulo", "Volver a la escuela"],
        ["metricas.0.indicador", "NNA fuera de la escuela"],
        ["metricas.0.valor", "186723"],
        ["metricas.1.indicador", "Tasa de reingreso"],
        ["metricas.1.valor", "18.5"],
        ["calendario.CIERRE.inicio", "2020-03-01"],
      ]),
    );
    expect(o).toEqual({
      titulo: "Volver a la escuela",
      metricas: [
        { indicador: "NNA fuera de la escuela", valor: "186723" },
        { indicador: "Tasa de reingreso", valor: "18.5" },
      ],
      calendario: { CIERRE: { inicio: "2020-03-01" } },
    });
    expect(Array.isArray(o.metricas)).toBe(true);
  });

  it("las claves repetidas forman un arreglo", () => {
    expect(formDataToObject(fd([["regiones", "08"], ["regiones", "13"], ["uno", "1"]]))).toEqual({ regiones: ["08", "13"], uno: "1" });
  });

  it("omite los campos propios de Next y los archivos vacíos", () => {
    const o = formDataToObject(fd([["$ACTION_ID_abc", ""], ["$ACTION_REF_1", "x"], ["adjunto", new Blob([])], ["nombre", "Ana"]]));
    expect(o).toEqual({ nombre: "Ana" });
    const conArchivo = formDataToObject(fd([["adjunto", new Blob(["hola"])]]));
    expect(conArchivo.adjunto).toBeInstanceOf(Blob);
  });

  it("una clave __proto__ no contamina Object.prototype", () => {
    const o = formDataToObject(fd([["__proto__.contaminado", "si"], ["constructor.prototype.contaminado", "si"], ["nombre", "Ana"]]));
    expect(({} as Record<string, unknown>).contaminado).toBeUndefined();
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(o.nombre).toBe("Ana");
  });
});
