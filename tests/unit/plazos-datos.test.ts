// The deadline of a data-subject request (Ley 21.719: 30 calendar days), in Chile's calendar.
import { describe, expect, it } from "vitest";
import { diasRestantes, estaVencida, sumarDiasCalendario, textoPlazo, venceSolicitud } from "@/lib/domain/plazos-datos";
import { aFechaInput, formatearFechaHora } from "@/lib/domain/formato";

describe("sumarDiasCalendario", () => {
  it("cruza meses, años y febrero bisiesto", () => {
    expect(sumarDiasCalendario("2019-05-10", 30)).toBe("2019-06-09");
    expect(sumarDiasCalendario("2019-12-15", 30)).toBe("2020-01-14");
    expect(sumarDiasCalendario("2020-02-01", 30)).toBe("2020-03-02");
    expect(sumarDiasCalendario("2019-02-01", 30)).toBe("2019-03-03");
  });
});

describe("venceSolicitud", () => {
  it("30 días corridos: fin del día 30 después de la solicitud, en hora de Chile", () => {
    const v = venceSolicitud(new Date("2019-05-10T14:30:00-04:00"));
    expect(aFechaInput(v)).toBe("2019-06-09");
    expect(formatearFechaHora(v)).toBe("09-06-2019 23:59");
    expect(v.toISOString()).toBe("2019-06-10T03:59:59.000Z"); // UTC−4 in winter
  });

  it("el día es el de Chile, no el de UTC: una solicitud a las 23:30 cuenta desde ese día", () => {
    // 23:30 in Santiago on 10 May is already 11 May in UTC.
    const v = venceSolicitud(new Date("2019-05-11T03:30:00Z"));
    expect(aFechaInput(v)).toBe("2019-06-09");
  });

  it("un cambio de hora en medio no corre el plazo (horario de verano: UTC−3)", () => {
    // Summer time started on 8 September 2019: the deadline is still 23:59:59 local, now UTC−3.
    const v = venceSolicitud(new Date("2019-08-20T10:00:00-04:00"));
    expect(aFechaInput(v)).toBe("2019-09-19");
    expect(v.toISOString()).toBe("2019-09-20T02:59:59.000Z");
  });
});

describe("plazo restante", () => {
  const vence = venceSolicitud(new Date("2019-05-10T14:30:00-04:00")); // 9 June 2019, 23:59:59

  it("cuenta días de calendario hasta el día del vencimiento", () => {
    expect(diasRestantes(vence, new Date("2019-05-10T15:00:00-04:00"))).toBe(30);
    expect(diasRestantes(vence, new Date("2019-06-08T23:00:00-04:00"))).toBe(1);
    expect(diasRestantes(vence, new Date("2019-06-09T08:00:00-04:00"))).toBe(0);
    expect(diasRestantes(vence, new Date("2019-06-11T08:00:00-04:00"))).toBe(-2);
  });

  it("vence recién al terminar su último día", () => {
    expect(estaVencida(vence, new Date("2019-06-09T23:59:00-04:00"))).toBe(false);
    expect(estaVencida(vence, new Date("2019-06-10T00:00:01-04:00"))).toBe(true);
  });

  it("lo dice en palabras", () => {
    expect(textoPlazo(vence, new Date("2019-05-10T15:00:00-04:00"))).toBe("Quedan 30 días");
    expect(textoPlazo(vence, new Date("2019-06-08T12:00:00-04:00"))).toBe("Queda 1 día");
    expect(textoPlazo(vence, new Date("2019-06-09T12:00:00-04:00"))).toBe("Vence hoy");
    expect(textoPlazo(vence, new Date("2019-06-10T09:00:00-04:00"))).toBe("Vencida hace 1 día");
    expect(textoPlazo(vence, new Date("2019-06-12T09:00:00-04:00"))).toBe("Vencida hace 3 días");
  });
});
