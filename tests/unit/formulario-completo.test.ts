// The formulario completo's shape and its submission check (lib/domain/formulario-completo.ts).
import { describe, expect, it } from "vitest";
import {
  contenidoSchema,
  contenidoVacio,
  diferenciaPresupuesto,
  leerContenido,
  revisarEnvio,
  textoParaHuella,
  totalPresupuesto,
  type ContenidoFormulario,
  type ContextoEnvio,
} from "@/lib/domain/formulario-completo";

const CTX: ContextoEnvio = {
  metricasDesafio: [
    { id: "m1", indicador: "Cuidadores con sobrecarga intensa" },
    { id: "m2", indicador: "Horas semanales de cuidado" },
  ],
  montoSolicitado: 25_000_000,
  banda: { min: 10_000_000, max: 30_000_000 },
};

function completo(): ContenidoFormulario {
  return contenidoSchema.parse({
    teoriaCambio: { problema: "Sobrecarga de cuidadoras.", actividades: "Relevos vecinales.", resultados: "Descanso semanal.", impacto: "Menos sobrecarga." },
    modeloSostenibilidad: "La municipalidad financia la red desde el segundo año.",
    planCoproduccion: "Las cuidadoras diseñan los turnos.",
    metricas: [
      { metricaLineaBaseId: "m1", lineaBase: "63,5", meta: "45", unidad: "%", medioVerificacion: "Escala de Zarit" },
      { metricaLineaBaseId: "m2", lineaBase: "90", meta: "70", unidad: "horas", medioVerificacion: "Encuesta" },
    ],
    presupuesto: [
      { item: "Monitoras", categoria: "RECURSOS_HUMANOS", monto: 20_000_000 },
      { item: "Materiales", categoria: "OPERACION", monto: "5.000.000" },
    ],
    cronograma: [{ titulo: "Inicio", descripcion: "Primeros relevos.", semana: "2", fecha: "" }],
    equipo: [{ nombre: "Ana", rol: "Coordinadora", dedicacion: "44 horas semanales" }],
    riesgos: [{ riesgo: "Baja adherencia", mitigacion: "Turnos flexibles" }],
  });
}

describe("forma del contenido", () => {
  it("un borrador vacío es válido y guarda todo lo escrito, aun a medias", () => {
    expect(contenidoSchema.parse({})).toEqual(contenidoVacio());
    const c = contenidoSchema.parse({ presupuesto: [{ item: "Algo" }], cronograma: [{ semana: "" }] });
    expect(c.presupuesto).toEqual([{ item: "Algo", categoria: "", monto: null }]);
    expect(c.cronograma[0]).toMatchObject({ semana: null, fecha: "" });
  });

  it("el monto de una partida se lee como se escribe en Chile; la semana como número", () => {
    const c = completo();
    expect(c.presupuesto[1].monto).toBe(5_000_000);
    expect(c.cronograma[0].semana).toBe(2);
  });

  it("rechaza una fecha inexistente y más filas de las permitidas", () => {
    expect(contenidoSchema.safeParse({ cronograma: [{ fecha: "2091-02-31" }] }).success).toBe(false);
    expect(contenidoSchema.safeParse({ riesgos: Array.from({ length: 41 }, () => ({})) }).success).toBe(false);
  });

  it("lee el JSON guardado; uno ilegible es un formulario vacío", () => {
    expect(leerContenido(JSON.stringify(completo()))).toEqual(completo());
    expect(leerContenido("no es json")).toEqual(contenidoVacio());
    expect(leerContenido("{}")).toEqual(contenidoVacio());
  });
});

describe("chequeo del envío", () => {
  it("un formulario completo y cuadrado se puede enviar", () => {
    expect(revisarEnvio(completo(), CTX)).toEqual({});
  });

  it("un formulario vacío marca cada sección en castellano", () => {
    const e = revisarEnvio(contenidoVacio(), CTX);
    expect(e["teoriaCambio.problema"]).toEqual(["Problema que aborda el piloto es obligatorio."]);
    expect(e.modeloSostenibilidad).toBeDefined();
    expect(e.planCoproduccion).toBeDefined();
    expect(e.metricas).toEqual([
      "Falta una meta para la métrica «Cuidadores con sobrecarga intensa» de la línea base del desafío.",
      "Falta una meta para la métrica «Horas semanales de cuidado» de la línea base del desafío.",
    ]);
    expect(e.presupuesto).toEqual(["Agregue al menos una partida de presupuesto."]);
    expect(e.cronograma).toBeDefined();
    expect(e.equipo).toBeDefined();
    expect(e.riesgos).toBeDefined();
  });

  it("cada métrica de la línea base del desafío necesita una meta; una métrica ajena se marca", () => {
    const c = completo();
    c.metricas[1].metricaLineaBaseId = "otra";
    const e = revisarEnvio(c, CTX);
    expect(e["metricas.1.metricaLineaBaseId"]).toEqual(["Elija una métrica de la línea base del desafío."]);
    expect(e.metricas).toEqual(["Falta una meta para la métrica «Horas semanales de cuidado» de la línea base del desafío."]);
  });

  it("las partidas deben sumar exactamente el monto solicitado: la diferencia se muestra en pesos", () => {
    const c = completo();
    c.presupuesto[1].monto = 4_500_000;
    expect(revisarEnvio(c, CTX)).toEqual({ presupuesto: ["Las partidas suman $24.500.000 y el monto solicitado es $25.000.000: faltan $500.000."] });
    c.presupuesto[1].monto = 5_000_001;
    expect(revisarEnvio(c, CTX).presupuesto).toEqual(["Las partidas suman $25.000.001 y el monto solicitado es $25.000.000: sobran $1."]);
  });

  it("el monto solicitado debe estar dentro de la banda de la convocatoria", () => {
    const c = completo();
    c.presupuesto[0].monto = 30_000_000;
    const e = revisarEnvio(c, { ...CTX, montoSolicitado: 35_000_000 });
    expect(e.montoSolicitado).toEqual(["El monto solicitado ($35.000.000) está fuera de la banda de la convocatoria: entre $10.000.000 y $30.000.000."]);
    expect(e.presupuesto).toBeUndefined();
    expect(revisarEnvio(c, { ...CTX, montoSolicitado: null }).montoSolicitado).toHaveLength(1);
  });

  it("las filas incompletas se marcan en su campo", () => {
    const c = completo();
    c.presupuesto.push({ item: "", categoria: "CUALQUIERA", monto: null });
    c.cronograma[0].semana = null;
    c.equipo[0].rol = "  ";
    c.riesgos[0].mitigacion = "";
    const e = revisarEnvio(c, CTX);
    expect(Object.keys(e).sort()).toEqual(
      ["cronograma.0.semana", "equipo.0.rol", "presupuesto.2.categoria", "presupuesto.2.item", "presupuesto.2.monto", "riesgos.0.mitigacion"].sort(),
    );
    // A date instead of a week is enough.
    c.cronograma[0].fecha = "2091-09-15";
    expect(revisarEnvio(c, CTX)["cronograma.0.semana"]).toBeUndefined();
  });
});

describe("presupuesto y huella", () => {
  it("suma las partidas (una sin monto cuenta cero) y dice la diferencia", () => {
    expect(totalPresupuesto([{ monto: 1 }, { monto: null }, { monto: 2 }])).toBe(3);
    expect(diferenciaPresupuesto(10, 10)).toBeNull();
    expect(diferenciaPresupuesto(24_500_000, 25_000_000)).toBe("Las partidas suman $24.500.000 y el monto solicitado es $25.000.000: faltan $500.000.");
  });

  it("el texto de la huella no depende del orden de las claves y cambia con el contenido", () => {
    const a = completo();
    const alReves = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(alReves) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, alReves(x)])) : v;
    const b = alReves(a) as ContenidoFormulario;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
    const base = { convocatoria: 2019, folio: 12, postulacionId: "p1" };
    expect(textoParaHuella({ ...base, contenido: b })).toBe(textoParaHuella({ ...base, contenido: a }));
    const c = completo();
    c.riesgos[0].riesgo = "Otro";
    expect(textoParaHuella({ ...base, contenido: c })).not.toBe(textoParaHuella({ ...base, contenido: a }));
  });
});
