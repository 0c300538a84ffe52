// The rules of a pilot's hitos (issue 14, item 1): due dates from the cronograma, progress, late hitos,
// the reminders due (each once) and the precondition of entering CIERRE (item 8).
import { describe, expect, it } from "vitest";
import { evaluarAvance, mensajeHitosAbiertos, type ResumenConvocatoria } from "@/lib/domain/etapas";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { DIAS_RECORDATORIO, diasHasta, estadoHito, estaAtrasado, hitosDesdeCronograma, progresoPiloto, recordatoriosPendientes, venceHito, type HitoRecordable } from "@/lib/domain/hitos";

const DIA = 86_400_000;
const INICIO = instanteEnSantiago("2019-09-02"); // the convenio's start, 00:00 in Chile

describe("venceHito y hitosDesdeCronograma", () => {
  it("con fecha vence al final de ese día en Chile; con semana, al cumplirse sus 7 días desde el inicio del convenio", () => {
    expect(venceHito({ semana: null, fecha: "2019-10-15" }, INICIO)).toEqual(instanteEnSantiago("2019-10-15", "23:59:59"));
    expect(venceHito({ semana: 1, fecha: "" }, INICIO)).toEqual(new Date(INICIO.getTime() + 7 * DIA));
    expect(venceHito({ semana: 4, fecha: "" }, INICIO)).toEqual(new Date(INICIO.getTime() + 28 * DIA));
    // The date wins over the week when both are given.
    expect(venceHito({ semana: 4, fecha: "2019-09-10" }, INICIO)).toEqual(instanteEnSantiago("2019-09-10", "23:59:59"));
    expect(venceHito({ semana: null, fecha: "" }, INICIO)).toBeNull();
  });

  it("en el orden del cronograma, numerados desde 1, sin las filas que no tienen semana ni fecha", () => {
    const hitos = hitosDesdeCronograma(
      [
        { titulo: " Diagnóstico ", descripcion: "Encuesta a las familias", semana: 2, fecha: "" },
        { titulo: "Sin fecha", descripcion: "", semana: null, fecha: "" },
        { titulo: "", descripcion: "Cierre", semana: null, fecha: "2019-12-20" },
      ],
      INICIO,
    );
    expect(hitos).toEqual([
      { titulo: "Diagnóstico", descripcion: "Encuesta a las familias", orden: 1, vence: new Date(INICIO.getTime() + 14 * DIA) },
      { titulo: "Hito 3", descripcion: "Cierre", orden: 2, vence: instanteEnSantiago("2019-12-20", "23:59:59") },
    ]);
    expect(hitosDesdeCronograma([], INICIO)).toEqual([]);
  });
});

describe("progreso, atraso y estado", () => {
  const ahora = new Date("2019-10-01T15:00:00Z");
  const antes = new Date(ahora.getTime() - DIA);
  const despues = new Date(ahora.getTime() + DIA);

  it("el progreso es hitos cerrados sobre hitos, en porcentaje entero; sin hitos, 0", () => {
    expect(progresoPiloto([])).toEqual({ cerrados: 0, total: 0, porcentaje: 0 });
    expect(progresoPiloto([{ cumplidoEn: ahora }, { cumplidoEn: null }, { cumplidoEn: null }])).toEqual({ cerrados: 1, total: 3, porcentaje: 33 });
    expect(progresoPiloto([{ cumplidoEn: ahora }, { cumplidoEn: ahora }])).toEqual({ cerrados: 2, total: 2, porcentaje: 100 });
  });

  it("atrasado: venció y no está cerrado", () => {
    expect(estaAtrasado({ vence: antes, cumplidoEn: null }, ahora)).toBe(true);
    expect(estaAtrasado({ vence: antes, cumplidoEn: ahora }, ahora)).toBe(false);
    expect(estaAtrasado({ vence: despues, cumplidoEn: null }, ahora)).toBe(false);
    expect(estaAtrasado({ vence: ahora, cumplidoEn: null }, ahora)).toBe(false);
  });

  it("el estado en palabras: cumplido, en revisión, atrasado, observado o pendiente", () => {
    expect(estadoHito({ vence: antes, cumplidoEn: ahora }, "APROBADO", ahora)).toBe("cumplido");
    expect(estadoHito({ vence: antes, cumplidoEn: null }, "ENVIADO", ahora)).toBe("en_revision");
    expect(estadoHito({ vence: antes, cumplidoEn: null }, "OBSERVADO", ahora)).toBe("atrasado");
    expect(estadoHito({ vence: despues, cumplidoEn: null }, "OBSERVADO", ahora)).toBe("observado");
    expect(estadoHito({ vence: despues, cumplidoEn: null }, null, ahora)).toBe("pendiente");
  });

  it("diasHasta cuenta los días que faltan (negativos si venció)", () => {
    expect(diasHasta(new Date(ahora.getTime() + 3 * DIA), ahora)).toBe(3);
    expect(diasHasta(new Date(ahora.getTime() + 3 * DIA - 1000), ahora)).toBe(3);
    expect(diasHasta(new Date(ahora.getTime() - 2 * DIA), ahora)).toBe(-2);
  });
});

describe("recordatoriosPendientes", () => {
  const ahora = new Date("2019-10-01T15:00:00Z");
  const hito = (id: string, dias: number, marcas: Partial<HitoRecordable> = {}): HitoRecordable => ({
    id,
    vence: new Date(ahora.getTime() + dias * DIA),
    cumplidoEn: null,
    recordadoEn: null,
    atrasoAvisadoEn: null,
    ...marcas,
  });

  it("por vencer dentro de 7 días, una vez; atrasado, una vez; nada para los cerrados ni los lejanos", () => {
    const hitos = [
      hito("pronto", 3),
      hito("justo", DIAS_RECORDATORIO),
      hito("lejos", DIAS_RECORDATORIO + 1),
      hito("atrasado", -2),
      hito("cerrado", -2, { cumplidoEn: ahora }),
      hito("ya-recordado", 2, { recordadoEn: ahora }),
      hito("ya-avisado", -1, { atrasoAvisadoEn: ahora }),
    ];
    expect(recordatoriosPendientes(hitos, ahora)).toEqual([
      { hitoId: "pronto", tipo: "por_vencer" },
      { hitoId: "justo", tipo: "por_vencer" },
      { hitoId: "atrasado", tipo: "atrasado" },
    ]);
  });

  it("un hito recordado antes de vencer recibe además su aviso de atraso, y nada más después", () => {
    const recordado = hito("h", -1, { recordadoEn: new Date(ahora.getTime() - 5 * DIA) });
    expect(recordatoriosPendientes([recordado], ahora)).toEqual([{ hitoId: "h", tipo: "atrasado" }]);
    expect(recordatoriosPendientes([{ ...recordado, atrasoAvisadoEn: ahora }], ahora)).toEqual([]);
  });
});

describe("precondición: entrar al Cierre con todos los hitos cumplidos", () => {
  const resumen = (r: Partial<ResumenConvocatoria>): ResumenConvocatoria => ({
    etapaActual: "EJECUCION",
    desafiosPublicados: 3,
    etapasConFechas: [],
    perfilesSinDecision: 0,
    perfilesSinEvaluaciones: 0,
    rondasCerradas: ["PRESELECCION", "SELECCION_FINAL"],
    seleccionadasSinConvenio: [],
    pilotosConHitosAbiertos: [],
    ...r,
  });

  it("sin hitos abiertos, avanza al Cierre", () => {
    expect(evaluarAvance(resumen({}))).toEqual({ puede: true, hacia: "CIERRE" });
  });

  it("con pilotos con hitos abiertos, no avanza y los cuenta y nombra", () => {
    expect(evaluarAvance(resumen({ pilotosConHitosAbiertos: ["Red de relevos"] }))).toEqual({
      puede: false,
      hacia: "CIERRE",
      faltantes: ["Cada piloto debe tener todos sus hitos cumplidos (con su reporte de avance aprobado) antes del Cierre: 1 piloto tiene hitos abiertos («Red de relevos»)."],
    });
    expect(mensajeHitosAbiertos(["A", "B"])).toMatch(/: 2 pilotos tienen hitos abiertos \(«A» y «B»\)\.$/);
  });

  it("nombra hasta cinco y cuenta los demás", () => {
    expect(mensajeHitosAbiertos(["A", "B", "C", "D", "E"])).toMatch(/5 pilotos tienen hitos abiertos \(«A», «B», «C», «D» y «E»\)\.$/);
    expect(mensajeHitosAbiertos(["A", "B", "C", "D", "E", "F", "G"])).toMatch(/7 pilotos tienen hitos abiertos \(«A», «B», «C», «D», «E» y 2 más\)\.$/);
  });

  it("solo se lee al pasar al Cierre", () => {
    expect(evaluarAvance(resumen({ etapaActual: "FORMACION_INCUBACION", pilotosConHitosAbiertos: ["X"] }))).toEqual({ puede: true, hacia: "EJECUCION" });
  });
});
