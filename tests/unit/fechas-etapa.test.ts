import { describe, expect, it } from "vitest";
import { finEfectivo, inicioEfectivo, mismoDia, textoFechasEtapa, textoRecepcionPerfiles } from "@/lib/domain/fechas-etapa";
import { instanteEnSantiago } from "@/lib/domain/formato";

const dia = (f: string, h = "00:00:00") => instanteEnSantiago(f, h);
const planificada = { inicio: dia("2027-01-01"), fin: dia("2027-01-15", "23:59:59") };

describe("fechas de una etapa: reales frente a planificadas", () => {
  it("sin fechas reales (null, como la primera etapa sembrada) muestra las planificadas en todo estado", () => {
    for (const estado of ["hecho", "actual", "pendiente"] as const) {
      expect(textoFechasEtapa({ ...planificada, inicioReal: null, finReal: null }, estado)).toBe("1 de enero de 2027 al 15 de enero de 2027");
    }
    expect(inicioEfectivo(planificada)).toEqual(planificada.inicio);
    expect(finEfectivo(planificada)).toEqual(planificada.fin);
  });

  it("una etapa terminada antes de lo planificado dice cuándo terminó y cuándo debía terminar", () => {
    const f = { ...planificada, finReal: dia("2027-01-10", "16:20:00") };
    expect(textoFechasEtapa(f, "hecho")).toBe("Comenzó el 1 de enero de 2027; terminó el 10 de enero de 2027 (planificado: 15 de enero de 2027)");
    expect(finEfectivo(f)).toEqual(f.finReal);
  });

  it("una etapa que comenzó antes muestra su inicio real y su término planificado mientras está en curso", () => {
    const f = { inicio: dia("2027-01-16"), fin: dia("2027-02-12", "23:59:59"), inicioReal: dia("2027-01-10", "16:20:00") };
    expect(textoFechasEtapa(f, "actual")).toBe("Comenzó el 10 de enero de 2027 (planificado: 16 de enero de 2027); término planificado: 12 de febrero de 2027");
  });

  it("terminada con inicio y fin reales distintos muestra ambos pares", () => {
    const f = { inicio: dia("2027-01-16"), fin: dia("2027-02-12", "23:59:59"), inicioReal: dia("2027-01-10"), finReal: dia("2027-02-20") };
    expect(textoFechasEtapa(f, "hecho")).toBe(
      "Comenzó el 10 de enero de 2027 (planificado: 16 de enero de 2027); terminó el 20 de febrero de 2027 (planificado: 12 de febrero de 2027)",
    );
  });

  it("una fecha real del mismo día que la planificada no se muestra como cambio", () => {
    const f = { ...planificada, inicioReal: dia("2027-01-01", "10:00:00"), finReal: dia("2027-01-15", "18:00:00") };
    expect(textoFechasEtapa(f, "hecho")).toBe("1 de enero de 2027 al 15 de enero de 2027");
    // The day is Chile's: 23:30 in Santiago is already the next day in UTC.
    expect(mismoDia(dia("2027-01-15", "23:30:00"), dia("2027-01-15"))).toBe(true);
    expect(mismoDia(dia("2027-01-16", "00:30:00"), dia("2027-01-15", "23:59:59"))).toBe(false);
  });

  it("una etapa pendiente solo tiene fechas planificadas, aunque una fila traiga otras", () => {
    const f = { ...planificada, inicioReal: dia("2026-12-20"), finReal: dia("2027-01-02") };
    expect(textoFechasEtapa(f, "pendiente")).toBe("1 de enero de 2027 al 15 de enero de 2027");
  });
});

describe("recepción de perfiles en una frase", () => {
  const conv = { inicio: dia("2027-01-16"), fin: dia("2027-02-12", "23:59:59") };
  const cierre = conv.fin;

  it("antes de abrir, abierta, y pasado el plazo con la etapa aún en curso", () => {
    expect(textoRecepcionPerfiles(conv, "pendiente", cierre, dia("2027-01-02"))).toBe(
      "La recepción de perfiles abre el 16 de enero de 2027 y cierra el 12 de febrero de 2027 a las 23:59 (hora de Chile).",
    );
    expect(textoRecepcionPerfiles({ ...conv, inicioReal: dia("2027-01-10", "09:00:00") }, "actual", cierre, dia("2027-01-20"))).toBe(
      "La recepción de perfiles está abierta desde el 10 de enero de 2027 hasta el 12 de febrero de 2027 a las 23:59 (hora de Chile).",
    );
    expect(textoRecepcionPerfiles(conv, "actual", cierre, dia("2027-02-13", "00:00:01"))).toBe("La recepción de perfiles cerró el 12 de febrero de 2027 a las 23:59 (hora de Chile).");
  });

  it("terminada: en su fecha, o antes de lo planificado si se avanzó antes", () => {
    expect(textoRecepcionPerfiles({ ...conv, finReal: dia("2027-02-14", "10:00:00") }, "hecho", cierre, dia("2027-03-01"))).toBe(
      "La recepción de perfiles cerró el 12 de febrero de 2027 a las 23:59 (hora de Chile).",
    );
    expect(textoRecepcionPerfiles({ ...conv, finReal: dia("2027-02-09", "10:00:00") }, "hecho", cierre, dia("2027-03-01"))).toBe(
      "La recepción de perfiles cerró antes de lo planificado: el 9 de febrero de 2027 (estaba planificada hasta el 12 de febrero de 2027).",
    );
  });
});
