// Rules of a selection round (issue 12), pure: which round an etapa runs, when a decision departs from the
// optimiser's suggestion (and so needs its reasons), and what must hold before the acta goes to signature.
// The actions (lib/seleccion/actions/*) read the data and call these; the acta's text comes from here too.
import type { Etapa } from "./etapas";
import { formatearClp } from "./formato";

export type Fase = "PRESELECCION" | "SELECCION_FINAL";
export type Decision = "SELECCIONADA" | "LISTA_ESPERA" | "NO_SELECCIONADA";
export type EstadoRonda = "ABIERTA" | "EN_FIRMA" | "CERRADA";
export type Postura = "ACUERDO" | "DISIDENCIA";

export const NOMBRE_FASE: Record<Fase, string> = {
  PRESELECCION: "Preselección para incubación",
  SELECCION_FINAL: "Selección final de pilotos",
};

export const NOMBRE_DECISION: Record<Decision, string> = {
  SELECCIONADA: "Seleccionada",
  LISTA_ESPERA: "Lista de espera",
  NO_SELECCIONADA: "No seleccionada",
};

export const NOMBRE_ESTADO_RONDA: Record<EstadoRonda, string> = {
  ABIERTA: "Abierta: el comité registra sus decisiones",
  EN_FIRMA: "Acta en firma",
  CERRADA: "Cerrada: acta firmada y publicada",
};

/** Minimum length of a reason (fundamento) or a dissent's note: a sentence, not a word. */
export const LARGO_MINIMO_FUNDAMENTO = 15;

/** The round an etapa runs: preselección in SELECCION_CONTRATACION, selección final in FORMACION_INCUBACION. */
export function faseDeEtapa(etapa: Etapa): Fase | null {
  if (etapa === "SELECCION_CONTRATACION") return "PRESELECCION";
  if (etapa === "FORMACION_INCUBACION") return "SELECCION_FINAL";
  return null;
}

/** The perfil's state once the round closes, from its decision. */
export function estadoTrasRonda(fase: Fase, decision: Decision): "PRESELECCIONADA" | "NO_PRESELECCIONADA" | "SELECCIONADA" | "NO_SELECCIONADA" {
  if (fase === "PRESELECCION") return decision === "SELECCIONADA" ? "PRESELECCIONADA" : "NO_PRESELECCIONADA";
  return decision === "SELECCIONADA" ? "SELECCIONADA" : "NO_SELECCIONADA";
}

/** A decision departs from the suggestion when it selects a perfil the optimiser left out, or leaves out one it selected. */
export function seApartaDeSugerencia(sugerida: boolean, decision: Decision): boolean {
  return sugerida !== (decision === "SELECCIONADA");
}

export type CandidatoRonda = { postulacionId: string; folio: number | null; nombre: string; regionCut: string; montoSolicitado: number };
export type DecisionRonda = { postulacionId: string; decision: Decision; montoAsignado: number | null; sugerida: boolean; fundamento: string };
export type Banda = { min: number; max: number };

/**
 * What stops the acta from going to signature, in Spanish (empty: it may). Every candidate decided; every
 * departure from the suggestion with its reasons; every selected amount within the band; the selected total
 * within the budget; at least one member present.
 */
export function erroresParaActa(p: {
  candidatos: readonly CandidatoRonda[];
  decisiones: readonly DecisionRonda[];
  presupuesto: number;
  banda: Banda;
  miembrosPresentes: number;
}): string[] {
  const errores: string[] = [];
  const porId = new Map(p.decisiones.map((d) => [d.postulacionId, d]));
  const sinDecision = p.candidatos.filter((c) => !porId.has(c.postulacionId));
  if (sinDecision.length) {
    errores.push(
      sinDecision.length === 1
        ? `Falta la decisión de «${sinDecision[0].nombre}».`
        : `Faltan las decisiones de ${sinDecision.length} perfiles (entre ellos «${sinDecision[0].nombre}»).`,
    );
  }
  const nombre = new Map(p.candidatos.map((c) => [c.postulacionId, c.nombre]));
  for (const d of p.decisiones) {
    if (!nombre.has(d.postulacionId)) continue;
    if (seApartaDeSugerencia(d.sugerida, d.decision) && d.fundamento.trim().length < LARGO_MINIMO_FUNDAMENTO) {
      errores.push(`La decisión sobre «${nombre.get(d.postulacionId)}» se aparta de la sugerencia y necesita su fundamento.`);
    }
    if (d.decision === "SELECCIONADA" && (d.montoAsignado === null || d.montoAsignado < p.banda.min || d.montoAsignado > p.banda.max)) {
      errores.push(`El monto de «${nombre.get(d.postulacionId)}» debe estar entre ${formatearClp(p.banda.min)} y ${formatearClp(p.banda.max)}.`);
    }
  }
  const total = montoSeleccionado(p.decisiones);
  if (total > p.presupuesto) errores.push(`Los proyectos seleccionados suman ${formatearClp(total)}: superan el presupuesto de ${formatearClp(p.presupuesto)} en ${formatearClp(total - p.presupuesto)}.`);
  if (p.miembrosPresentes < 1) errores.push("Registre a los miembros del comité presentes.");
  return errores;
}

export function montoSeleccionado(decisiones: readonly Pick<DecisionRonda, "decision" | "montoAsignado">[]): number {
  return decisiones.reduce((s, d) => s + (d.decision === "SELECCIONADA" ? (d.montoAsignado ?? 0) : 0), 0);
}

/** Regions with a candidate, and those of them with a selected project: the acta prints both. */
export function coberturaRegional(candidatos: readonly CandidatoRonda[], decisiones: readonly DecisionRonda[]): { conCandidatos: string[]; cubiertas: string[] } {
  const seleccionadas = new Set(decisiones.filter((d) => d.decision === "SELECCIONADA").map((d) => d.postulacionId));
  const conCandidatos = [...new Set(candidatos.map((c) => c.regionCut))].sort();
  const cubiertas = [...new Set(candidatos.filter((c) => seleccionadas.has(c.postulacionId)).map((c) => c.regionCut))].sort();
  return { conCandidatos, cubiertas };
}
