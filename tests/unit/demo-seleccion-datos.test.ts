// Pure parts of `npm run demo -- --etapa FORMACION_INCUBACION`: the timeline past Selección, the committee's
// departures from the suggestion (budget and regional coverage kept, reasons given), evaluations finished late.
import { describe, expect, it } from "vitest";
import { aFechaInput } from "@/lib/domain/formato";
import { esNotaValida } from "@/lib/domain/nota";
import { LARGO_MINIMO_FUNDAMENTO } from "@/lib/domain/seleccion";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { CRITERIOS_POR_DEFECTO } from "@/lib/domain/rubrica";
import { completarEvaluacion } from "@/lib/seed/datos-evaluacion";
import { planComite, type CandidatoDemo } from "@/lib/seed/datos-seleccion";
import { DIAS_REVISION, lineaDeTiempoDemo, sumarDias } from "@/lib/seed/linea-de-tiempo";
import { crearAzar } from "@/lib/seed/prng";

describe("línea de tiempo hasta Formación e incubación", () => {
  for (const ahora of ["2026-11-28T12:00:00Z", "2027-01-03T02:30:00Z", "2027-04-04T03:30:00Z"].map((d) => new Date(d))) {
    it(`Selección empezó tras la revisión y terminó ahora; la votación cerró la tarde anterior (${ahora.toISOString()})`, () => {
      const l = lineaDeTiempoDemo("FORMACION_INCUBACION", ahora);
      const sel = l.fechas.SELECCION_CONTRATACION;
      expect(l.fechas.FORMACION_INCUBACION.inicioReal).toEqual(ahora);
      expect(sel.finReal).toEqual(ahora);
      // Selección's planned dates are over: the admin's advance is not an early one.
      expect(sel.fin.getTime()).toBeLessThan(ahora.getTime());
      expect(aFechaInput(sel.inicioReal!)).toBe(sumarDias(aFechaInput(sel.inicio), DIAS_REVISION));
      expect(l.fechas.CONVOCATORIA.finReal).toEqual(sel.inicioReal);
      expect(l.revision!.hasta.getTime()).toBeLessThan(sel.inicioReal!.getTime());
      expect(l.cierreVotacion!.getTime()).toBeGreaterThan(sel.inicioReal!.getTime() + 2 * 86_400_000);
      expect(l.cierreVotacion!.getTime()).toBeLessThan(ahora.getTime());
      expect(aFechaInput(l.cierreVotacion!)).toBe(sumarDias(aFechaInput(ahora), -1));
    });
  }

  it("antes de Formación no hay cierre de la votación", () => {
    expect(lineaDeTiempoDemo("SELECCION_CONTRATACION").cierreVotacion).toBeNull();
  });
});

describe("las decisiones del comité que se apartan de la sugerencia", () => {
  const PRESUPUESTO = 650_000_000;

  /** A random instance and a suggestion: each region's best, then the best remaining that fit. */
  function instancia(semilla: number) {
    const azar = crearAzar(semilla);
    const candidatos: CandidatoDemo[] = Array.from({ length: azar.entero(30, 60) }, (_, i) => ({
      postulacionId: `p${i}`,
      nombre: `Proyecto ${i}`,
      desafio: `Desafío ${i % 5}`,
      regionCut: CODIGOS_REGION[i % 16],
      monto: 20_000_000 + azar.entero(0, 20) * 500_000,
      puntaje: 1 + azar.fraccion() * 6,
      folio: i + 1,
    }));
    const orden = [...candidatos].sort((a, b) => b.puntaje - a.puntaje);
    const elegidos = new Set<string>();
    let monto = 0;
    for (const r of CODIGOS_REGION) {
      const c = orden.find((x) => x.regionCut === r)!;
      elegidos.add(c.postulacionId);
      monto += c.monto;
    }
    for (const c of orden) {
      if (!elegidos.has(c.postulacionId) && monto + c.monto <= PRESUPUESTO) {
        elegidos.add(c.postulacionId);
        monto += c.monto;
      }
    }
    return { candidatos, sugerencia: { seleccion: [...elegidos], montoTotal: monto } };
  }

  for (const semilla of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`mantienen el presupuesto y la cobertura regional, con fundamentos (semilla ${semilla})`, () => {
      const { candidatos, sugerencia } = instancia(semilla);
      const plan = planComite(candidatos, sugerencia, PRESUPUESTO)!;
      expect(plan).not.toBeNull();
      const sugeridas = new Set(sugerencia.seleccion);
      const seleccion = new Set(sugerencia.seleccion);
      for (const a of plan.apartamientos) {
        // Each departs from the suggestion, with a reason the actions accept.
        expect(sugeridas.has(a.postulacionId)).toBe(a.decision !== "SELECCIONADA");
        expect(a.fundamento.length).toBeGreaterThanOrEqual(LARGO_MINIMO_FUNDAMENTO);
        if (a.decision === "SELECCIONADA") seleccion.add(a.postulacionId);
        else seleccion.delete(a.postulacionId);
      }
      expect(plan.apartamientos.map((a) => a.decision)).toEqual(["SELECCIONADA", "LISTA_ESPERA"]);
      const monto = candidatos.filter((c) => seleccion.has(c.postulacionId)).reduce((s, c) => s + c.monto, 0);
      expect(monto).toBeLessThanOrEqual(PRESUPUESTO);
      expect(new Set(candidatos.filter((c) => seleccion.has(c.postulacionId)).map((c) => c.regionCut)).size).toBe(16);
      expect(plan.disidencia.length).toBeGreaterThanOrEqual(LARGO_MINIMO_FUNDAMENTO);
      // The reasons name what they are about.
      const espera = candidatos.find((c) => c.postulacionId === plan.apartamientos[1].postulacionId)!;
      expect(plan.disidencia).toContain(`«${espera.nombre}»`);
      expect(plan.apartamientos[0].fundamento).toMatch(/^Se agrega para reforzar la Región /);
    });
  }

  it("sin margen para agregar, solo pasa uno a lista de espera; sin nada que apartar, nada", () => {
    const base: CandidatoDemo = { postulacionId: "", nombre: "", desafio: "D", regionCut: "05", monto: 30_000_000, puntaje: 5, folio: null };
    const candidatos = [
      { ...base, postulacionId: "a", nombre: "A", monto: 20_000_000, puntaje: 6 },
      { ...base, postulacionId: "b", nombre: "B", monto: 20_000_000, puntaje: 4 },
      { ...base, postulacionId: "d", nombre: "D", regionCut: "13", monto: 20_000_000, puntaje: 5 },
      // Outside the suggestion: 30 MM do not fit in the 2 MM left plus any 20 MM project that may go.
      { ...base, postulacionId: "c", nombre: "C", regionCut: "13", monto: 30_000_000, puntaje: 3 },
    ];
    const plan = planComite(candidatos, { seleccion: ["a", "b", "d"], montoTotal: 60_000_000 }, 62_000_000)!;
    expect(plan.apartamientos).toEqual([expect.objectContaining({ postulacionId: "b", decision: "LISTA_ESPERA" })]);
    expect(plan.disidencia).toContain("«B»");
    // Every region keeps a single project: nothing can go.
    expect(planComite(candidatos, { seleccion: ["a", "d"], montoTotal: 40_000_000 }, 62_000_000)).toBeNull();
  });
});

describe("evaluaciones terminadas antes del comité", () => {
  const claves = CRITERIOS_POR_DEFECTO.map((c) => c.clave);

  it("conserva las notas guardadas, completa las demás con notas válidas y es siempre la misma", () => {
    const guardadas = { [claves[0]]: 6.5, [claves[1]]: 6.1 };
    const e = completarEvaluacion(12, "evaluador5@fondoidea.cl", claves, guardadas);
    expect(e.notas[claves[0]]).toBe(6.5);
    expect(e.notas[claves[1]]).toBe(6.1);
    for (const c of claves) expect(esNotaValida(e.notas[c]), c).toBe(true);
    expect(Object.keys(e.comentarios).length).toBeGreaterThan(0);
    expect(e.comentario.length).toBeGreaterThan(10);
    expect(completarEvaluacion(12, "evaluador5@fondoidea.cl", claves, guardadas)).toEqual(e);
  });

  it("quien venía calificando alto sigue alto en los criterios que faltaban", () => {
    const sin = completarEvaluacion(7, "evaluador2@fondoidea.cl", claves, {});
    const alto = Object.fromEntries(claves.slice(0, 3).map((c) => [c, Math.min(7, sin.notas[c] + 1.4)]));
    const con = completarEvaluacion(7, "evaluador2@fondoidea.cl", claves, alto);
    for (const c of claves.slice(3)) expect(con.notas[c]).toBeGreaterThan(sin.notas[c]);
  });
});
