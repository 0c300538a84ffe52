// The final report's pure rules (lib/domain/sistematizacion.ts) and the encuentro material's links
// (lib/talleres/material.ts).
import { describe, expect, it } from "vitest";
import {
  armarInforme,
  avanceMetrica,
  contenidoSistematizacionSchema,
  leerCostos,
  leerNumero,
  leerResultados,
  mensajeCierrePendiente,
  revisarEnvioSistematizacion,
  totalesCostos,
  type FuentesInforme,
} from "@/lib/domain/sistematizacion";
import { compartirMaterialSchema, enlacesDe, erroresEnlaces, partirMaterial } from "@/lib/talleres/material";

const FUENTES: FuentesInforme = {
  metricasDesafio: [
    { id: "m1", indicador: "Cuidadores con sobrecarga intensa", unidad: "%", valor: 63.5 },
    { id: "m2", indicador: "Horas semanales de respiro", unidad: "horas", valor: 2 },
  ],
  metasFormulario: [
    { metricaLineaBaseId: "m1", meta: "45 %" },
    { metricaLineaBaseId: "m2", meta: "10" },
    { metricaLineaBaseId: "otra", meta: "99" },
  ],
  presupuesto: [
    { categoria: "RECURSOS_HUMANOS", monto: 10_000_000 },
    { categoria: "OPERACION", monto: 3_000_000 },
    { categoria: "RECURSOS_HUMANOS", monto: 5_000_000 },
    { categoria: "DIFUSION", monto: null },
  ],
};

function completo() {
  const c = armarInforme(FUENTES);
  return armarInforme(FUENTES, {
    ...c,
    loRealizado: "Formamos 40 relevos vecinales.",
    aprendizajes: "El relevo funciona si se agenda con una semana de anticipación.",
    evidenciaCoproduccion: "Actas de tres mesas con las cuidadoras.",
    resultadosMetricas: c.resultadosMetricas.map((m, i) => ({ ...m, resultado: i === 0 ? 50 : 8 })),
    costos: c.costos.map((k) => ({ ...k, ejecutado: k.presupuestado })),
    recomendacion: "ESCALAR",
    fundamentoRecomendacion: "Bajó la sobrecarga en 13,5 puntos y cuadruplicó las horas de respiro.",
  });
}

describe("leerNumero", () => {
  it("lee números como se escriben en Chile, y el primero de una meta en texto", () => {
    expect(leerNumero("63,5")).toBe(63.5);
    expect(leerNumero("63.5")).toBe(63.5);
    expect(leerNumero("1.200")).toBe(1200);
    expect(leerNumero("1.200,5")).toBe(1200.5);
    expect(leerNumero("45 %")).toBe(45);
    expect(leerNumero("reducir a 40 % al cierre")).toBe(40);
    expect(leerNumero("-4")).toBe(-4);
    expect(leerNumero(7)).toBe(7);
    expect(leerNumero("sin meta")).toBeNull();
    expect(leerNumero("")).toBeNull();
    expect(leerNumero(Number.NaN)).toBeNull();
  });
});

describe("armarInforme: las filas salen de sus fuentes", () => {
  it("precarga una fila por métrica de la línea base (base del desafío, meta del formulario) y una por categoría del presupuesto", () => {
    const c = armarInforme(FUENTES);
    expect(c.resultadosMetricas).toEqual([
      { metricaLineaBaseId: "m1", indicador: "Cuidadores con sobrecarga intensa", unidad: "%", lineaBase: 63.5, meta: 45, metaTexto: "45 %", resultado: null, comentario: "" },
      { metricaLineaBaseId: "m2", indicador: "Horas semanales de respiro", unidad: "horas", lineaBase: 2, meta: 10, metaTexto: "10", resultado: null, comentario: "" },
    ]);
    expect(c.costos).toEqual([
      { categoria: "RECURSOS_HUMANOS", presupuestado: 15_000_000, ejecutado: null },
      { categoria: "OPERACION", presupuestado: 3_000_000, ejecutado: null },
      { categoria: "DIFUSION", presupuestado: 0, ejecutado: null },
    ]);
    expect(c.recomendacion).toBeNull();
  });

  it("conserva lo que escribe el equipo, pero no deja cambiar la línea base, la meta ni lo presupuestado", () => {
    const escrito = contenidoSistematizacionSchema.parse({
      loRealizado: "Hicimos",
      resultadosMetricas: [
        { metricaLineaBaseId: "m2", lineaBase: 0, meta: 1, resultado: "8,5", comentario: "Medido en diciembre" },
        { metricaLineaBaseId: "inventada", resultado: "3" },
      ],
      costos: [{ categoria: "OPERACION", presupuestado: 1, ejecutado: "2.900.000" }],
      recomendacion: "AJUSTAR",
    });
    const c = armarInforme(FUENTES, escrito);
    expect(c.loRealizado).toBe("Hicimos");
    expect(c.resultadosMetricas.map((m) => m.metricaLineaBaseId)).toEqual(["m1", "m2"]);
    expect(c.resultadosMetricas[1]).toMatchObject({ lineaBase: 2, meta: 10, resultado: 8.5, comentario: "Medido en diciembre" });
    expect(c.costos[1]).toEqual({ categoria: "OPERACION", presupuestado: 3_000_000, ejecutado: 2_900_000 });
    expect(c.recomendacion).toBe("AJUSTAR");
  });

  it("una fila de una métrica que el desafío ya no tiene conserva su lugar (lo escrito no se pierde)", () => {
    const escrito = contenidoSistematizacionSchema.parse({ resultadosMetricas: [{ metricaLineaBaseId: "reemplazada", resultado: "50" }, { metricaLineaBaseId: "m2", resultado: "8" }] });
    expect(armarInforme(FUENTES, escrito).resultadosMetricas.map((m) => [m.metricaLineaBaseId, m.resultado])).toEqual([
      ["m1", 50],
      ["m2", 8],
    ]);
  });

  it("el esquema rechaza un resultado o un monto que no son números, en español", () => {
    const r = contenidoSistematizacionSchema.safeParse({ resultadosMetricas: [{ metricaLineaBaseId: "m1", resultado: "muchos" }], costos: [{ categoria: "OPERACION", ejecutado: "-5" }], recomendacion: "OTRA" });
    expect(r.success).toBe(false);
    const mensajes = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(mensajes).toContain("resultadosMetricas.0.resultado: El resultado va en números (use coma para los decimales).");
    expect(mensajes).toContain("costos.0.ejecutado: El monto ejecutado va en pesos, solo con números.");
    expect(mensajes).toContain("recomendacion: Elija escalar, ajustar o descartar.");
  });

  it("lee las filas guardadas; lo ilegible es una lista vacía", () => {
    const c = completo();
    expect(leerResultados(JSON.stringify(c.resultadosMetricas))).toEqual(c.resultadosMetricas);
    expect(leerCostos(JSON.stringify(c.costos))).toEqual(c.costos);
    expect(leerResultados("no es json")).toEqual([]);
    expect(leerCostos(null)).toEqual([]);
    expect(totalesCostos(c.costos)).toEqual({ presupuestado: 18_000_000, ejecutado: 18_000_000 });
  });
});

describe("revisarEnvioSistematizacion", () => {
  it("un informe completo se puede enviar", () => {
    expect(revisarEnvioSistematizacion(completo())).toEqual({});
  });

  it("marca cada sección vacía, cada métrica sin resultado, cada costo sin ejecutar y la recomendación, por campo y en español", () => {
    const e = revisarEnvioSistematizacion(armarInforme(FUENTES));
    expect(e).toEqual({
      loRealizado: ["Lo realizado es obligatorio."],
      aprendizajes: ["Aprendizajes es obligatorio."],
      evidenciaCoproduccion: ["Evidencia de co-producción es obligatorio."],
      "resultadosMetricas.0.resultado": ["Indique el resultado de «Cuidadores con sobrecarga intensa»."],
      "resultadosMetricas.1.resultado": ["Indique el resultado de «Horas semanales de respiro»."],
      "costos.0.ejecutado": ["Indique el monto ejecutado en recursos humanos."],
      "costos.1.ejecutado": ["Indique el monto ejecutado en gastos de operación."],
      "costos.2.ejecutado": ["Indique el monto ejecutado en difusión."],
      recomendacion: ["Elija una recomendación: escalar, ajustar o descartar."],
      fundamentoRecomendacion: ["Fundamente la recomendación."],
    });
  });

  it("el fundamento necesita al menos 30 caracteres; un resultado 0 cuenta como resultado", () => {
    const c = completo();
    c.fundamentoRecomendacion = "Funcionó bien.   ";
    c.resultadosMetricas[0].resultado = 0;
    expect(revisarEnvioSistematizacion(c)).toEqual({ fundamentoRecomendacion: ["El fundamento de la recomendación debe tener al menos 30 caracteres (tiene 14)."] });
  });
});

describe("avanceMetrica: cuánto avanzó el piloto de la línea base a la meta", () => {
  it("cuando subir es mejorar", () => {
    expect(avanceMetrica(2, 10, 8)).toMatchObject({ sentido: "SUBIR", porcentaje: 75, barra: 75, logro: "PARCIAL" });
    expect(avanceMetrica(2, 10, 10)).toMatchObject({ porcentaje: 100, logro: "ALCANZADA" });
    expect(avanceMetrica(2, 10, 14)).toMatchObject({ porcentaje: 150, barra: 100, logro: "SUPERADA" });
    expect(avanceMetrica(2, 10, 2)).toMatchObject({ porcentaje: 0, logro: "SIN_AVANCE" });
    expect(avanceMetrica(2, 10, 1)).toMatchObject({ porcentaje: -12.5, barra: 0, logro: "RETROCESO" });
  });

  it("cuando bajar es mejorar (la meta está bajo la línea base)", () => {
    expect(avanceMetrica(63.5, 45, 50)).toMatchObject({ sentido: "BAJAR", porcentaje: 73, logro: "PARCIAL" });
    expect(avanceMetrica(63.5, 45, 40)).toMatchObject({ logro: "SUPERADA", barra: 100 });
    expect(avanceMetrica(63.5, 45, 70)).toMatchObject({ logro: "RETROCESO", barra: 0 });
  });

  it("sin alguno de los tres números, o con una meta igual a la línea base", () => {
    expect(avanceMetrica(2, null, 8)).toMatchObject({ sentido: null, porcentaje: null, logro: "SIN_DATOS", barra: 0 });
    expect(avanceMetrica(2, 10, null)).toMatchObject({ sentido: "SUBIR", porcentaje: null, logro: "SIN_DATOS" });
    expect(avanceMetrica(5, 5, 5)).toMatchObject({ sentido: "MANTENER", porcentaje: 100, logro: "ALCANZADA" });
    expect(avanceMetrica(5, 5, 6)).toMatchObject({ sentido: "MANTENER", porcentaje: null, logro: "SIN_DATOS" });
  });

  it("da una frase en español para leer el gráfico como texto", () => {
    expect(avanceMetrica(63.5, 45, 50).texto).toBe("Línea base 63,5, meta 45, resultado 50: recorrió el 73 % del camino a la meta (avance parcial).");
    expect(avanceMetrica(2, 10, 1).texto).toContain("se alejó de la meta");
  });
});

describe("mensajeCierrePendiente", () => {
  it("nada pendiente: se puede cerrar", () => {
    expect(mensajeCierrePendiente([], 3)).toBeNull();
  });

  it("dice cuántos faltan y nombra hasta cinco, con su estado", () => {
    const p = (n: number, estado: "ENVIADA" | null = null) => ({ nombreProyecto: `Piloto ${n}`, estado });
    expect(mensajeCierrePendiente([p(1, "ENVIADA")], 4)).toBe("No se puede cerrar la convocatoria: falta 1 informe final aprobado de 4 pilotos: «Piloto 1» (enviado a revisión).");
    const m = mensajeCierrePendiente([1, 2, 3, 4, 5, 6, 7].map((n) => p(n)), 7)!;
    expect(m).toContain("faltan 7 informes finales aprobados de 7 pilotos");
    expect(m).toContain("«Piloto 5» (sin informe) y 2 más.");
    expect(m).not.toContain("Piloto 6");
  });
});

describe("material de un encuentro", () => {
  it("exige al menos un enlace y que todos sean https válidos", () => {
    expect(erroresEnlaces("Gracias por venir")).toEqual(["Incluya al menos un enlace https:// al material (presentación, grabación, documentos)."]);
    expect(erroresEnlaces("Slides: https://ejemplo.cl/a.pdf. Video: http://ejemplo.cl/v")).toEqual(["Estos enlaces no son direcciones https:// válidas: http://ejemplo.cl/v."]);
    expect(erroresEnlaces("Ver www.ejemplo.cl")).toHaveLength(1);
    expect(erroresEnlaces("javascript://x")).toHaveLength(1);
    expect(erroresEnlaces("Slides: https://ejemplo.cl/a.pdf, grabación: https://video.ejemplo.cl/v?id=1.")).toEqual([]);
    expect(enlacesDe("(https://ejemplo.cl/a).")).toEqual(["https://ejemplo.cl/a"]);
    expect(compartirMaterialSchema.safeParse({ eventoId: "e1", material: "   " }).success).toBe(false);
  });

  it("parte el texto en texto y enlaces para mostrarlos como enlaces", () => {
    expect(partirMaterial("Slides: https://ejemplo.cl/a.pdf. Fin")).toEqual([
      { tipo: "texto", texto: "Slides: " },
      { tipo: "enlace", href: "https://ejemplo.cl/a.pdf" },
      { tipo: "texto", texto: ". Fin" },
    ]);
  });
});
