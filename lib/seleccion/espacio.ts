// What the committee's selection screens read (VISTAS.seleccion): the round of a fase with its members,
// decisions, suggestion and acta; the consolidated ranking (./ranking.ts); the COMITE accounts that may be
// marked present; and, for the perfiles of one page, their submitted evaluations with the evaluators
// anonymised (lib/evaluacion/anonimas.ts). Plain objects, only the fields the screens show.
import "server-only";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { FORMULA_CONSOLIDADO } from "@/lib/domain/puntaje-consolidado";
import { faseDeEtapa, type Decision, type EstadoRonda, type Fase, type Postura } from "@/lib/domain/seleccion";
import { anonimizar, SELECCION_EVALUACION, type EvaluacionAnonima } from "@/lib/evaluacion/anonimas";
import { leerContenido, type ContenidoActa } from "./acta-contenido";
import { pesosDeRonda, rankingConsolidado, type FilaRanking } from "./ranking";
import { leerSugerencia, type Sugerencia } from "./ronda";

export type ConvocatoriaSeleccion = {
  id: string;
  nombre: string;
  anio: number;
  etapaActual: Etapa;
  presupuestoTotal: number;
  montoMinProyecto: number;
  montoMaxProyecto: number;
};

export type MiembroVista = { usuarioId: string; nombre: string; presente: boolean; firmadaEn: Date | null; postura: Postura | null; nota: string };

export type DecisionVista = {
  decision: Decision;
  montoAsignado: number | null;
  sugerida: boolean;
  fundamento: string;
  decididaPor: string;
  actualizadaEn: Date;
};

export type ActaVista = { id: string; numero: number; generadaEn: Date; cerradaEn: Date | null; sha256: string | null; contenido: ContenidoActa };

export type RondaVista = {
  id: string;
  fase: Fase;
  estado: EstadoRonda;
  presupuesto: number;
  maxPorDesafio: number | null;
  sugerencia: Sugerencia | null;
  sugeridaEn: Date | null;
  cerradaEn: Date | null;
  miembros: MiembroVista[];
  decisiones: Map<string, DecisionVista>;
  acta: ActaVista | null;
};

const CONVOCATORIA = { id: true, nombre: true, anio: true, etapaActual: true, presupuestoTotal: true, montoMinProyecto: true, montoMaxProyecto: true } as const;

/** The active convocatoria with what the selection screens show of it (null without one). */
export function convocatoriaSeleccion(client: Db = dbPorDefecto): Promise<ConvocatoriaSeleccion | null> {
  return leerConvocatoriaActiva(client, CONVOCATORIA);
}

/**
 * The fase a screen shows: the one asked for (?fase=, to read the other round), else the etapa's, else the
 * latest round that exists (after the etapas of selection, the final round's acta stays readable).
 */
export async function faseAMostrar(conv: ConvocatoriaSeleccion, pedida: string | undefined, client: Db = dbPorDefecto): Promise<Fase | null> {
  if (pedida === "PRESELECCION" || pedida === "SELECCION_FINAL") return pedida;
  const actual = faseDeEtapa(conv.etapaActual);
  if (actual) return actual;
  const ultima = await client.rondaSeleccion.findFirst({ where: { convocatoriaId: conv.id }, orderBy: { createdAt: "desc" }, select: { fase: true } });
  return ultima?.fase ?? null;
}

/** The round of `fase` (null before it is prepared), with its members, decisions and acta. */
export async function leerRonda(convocatoriaId: string, fase: Fase, client: Db = dbPorDefecto): Promise<RondaVista | null> {
  const r = await client.rondaSeleccion.findUnique({
    where: { convocatoriaId_fase: { convocatoriaId, fase } },
    select: {
      id: true,
      fase: true,
      estado: true,
      presupuesto: true,
      maxPorDesafio: true,
      sugerencia: true,
      sugeridaEn: true,
      cerradaEn: true,
      miembros: {
        select: { usuarioId: true, presente: true, firmadaEn: true, postura: true, nota: true, usuario: { select: { nombre: true } } },
        orderBy: { usuario: { nombre: "asc" } },
      },
      decisiones: {
        select: { postulacionId: true, decision: true, montoAsignado: true, sugerida: true, fundamento: true, updatedAt: true, decididaPor: { select: { nombre: true } } },
      },
      acta: { select: { id: true, numero: true, generadaEn: true, cerradaEn: true, sha256: true, contenido: true } },
    },
  });
  if (!r) return null;
  return {
    id: r.id,
    fase: r.fase,
    estado: r.estado,
    presupuesto: r.presupuesto,
    maxPorDesafio: r.maxPorDesafio,
    sugerencia: leerSugerencia(r.sugerencia),
    sugeridaEn: r.sugeridaEn,
    cerradaEn: r.cerradaEn,
    miembros: r.miembros.map((m) => ({
      usuarioId: m.usuarioId,
      nombre: m.usuario.nombre,
      presente: m.presente,
      firmadaEn: m.firmadaEn,
      postura: m.postura === "ACUERDO" || m.postura === "DISIDENCIA" ? m.postura : null,
      nota: m.nota,
    })),
    decisiones: new Map(
      r.decisiones.map((d) => [
        d.postulacionId,
        { decision: d.decision, montoAsignado: d.montoAsignado, sugerida: d.sugerida, fundamento: d.fundamento, decididaPor: d.decididaPor.nombre, actualizadaEn: d.updatedAt },
      ]),
    ),
    acta: r.acta ? { id: r.acta.id, numero: r.acta.numero, generadaEn: r.acta.generadaEn, cerradaEn: r.acta.cerradaEn, sha256: r.acta.sha256, contenido: leerContenido(r.acta.contenido) } : null,
  };
}

/** The round's candidates, ranked (the same read the actions make). */
export function rankingDeRonda(convocatoriaId: string, fase: Fase, client: Db = dbPorDefecto): Promise<FilaRanking[]> {
  return rankingConsolidado(client, convocatoriaId, fase);
}

/** Accounts with the COMITE role, by name: who may be marked present. */
export function cuentasComite(client: Db = dbPorDefecto): Promise<{ id: string; nombre: string }[]> {
  return client.user.findMany({ where: { roles: { some: { rol: "COMITE" } } }, select: { id: true, nombre: true }, orderBy: [{ nombre: "asc" }, { id: "asc" }] });
}

/**
 * The submitted evaluations of these perfiles (one page of the ranking), evaluators anonymised per perfil,
 * as the committee reads them on /comite/evaluaciones. Recused assignments are left out.
 */
export async function evaluacionesAnonimas(postulacionIds: string[], client: Db = dbPorDefecto): Promise<Map<string, EvaluacionAnonima[]>> {
  if (postulacionIds.length === 0) return new Map();
  const filas = await client.postulacion.findMany({
    where: { id: { in: postulacionIds } },
    select: { id: true, asignaciones: { where: { recusadaEn: null }, select: { evaluacion: { select: SELECCION_EVALUACION } } } },
  });
  return new Map(filas.map((p) => [p.id, anonimizar(p.asignaciones.flatMap((a) => (a.evaluacion?.enviadaEn ? [a.evaluacion] : [])))]));
}

/** The round's weights and its public formula (null when the convocatoria's weights are invalid). */
export async function formulaDeRonda(convocatoriaId: string, fase: Fase, client: Db = dbPorDefecto): Promise<string | null> {
  try {
    return FORMULA_CONSOLIDADO(await pesosDeRonda(client, convocatoriaId, fase));
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** Whether the round of `fase` has been prepared. */
export async function existeRonda(convocatoriaId: string, fase: Fase, client: Db = dbPorDefecto): Promise<boolean> {
  return (await client.rondaSeleccion.count({ where: { convocatoriaId, fase } })) > 0;
}
