import { describe, expect, it } from "vitest";
import { coberturaRegional, erroresParaActa, estadoTrasRonda, faseDeEtapa, montoSeleccionado, seApartaDeSugerencia, type CandidatoRonda, type DecisionRonda } from "@/lib/domain/seleccion";

const banda = { min: 20_000_000, max: 30_000_000 };
const cand = (id: string, region: string, monto = 25_000_000): CandidatoRonda => ({ postulacionId: id, folio: 1, nombre: `Proyecto ${id}`, regionCut: region, montoSolicitado: monto });
const dec = (id: string, decision: DecisionRonda["decision"], extra: Partial<DecisionRonda> = {}): DecisionRonda => ({
  postulacionId: id,
  decision,
  montoAsignado: decision === "SELECCIONADA" ? 25_000_000 : null,
  sugerida: decision === "SELECCIONADA",
  fundamento: "",
  ...extra,
});

describe("reglas de la ronda de selección", () => {
  it("cada etapa corre su ronda: preselección en la 3, selección final en la 4, ninguna en las demás", () => {
    expect(faseDeEtapa("SELECCION_CONTRATACION")).toBe("PRESELECCION");
    expect(faseDeEtapa("FORMACION_INCUBACION")).toBe("SELECCION_FINAL");
    for (const e of ["DESARROLLO_CONCURSO", "CONVOCATORIA", "EJECUCION", "CIERRE"] as const) expect(faseDeEtapa(e)).toBeNull();
  });

  it("se aparta de la sugerencia quien selecciona lo no sugerido o deja fuera lo sugerido (la lista de espera no selecciona)", () => {
    expect(seApartaDeSugerencia(true, "SELECCIONADA")).toBe(false);
    expect(seApartaDeSugerencia(false, "NO_SELECCIONADA")).toBe(false);
    expect(seApartaDeSugerencia(false, "LISTA_ESPERA")).toBe(false);
    expect(seApartaDeSugerencia(true, "LISTA_ESPERA")).toBe(true);
    expect(seApartaDeSugerencia(true, "NO_SELECCIONADA")).toBe(true);
    expect(seApartaDeSugerencia(false, "SELECCIONADA")).toBe(true);
  });

  it("el estado de cada perfil al cerrar la ronda", () => {
    expect(estadoTrasRonda("PRESELECCION", "SELECCIONADA")).toBe("PRESELECCIONADA");
    expect(estadoTrasRonda("PRESELECCION", "LISTA_ESPERA")).toBe("NO_PRESELECCIONADA");
    expect(estadoTrasRonda("SELECCION_FINAL", "SELECCIONADA")).toBe("SELECCIONADA");
    expect(estadoTrasRonda("SELECCION_FINAL", "NO_SELECCIONADA")).toBe("NO_SELECCIONADA");
  });

  it("el acta puede generarse cuando todo está en orden", () => {
    const candidatos = [cand("a", "01"), cand("b", "05"), cand("c", "05")];
    const decisiones = [dec("a", "SELECCIONADA"), dec("b", "SELECCIONADA"), dec("c", "LISTA_ESPERA")];
    expect(erroresParaActa({ candidatos, decisiones, presupuesto: 50_000_000, banda, miembrosPresentes: 2 })).toEqual([]);
    expect(montoSeleccionado(decisiones)).toBe(50_000_000);
    expect(coberturaRegional(candidatos, decisiones)).toEqual({ conCandidatos: ["01", "05"], cubiertas: ["01", "05"] });
  });

  it("dice en español todo lo que falta: decisiones, fundamentos, montos fuera de banda, presupuesto excedido y miembros", () => {
    const candidatos = [cand("a", "01"), cand("b", "05"), cand("c", "05"), cand("d", "08")];
    const decisiones = [
      dec("a", "SELECCIONADA", { montoAsignado: 31_000_000 }),
      dec("b", "SELECCIONADA", { sugerida: false, fundamento: "corto" }),
      dec("c", "NO_SELECCIONADA", { sugerida: true, fundamento: "Se prefiere un piloto en otra comuna." }),
    ];
    expect(erroresParaActa({ candidatos, decisiones, presupuesto: 50_000_000, banda, miembrosPresentes: 0 })).toEqual([
      "Falta la decisión de «Proyecto d».",
      "El monto de «Proyecto a» debe estar entre $20.000.000 y $30.000.000.",
      "La decisión sobre «Proyecto b» se aparta de la sugerencia y necesita su fundamento.",
      "Los proyectos seleccionados suman $56.000.000: superan el presupuesto de $50.000.000 en $6.000.000.",
      "Registre a los miembros del comité presentes.",
    ]);
    expect(coberturaRegional(candidatos, decisiones)).toEqual({ conCandidatos: ["01", "05", "08"], cubiertas: ["01", "05"] });
  });
});
