// Leaving FORMACION_INCUBACION (issue 13): the signed final acta AND a convenio with its signed document for
// every finally selected project; the message counts them and names up to five.
import { describe, expect, it } from "vitest";
import { evaluarAvance, mensajeSinConvenio, type ResumenConvocatoria } from "@/lib/domain/etapas";

const resumen = (r: Partial<ResumenConvocatoria>): ResumenConvocatoria => ({
  etapaActual: "FORMACION_INCUBACION",
  desafiosPublicados: 3,
  etapasConFechas: [],
  perfilesSinDecision: 0,
  perfilesSinEvaluaciones: 0,
  rondasCerradas: ["PRESELECCION", "SELECCION_FINAL"],
  seleccionadasSinConvenio: [],
  pilotosConHitosAbiertos: [],
  ...r,
});

const ACTA_FINAL = "El acta de selección final debe estar firmada por todos los miembros presentes del comité.";

describe("precondición del convenio para pasar a Ejecución", () => {
  it("con el acta final firmada y todos los convenios, avanza", () => {
    expect(evaluarAvance(resumen({}))).toEqual({ puede: true, hacia: "EJECUCION" });
  });

  it("un proyecto sin convenio lo nombra", () => {
    expect(evaluarAvance(resumen({ seleccionadasSinConvenio: ["Red de relevos"] }))).toEqual({
      puede: false,
      hacia: "EJECUCION",
      faltantes: ["Cada proyecto seleccionado en el acta final debe tener su convenio registrado con el documento firmado: falta el de 1 proyecto seleccionado («Red de relevos»)."],
    });
  });

  it("dos proyectos: «A» y «B»", () => {
    expect(mensajeSinConvenio(["A", "B"])).toBe(
      "Cada proyecto seleccionado en el acta final debe tener su convenio registrado con el documento firmado: falta el de 2 proyectos seleccionados («A» y «B»).",
    );
  });

  it("cinco se nombran todos; desde el sexto se cuentan los demás", () => {
    expect(mensajeSinConvenio(["A", "B", "C", "D", "E"])).toMatch(/falta el de 5 proyectos seleccionados \(«A», «B», «C», «D» y «E»\)\.$/);
    expect(mensajeSinConvenio(["A", "B", "C", "D", "E", "F"])).toMatch(/falta el de 6 proyectos seleccionados \(«A», «B», «C», «D», «E» y 1 más\)\.$/);
    expect(mensajeSinConvenio(["A", "B", "C", "D", "E", "F", "G", "H"])).toMatch(/\(«A», «B», «C», «D», «E» y 3 más\)\.$/);
  });

  it("sin el acta final firmada faltan ambas cosas, en ese orden", () => {
    const r = evaluarAvance(resumen({ rondasCerradas: ["PRESELECCION"], seleccionadasSinConvenio: ["X"] }));
    expect(r.puede).toBe(false);
    expect(r.puede ? [] : r.faltantes).toEqual([ACTA_FINAL, mensajeSinConvenio(["X"])]);
  });

  it("solo se lee al salir de Formación e incubación", () => {
    expect(evaluarAvance(resumen({ etapaActual: "EJECUCION", seleccionadasSinConvenio: ["X"] }))).toEqual({ puede: true, hacia: "CIERRE" });
    expect(evaluarAvance(resumen({ etapaActual: "SELECCION_CONTRATACION", seleccionadasSinConvenio: ["X"] }))).toEqual({ puede: true, hacia: "FORMACION_INCUBACION" });
  });
});
