import { describe, expect, it } from "vitest";
import {
  erroresCalendario,
  ETAPAS,
  evaluacionesRequeridas,
  evaluarAvance,
  indiceEtapa,
  NOMBRE_ETAPA,
  perfilesSinEvaluaciones,
  siguienteEtapa,
  type Etapa,
  type ResumenConvocatoria,
} from "@/lib/domain/etapas";

const resumen = (r: Partial<ResumenConvocatoria>): ResumenConvocatoria => ({
  etapaActual: "DESARROLLO_CONCURSO",
  desafiosPublicados: 0,
  etapasConFechas: [],
  perfilesSinDecision: 0,
  perfilesSinEvaluaciones: 0,
  // Both actas signed unless a test says otherwise (only leaving etapas 3 and 4 reads them).
  rondasCerradas: ["PRESELECCION", "SELECCION_FINAL"],
  // Every finally selected project has its convenio unless a test says otherwise (only leaving etapa 4 reads it).
  seleccionadasSinConvenio: [],
  pilotosConHitosAbiertos: [],
  ...r,
});

describe("etapas", () => {
  it("son seis, en el orden del fondo", () => {
    expect(ETAPAS).toEqual(["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION", "FORMACION_INCUBACION", "EJECUCION", "CIERRE"]);
    ETAPAS.forEach((e, i) => expect(indiceEtapa(e)).toBe(i));
    expect(ETAPAS.map(siguienteEtapa)).toEqual(["CONVOCATORIA", "SELECCION_CONTRATACION", "FORMACION_INCUBACION", "EJECUCION", "CIERRE", null]);
    for (const e of ETAPAS) expect(NOMBRE_ETAPA[e]).toMatch(/\S/);
  });

  it("no pasa a CONVOCATORIA sin desafíos publicados ni calendario", () => {
    const r = evaluarAvance(resumen({}));
    expect(r).toEqual({
      puede: false,
      hacia: "CONVOCATORIA",
      faltantes: ["Debe haber al menos un desafío publicado.", "El calendario debe tener fechas de inicio y término para las seis etapas."],
    });
  });

  it("informa solo la precondición que falta", () => {
    expect(evaluarAvance(resumen({ desafiosPublicados: 3, etapasConFechas: ETAPAS.slice(0, 5) }))).toEqual({
      puede: false,
      hacia: "CONVOCATORIA",
      faltantes: ["El calendario debe tener fechas de inicio y término para las seis etapas."],
    });
    expect(evaluarAvance(resumen({ etapasConFechas: [...ETAPAS] }))).toEqual({
      puede: false,
      hacia: "CONVOCATORIA",
      faltantes: ["Debe haber al menos un desafío publicado."],
    });
  });

  it("avanza cuando se cumplen las precondiciones", () => {
    expect(evaluarAvance(resumen({ desafiosPublicados: 1, etapasConFechas: [...ETAPAS] }))).toEqual({ puede: true, hacia: "CONVOCATORIA" });
  });

  it("las etapas sin precondiciones avanzan a la siguiente", () => {
    for (const e of ETAPAS.slice(1, -1)) expect(evaluarAvance(resumen({ etapaActual: e }))).toEqual({ puede: true, hacia: siguienteEtapa(e) });
  });

  it("no sale de CONVOCATORIA mientras haya perfiles enviados sin decisión de admisibilidad", () => {
    expect(evaluarAvance(resumen({ etapaActual: "CONVOCATORIA", perfilesSinDecision: 2 }))).toEqual({
      puede: false,
      hacia: "SELECCION_CONTRATACION",
      faltantes: ["Todos los perfiles enviados deben tener una decisión de admisibilidad."],
    });
    expect(evaluarAvance(resumen({ etapaActual: "CONVOCATORIA", perfilesSinDecision: 0 }))).toEqual({ puede: true, hacia: "SELECCION_CONTRATACION" });
    // The count only matters when leaving CONVOCATORIA.
    expect(evaluarAvance(resumen({ etapaActual: "SELECCION_CONTRATACION", perfilesSinDecision: 2 }))).toEqual({ puede: true, hacia: "FORMACION_INCUBACION" });
  });

  it("no sale de SELECCION_CONTRATACION mientras a algún perfil admisible le falten evaluaciones, y dice a cuántos", () => {
    expect(evaluarAvance(resumen({ etapaActual: "SELECCION_CONTRATACION", perfilesSinEvaluaciones: 3 }))).toEqual({
      puede: false,
      hacia: "FORMACION_INCUBACION",
      faltantes: ["Todos los perfiles admisibles deben tener sus evaluaciones técnicas enviadas: a 3 perfiles les faltan evaluaciones."],
    });
    expect(evaluarAvance(resumen({ etapaActual: "SELECCION_CONTRATACION", perfilesSinEvaluaciones: 1 }))).toMatchObject({
      faltantes: ["Todos los perfiles admisibles deben tener sus evaluaciones técnicas enviadas: a 1 perfil le faltan evaluaciones."],
    });
    expect(evaluarAvance(resumen({ etapaActual: "SELECCION_CONTRATACION", perfilesSinEvaluaciones: 0 }))).toEqual({ puede: true, hacia: "FORMACION_INCUBACION" });
    // Only when leaving SELECCION_CONTRATACION.
    expect(evaluarAvance(resumen({ etapaActual: "CONVOCATORIA", perfilesSinEvaluaciones: 2 }))).toEqual({ puede: true, hacia: "SELECCION_CONTRATACION" });
  });

  it("no sale de SELECCION_CONTRATACION sin el acta de preselección cerrada, ni de FORMACION_INCUBACION sin la de selección final", () => {
    expect(evaluarAvance(resumen({ etapaActual: "SELECCION_CONTRATACION", rondasCerradas: [] }))).toEqual({
      puede: false,
      hacia: "FORMACION_INCUBACION",
      faltantes: ["El acta de preselección debe estar firmada por todos los miembros presentes del comité."],
    });
    expect(evaluarAvance(resumen({ etapaActual: "FORMACION_INCUBACION", rondasCerradas: ["PRESELECCION"] }))).toEqual({
      puede: false,
      hacia: "EJECUCION",
      faltantes: ["El acta de selección final debe estar firmada por todos los miembros presentes del comité."],
    });
    expect(evaluarAvance(resumen({ etapaActual: "FORMACION_INCUBACION", rondasCerradas: ["SELECCION_FINAL"] }))).toEqual({ puede: true, hacia: "EJECUCION" });
    // A signed final acta does not stand in for the preselection's.
    expect(evaluarAvance(resumen({ etapaActual: "SELECCION_CONTRATACION", rondasCerradas: ["SELECCION_FINAL"] }))).toMatchObject({ puede: false });
  });

  it("cuenta los perfiles a los que les faltan evaluaciones enviadas: N por perfil más una por tercera revisión pedida", () => {
    expect(evaluacionesRequeridas(2, 0)).toBe(2);
    expect(evaluacionesRequeridas(2, 1)).toBe(3);
    expect(perfilesSinEvaluaciones([], 2)).toBe(0);
    const perfiles = [
      { tercerasRevisiones: 0, enviadas: 2 }, // complete
      { tercerasRevisiones: 0, enviadas: 1 }, // one missing
      { tercerasRevisiones: 0, enviadas: 0 }, // none yet
      { tercerasRevisiones: 1, enviadas: 2 }, // its third review is pending
      { tercerasRevisiones: 1, enviadas: 3 }, // third review in
      { tercerasRevisiones: 0, enviadas: 3 }, // more than required is fine
    ];
    expect(perfilesSinEvaluaciones(perfiles, 2)).toBe(3);
    expect(perfilesSinEvaluaciones(perfiles, 1)).toBe(1);
    expect(perfilesSinEvaluaciones(perfiles, 3)).toBe(5);
  });

  it("no avanza más allá del cierre", () => {
    const r = evaluarAvance(resumen({ etapaActual: "CIERRE", desafiosPublicados: 5, etapasConFechas: [...ETAPAS] }));
    expect(r.puede).toBe(false);
    expect(r.hacia).toBeNull();
  });
});

describe("erroresCalendario", () => {
  const d = (s: string) => new Date(`${s}T12:00:00Z`);
  const valido: Record<Etapa, { inicio: Date; fin: Date }> = {
    DESARROLLO_CONCURSO: { inicio: d("2019-03-01"), fin: d("2019-04-30") },
    CONVOCATORIA: { inicio: d("2019-05-01"), fin: d("2019-05-31") },
    SELECCION_CONTRATACION: { inicio: d("2019-06-01"), fin: d("2019-07-31") },
    FORMACION_INCUBACION: { inicio: d("2019-08-01"), fin: d("2019-08-31") },
    EJECUCION: { inicio: d("2019-09-01"), fin: d("2020-02-29") },
    CIERRE: { inicio: d("2020-03-01"), fin: d("2020-03-31") },
  };

  it("acepta un calendario ordenado", () => {
    expect(erroresCalendario(valido)).toEqual([]);
    expect(erroresCalendario({})).toEqual([]);
  });

  it("exige que cada etapa termine después de empezar", () => {
    const errores = erroresCalendario({ ...valido, CONVOCATORIA: { inicio: d("2019-05-31"), fin: d("2019-05-31") } });
    expect(errores).toEqual(["Convocatoria: el término debe ser posterior al inicio."]);
  });

  it("no deja que una etapa comience antes de que termine la anterior", () => {
    const errores = erroresCalendario({ ...valido, EJECUCION: { inicio: d("2019-08-15"), fin: d("2020-02-29") } });
    expect(errores).toEqual(["Ejecución: no puede comenzar antes de que termine la etapa anterior."]);
  });

  it("compara con la última etapa presente cuando faltan etapas", () => {
    const { CONVOCATORIA: _omitida, ...sinConvocatoria } = valido;
    expect(erroresCalendario(sinConvocatoria)).toEqual([]);
    expect(erroresCalendario({ DESARROLLO_CONCURSO: valido.DESARROLLO_CONCURSO, SELECCION_CONTRATACION: { inicio: d("2019-04-01"), fin: d("2019-07-31") } })).toEqual([
      "Selección y contratación: no puede comenzar antes de que termine la etapa anterior.",
    ]);
  });
});
