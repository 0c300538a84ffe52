// What an acta says (issue 12, item 5), built from the round's decisions when it goes to signature and kept
// as canonical JSON in Acta.contenido: the PDF (lib/pdf/acta.ts), the committee's screen and the public
// results all read this one record, so what members sign is exactly what is published.
import type { Tx } from "@/lib/db/client";
import { jsonCanonico } from "@/lib/domain/json-canonico";
import { FORMULA_CONSOLIDADO, pesosDeFase, type Pesos } from "@/lib/domain/puntaje-consolidado";
import { nombreRegion } from "@/lib/domain/regiones";
import { coberturaRegional, montoSeleccionado, type Decision, type Fase, type Postura } from "@/lib/domain/seleccion";
import type { FilaRanking } from "./ranking";
import type { Sugerencia } from "./ronda";

export type DecisionActa = {
  postulacionId: string;
  folio: number | null;
  nombreProyecto: string;
  desafio: string;
  region: string;
  posicion: number;
  tecnico: number | null;
  popular: number;
  demoDay: number | null;
  puntaje: number;
  decision: Decision;
  montoAsignado: number | null;
  sugerida: boolean;
  fundamento: string;
};

export type ContenidoActa = {
  convocatoria: { nombre: string; anio: number };
  fase: Fase;
  numero: number;
  generadaEn: string;
  presupuesto: number;
  montoSeleccionado: number;
  banda: { min: number; max: number };
  pesos: Pesos;
  formula: string;
  regiones: { conCandidatos: string[]; cubiertas: string[]; sinProyecto: string[] };
  sugerencia: { factible: boolean; puntajeTotal: number | null; montoTotal: number | null; motivo: string | null; precios: Record<string, number> | null };
  decisiones: DecisionActa[];
  miembrosPresentes: { id: string; nombre: string }[];
};

export type FirmaActa = { nombre: string; postura: Postura; nota: string; firmadaEn: string };

export function contenidoCanonico(c: ContenidoActa): string {
  return jsonCanonico(c);
}

export function leerContenido(json: string): ContenidoActa {
  return JSON.parse(json) as ContenidoActa;
}

export async function construirContenido(
  tx: Tx,
  p: { convocatoriaId: string; fase: Fase; numero: number; presupuesto: number; rondaId: string; filas: readonly FilaRanking[]; sugerencia: Sugerencia | null },
): Promise<ContenidoActa> {
  const [conv, decisiones, miembros] = await Promise.all([
    tx.convocatoria.findUniqueOrThrow({
      where: { id: p.convocatoriaId },
      select: { nombre: true, anio: true, montoMinProyecto: true, montoMaxProyecto: true, pesoTecnico: true, pesoVotacion: true, pesoDemoDay: true },
    }),
    tx.decisionComite.findMany({ where: { rondaId: p.rondaId } }),
    tx.miembroRonda.findMany({ where: { rondaId: p.rondaId, presente: true }, select: { usuario: { select: { id: true, nombre: true } } }, orderBy: { usuario: { nombre: "asc" } } }),
  ]);
  const fila = new Map(p.filas.map((f) => [f.postulacionId, f]));
  const pesos = pesosDeFase({ pesoTecnico: conv.pesoTecnico, pesoVotacion: conv.pesoVotacion, pesoDemoDay: conv.pesoDemoDay }, p.fase);
  const lista: DecisionActa[] = decisiones
    .filter((d) => fila.has(d.postulacionId))
    .map((d) => {
      const f = fila.get(d.postulacionId)!;
      return {
        postulacionId: d.postulacionId,
        folio: f.folio,
        nombreProyecto: f.nombreProyecto,
        desafio: f.desafioTitulo,
        region: f.regionNombre,
        posicion: f.posicion,
        tecnico: f.tecnico,
        popular: f.popular,
        demoDay: f.demoDay,
        puntaje: f.consolidado ?? d.puntaje,
        decision: d.decision,
        montoAsignado: d.montoAsignado,
        sugerida: d.sugerida,
        fundamento: d.fundamento,
      };
    })
    .sort((a, b) => a.posicion - b.posicion);
  const candidatos = p.filas.map((f) => ({ postulacionId: f.postulacionId, folio: f.folio, nombre: f.nombreProyecto, regionCut: f.regionCut, montoSolicitado: f.montoSolicitado ?? 0 }));
  const cobertura = coberturaRegional(candidatos, lista);
  const nombre = nombreRegion;
  const s = p.sugerencia;
  return {
    convocatoria: { nombre: conv.nombre, anio: conv.anio },
    fase: p.fase,
    numero: p.numero,
    generadaEn: new Date().toISOString(),
    presupuesto: p.presupuesto,
    montoSeleccionado: montoSeleccionado(lista),
    banda: { min: conv.montoMinProyecto, max: conv.montoMaxProyecto },
    pesos,
    formula: FORMULA_CONSOLIDADO(pesos),
    regiones: {
      conCandidatos: cobertura.conCandidatos.map(nombre),
      cubiertas: cobertura.cubiertas.map(nombre),
      sinProyecto: cobertura.conCandidatos.filter((c) => !cobertura.cubiertas.includes(c)).map(nombre),
    },
    sugerencia: {
      factible: !!s?.factible,
      puntajeTotal: s?.factible ? s.puntajeTotal : null,
      montoTotal: s?.factible ? s.montoTotal : null,
      motivo: s && !s.factible ? s.motivo : null,
      precios: s?.factible && "precios" in s && s.precios ? (s.precios as Record<string, number>) : null,
    },
    decisiones: lista,
    miembrosPresentes: miembros.map((m) => ({ id: m.usuario.id, nombre: m.usuario.nombre })),
  };
}
