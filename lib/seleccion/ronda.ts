// The selection round inside an action's transaction: its row locked, its state checked, its candidates and
// the optimiser's suggestion. Every decision-changing action starts with bloquearRonda, so two of them on one
// round run one after the other (PostgreSQL: the row lock; SQLite: one writer), and none runs once the acta
// is signed (CERRADA) — docs/decisions/0016-seleccion-ronda-y-acta.md.
import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import type { ConvocatoriaActual } from "@/lib/actions/pipeline";
import { faseDeEtapa, NOMBRE_FASE, type EstadoRonda, type Fase } from "@/lib/domain/seleccion";
import type { ResultadoCartera } from "@/lib/domain/cartera";
import { leerResumen } from "@/lib/convocatoria/resumen";
import { estadoVentana, SELECT_REGLAS } from "@/lib/votacion/reglas";
import { resolverCartera } from "./cartera-worker";
import { rankingConsolidado, type FilaRanking } from "./ranking";

export const MENSAJE_ESTADO: Record<EstadoRonda, string> = {
  ABIERTA: "La ronda está abierta: el acta aún no se genera.",
  EN_FIRMA: "El acta está en firma: no se pueden cambiar decisiones. Para corregir, retire el acta.",
  CERRADA: "El acta ya fue firmada por todos los miembros presentes: la ronda está cerrada y ninguna decisión cambia.",
};

/** The etapa's round fase, or a Spanish refusal (the permission table already limits the etapas). */
export function faseActual(convocatoria: ConvocatoriaActual): Fase {
  const fase = faseDeEtapa(convocatoria.etapaActual);
  if (!fase) throw new ActionError("No hay una ronda de selección en esta etapa.");
  return fase;
}

/**
 * Locks the round's row for the rest of the transaction (a no-op update takes the row lock on PostgreSQL)
 * and returns it; refuses when it does not exist or is not in one of `estados`.
 */
export async function bloquearRonda(tx: Tx, convocatoriaId: string, fase: Fase, estados: readonly EstadoRonda[]) {
  const n = await tx.rondaSeleccion.updateMany({ where: { convocatoriaId, fase }, data: { updatedAt: new Date() } });
  if (n.count === 0) throw new ActionError(`La ronda de ${NOMBRE_FASE[fase].toLowerCase()} aún no se prepara.`);
  const ronda = await tx.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId, fase } } });
  if (!estados.includes(ronda.estado)) throw new ActionError(MENSAJE_ESTADO[ronda.estado]);
  return ronda;
}

/** The preselection's scores are final: every admissible perfil evaluated, and the popular vote closed. */
export async function exigirEvaluacionYVotacionTerminadas(tx: Tx, convocatoriaId: string) {
  const resumen = await leerResumen(tx, convocatoriaId);
  if (resumen.perfilesSinEvaluaciones > 0) {
    throw new ActionError(
      `Faltan evaluaciones técnicas: ${resumen.perfilesSinEvaluaciones === 1 ? "1 perfil admisible no tiene" : `${resumen.perfilesSinEvaluaciones} perfiles admisibles no tienen`} todas sus evaluaciones enviadas.`,
    );
  }
  const reglas = await tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: SELECT_REGLAS });
  const ventana = estadoVentana(reglas);
  if (ventana === "ABIERTA" || ventana === "ANTES") throw new ActionError("La votación popular aún no termina: el acta de preselección se genera después de su cierre.");
}

/** The caller must be a member present of the round. */
export async function exigirMiembroPresente(tx: Tx, rondaId: string, usuarioId: string) {
  const m = await tx.miembroRonda.findUnique({ where: { rondaId_usuarioId: { rondaId, usuarioId } } });
  if (!m || !m.presente) throw new ActionError("Solo los miembros del comité registrados como presentes en esta ronda pueden hacerlo.");
  return m;
}

/** What the round stores as its suggestion: the optimiser's answer with the parameters it ran with. */
export type Sugerencia = ResultadoCartera & { presupuesto: number; maxPorDesafio: number | null; candidatos: number; calculadaEn: string };

export function leerSugerencia(json: string | null): Sugerencia | null {
  return json ? (JSON.parse(json) as Sugerencia) : null;
}

/** The ids the suggestion selects (none when it was infeasible or not computed). */
export function seleccionSugerida(s: Sugerencia | null): Set<string> {
  return new Set(s && s.factible ? s.seleccion.map(String) : []);
}

/** Rows of the ranking the optimiser may choose: those with a consolidated score. */
export function elegibles(filas: readonly FilaRanking[]): FilaRanking[] {
  return filas.filter((f) => f.consolidado !== null && f.montoSolicitado !== null);
}

/** Runs the optimiser (off the event loop, lib/seleccion/cartera-worker.ts) on the round's candidates. */
export async function calcularSugerencia(
  filas: readonly FilaRanking[],
  p: { presupuesto: number; maxPorDesafio: number | null; banda: { min: number; max: number }; incluir?: string[]; excluir?: string[] },
): Promise<Sugerencia> {
  const candidatos = elegibles(filas).map((f) => ({ id: f.postulacionId, region: f.regionCut, desafio: f.desafioId, monto: f.montoSolicitado!, puntaje: f.consolidado! }));
  const resultado = await resolverCartera({
    presupuesto: p.presupuesto,
    ...(p.maxPorDesafio !== null && { maxPorDesafio: p.maxPorDesafio }),
    ...(p.incluir?.length && { incluir: p.incluir }),
    ...(p.excluir?.length && { excluir: p.excluir }),
    banda: p.banda,
    candidatos,
  });
  return { ...resultado, presupuesto: p.presupuesto, maxPorDesafio: p.maxPorDesafio, candidatos: candidatos.length, calculadaEn: new Date().toISOString() };
}

/** The round's candidates, ranked (lib/seleccion/ranking.ts). */
export async function candidatosDeRonda(tx: Tx, convocatoriaId: string, fase: Fase): Promise<FilaRanking[]> {
  return rankingConsolidado(tx, convocatoriaId, fase);
}
