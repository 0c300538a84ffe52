import { describe, expect, it } from "vitest";
import {
  aFechaInput,
  formatearClp,
  formatearFecha,
  formatearFechaCorta,
  formatearFechaHora,
  formatearMM,
  formatearNumero,
  instanteEnSantiago,
} from "@/lib/domain/formato";

describe("formato es-CL", () => {
  it("las pruebas corren en hora de Chile", () => {
    expect(process.env.TZ).toBe("America/Santiago");
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Santiago");
  });

  it("pesos sin decimales", () => {
    expect(formatearClp(650000000)).toBe("$650.000.000");
    expect(formatearClp(22_500_000)).toBe("$22.500.000");
    expect(formatearClp(0)).toBe("$0");
    expect(formatearClp(1999.6)).toBe("$2.000");
  });

  it("millones como MM", () => {
    expect(formatearMM(650_000_000)).toBe("650 MM");
    expect(formatearMM(22_500_000)).toBe("22,5 MM");
    expect(formatearMM(20_000_000)).toBe("20 MM");
  });

  it("números con separador de miles y coma decimal", () => {
    expect(formatearNumero(186_723)).toBe("186.723");
    expect(formatearNumero(18.5)).toBe("18,5");
    expect(formatearNumero(12.345)).toBe("12,35");
  });

  it("fechas en America/Santiago, no en UTC", () => {
    // 02:30 UTC del 6 de marzo es todavía el 5 de marzo en Chile (UTC−3 en verano).
    const d = new Date("2025-03-06T02:30:00Z");
    expect(formatearFecha(d)).toBe("5 de marzo de 2025");
    expect(formatearFechaCorta(d)).toBe("05-03-2025");
    expect(formatearFechaHora(d)).toBe("05-03-2025 23:30");
    expect(aFechaInput(d)).toBe("2025-03-05");
    // Invierno: UTC−4.
    expect(formatearFechaHora(new Date("2025-07-05T17:30:00Z"))).toBe("05-07-2025 13:30");
  });

  it("la medianoche se escribe 00:00, no 24:00", () => {
    expect(formatearFechaHora(new Date("2025-03-05T03:00:00Z"))).toBe("05-03-2025 00:00");
    expect(formatearFechaHora(new Date("2025-07-05T04:30:00Z"))).toBe("05-07-2025 00:30");
  });
});

describe("instanteEnSantiago", () => {
  it("usa UTC−3 en verano y UTC−4 en invierno", () => {
    expect(instanteEnSantiago("2019-01-15").toISOString()).toBe("2019-01-15T03:00:00.000Z");
    expect(instanteEnSantiago("2019-05-31", "23:59:59").toISOString()).toBe("2019-06-01T03:59:59.000Z");
    expect(instanteEnSantiago("2019-07-01", "12:00:00").toISOString()).toBe("2019-07-01T16:00:00.000Z");
  });

  it("cruza el fin del horario de verano (6–7 de abril de 2024)", () => {
    // El sábado 6 a las 24:00 los relojes vuelven a las 23:00: el día 7 empieza en UTC−4.
    expect(instanteEnSantiago("2024-04-06", "12:00:00").toISOString()).toBe("2024-04-06T15:00:00.000Z");
    expect(instanteEnSantiago("2024-04-07").toISOString()).toBe("2024-04-07T04:00:00.000Z");
    expect(instanteEnSantiago("2024-04-07", "12:00:00").toISOString()).toBe("2024-04-07T16:00:00.000Z");
  });

  it("cruza el inicio del horario de verano (7–8 de septiembre de 2024)", () => {
    // El sábado 7 a las 24:00 los relojes saltan a la 01:00: la medianoche del 8 no existe y el día
    // empieza a la 01:00 (UTC−3). El inicio del día debe caer el día 8, no la noche del 7.
    expect(instanteEnSantiago("2024-09-07", "12:00:00").toISOString()).toBe("2024-09-07T16:00:00.000Z");
    expect(instanteEnSantiago("2024-09-07", "23:59:59").toISOString()).toBe("2024-09-08T03:59:59.000Z");
    expect(instanteEnSantiago("2024-09-08").toISOString()).toBe("2024-09-08T04:00:00.000Z");
    expect(instanteEnSantiago("2024-09-08", "12:00:00").toISOString()).toBe("2024-09-08T15:00:00.000Z");
  });

  it("la fecha de un inicio de día vuelve a ser la misma fecha (ida y vuelta del formulario)", () => {
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      const fecha = new Date(t).toISOString().slice(0, 10);
      expect(aFechaInput(instanteEnSantiago(fecha))).toBe(fecha);
      expect(aFechaInput(instanteEnSantiago(fecha, "23:59:59"))).toBe(fecha);
    }
  });
});
