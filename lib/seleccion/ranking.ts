// The consolidated ranking of a round of selección (issue 12): every candidate perfil with its technical,
// popular and (final round) demo day scores and the consolidated score the round's weights give
// (lib/domain/puntaje-consolidado.ts). Read by the committee's workspace, the optimiser's input, the public
// results and the guía de proyectos ranqueados.
//
// A fixed number of queries whatever the size (no per-perfil read): the convocatoria, the admissible
// perfiles, their regions, the desafíos, the technical scores (one aggregate, lib/evaluacion/puntajes.ts),
// the vote counts (one GROUP BY) and, in the final round, the jurors' mean grades and the preselection's
// decisions. Only project facts: no applicant, organisation, evaluator or juror is read.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { puntajesTecnicosDeConvocatoria } from "@/lib/evaluacion/puntajes";
import { pesosDeFase, puntajeConsolidado, type Fase, type Pesos } from "@/lib/domain/puntaje-consolidado";
import { puntajesPopulares } from "@/lib/domain/puntaje-popular";
import { nombreRegion, REGIONES, regionDelPerfil } from "@/lib/domain/regiones";
import { NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR } from "@/lib/postulaciones/schema";
import { PERFIL_VOTABLE } from "@/lib/votacion/queries";

type Cliente = Db | Tx;

/**
 * The admissible perfiles of a convocatoria: declared admissible and still in the call (not withdrawn), in
 * any later estado (ESTADOS_POR_EVALUAR, then SELECCIONADA, EN_EJECUCION…). The same set the vote ranking
 * shows, so the popular scores here are those of /votacion.
 */
export const perfilesAdmitidos = (convocatoriaId: string) => ({ convocatoriaId, ...PERFIL_VOTABLE });

export type FilaRanking = {
  postulacionId: string;
  folio: number | null;
  nombreProyecto: string;
  slugPublico: string | null;
  desafioId: string;
  desafioTitulo: string;
  /** The desafío's grupo vulnerable, by name. */
  grupoVulnerable: string;
  /** «Idea clara, Universidad»: the perfil's nivel de madurez and tipo de ejecutor; null if either is missing. */
  linea: string | null;
  /** The one region the perfil counts for (regionDelPerfil). */
  regionCut: string;
  regionNombre: string;
  montoSolicitado: number | null;
  /** Technical score (unrounded), null without submitted evaluations. */
  tecnico: number | null;
  /** Submitted evaluations the technical score rests on. */
  evaluaciones: number;
  votos: number;
  /** Popular score (unrounded), relative to the perfil's desafío among all admissible perfiles. */
  popular: number;
  /** Mean of the jurors' grades, final round only (null in the preselection or without grades). */
  demoDay: number | null;
  /** Null when a weighted score is missing (no technical score; in the final round, no demo day grade): not eligible. */
  consolidado: number | null;
  /** Place in the ranking, 1 = highest consolidated score; perfiles without one come last (not eligible). */
  posicion: number;
};

/** The readable name of a línea: nivel de madurez and tipo de ejecutor. */
export function nombreLinea(nivel: keyof typeof NOMBRE_NIVEL | null, tipo: keyof typeof NOMBRE_TIPO_EJECUTOR | null): string | null {
  return nivel && tipo ? `${NOMBRE_NIVEL[nivel]}, ${NOMBRE_TIPO_EJECUTOR[tipo]}` : null;
}

/** Highest consolidated score first; perfiles without one last; ties by folio (then id, so the order is total). */
export function compararFilas(a: Pick<FilaRanking, "consolidado" | "folio" | "postulacionId">, b: Pick<FilaRanking, "consolidado" | "folio" | "postulacionId">): number {
  if (a.consolidado !== b.consolidado) {
    if (a.consolidado === null) return 1;
    if (b.consolidado === null) return -1;
    return b.consolidado - a.consolidado;
  }
  return (a.folio ?? Infinity) - (b.folio ?? Infinity) || (a.postulacionId < b.postulacionId ? -1 : a.postulacionId > b.postulacionId ? 1 : 0);
}

/** The weights a round of this convocatoria applies (throws, in Spanish, when the convocatoria's are invalid). */
export async function pesosDeRonda(client: Cliente, convocatoriaId: string, fase: Fase): Promise<Pesos> {
  const c = await client.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: { pesoTecnico: true, pesoVotacion: true, pesoDemoDay: true } });
  return pesosDeFase(c, fase);
}

/**
 * The ranking of a round. Candidates: PRESELECCION, the admissible perfiles (perfilesAdmitidos);
 * SELECCION_FINAL, those the CERRADA preselection round selected (none while it is not closed).
 */
export async function rankingConsolidado(client: Cliente, convocatoriaId: string, fase: Fase): Promise<FilaRanking[]> {
  const admitidos = perfilesAdmitidos(convocatoriaId);
  const final = fase === "SELECCION_FINAL";
  const [pesos, perfiles, regiones, desafios, tecnicos, votos, jurado, preseleccionados] = await Promise.all([
    pesosDeRonda(client, convocatoriaId, fase),
    client.postulacion.findMany({
      where: admitidos,
      select: { id: true, folio: true, nombreProyecto: true, slugPublico: true, desafioId: true, nivelMadurez: true, tipoEjecutor: true, montoSolicitado: true },
    }),
    // Flat reads filtered by relation, not nested ones: a nested read sends every perfil's id as a parameter.
    client.postulacionRegion.findMany({ where: { postulacion: admitidos }, select: { postulacionId: true, regionCut: true } }),
    client.desafio.findMany({ where: { convocatoriaId }, select: { id: true, titulo: true, regionCut: true, grupoVulnerable: { select: { nombre: true } } } }),
    puntajesTecnicosDeConvocatoria(client, convocatoriaId),
    // The published counts: the same GROUP BY as lib/votacion/queries.ts contarVotos.
    client.voto.groupBy({ by: ["postulacionId"], where: { convocatoriaId }, _count: { _all: true } }),
    final ? client.puntajeDemoDay.groupBy({ by: ["postulacionId"], where: { postulacion: admitidos }, _avg: { nota: true } }) : Promise.resolve([]),
    final
      ? client.decisionComite.findMany({
          where: { convocatoriaId, fase: "PRESELECCION", decision: "SELECCIONADA", ronda: { convocatoriaId, fase: "PRESELECCION", estado: "CERRADA" } },
          select: { postulacionId: true },
        })
      : Promise.resolve(null),
  ]);

  const votosDe = new Map(votos.map((v) => [v.postulacionId, v._count._all]));
  // The popular score is relative to the desafío among every admissible perfil, also in the final round:
  // the same score the perfil had in the preselection and on /votacion.
  const populares = puntajesPopulares(perfiles.map((p) => ({ postulacionId: p.id, desafioId: p.desafioId, votos: votosDe.get(p.id) ?? 0 })));
  const regionesDe = new Map<string, string[]>();
  for (const r of regiones) {
    const lista = regionesDe.get(r.postulacionId);
    if (lista) lista.push(r.regionCut);
    else regionesDe.set(r.postulacionId, [r.regionCut]);
  }
  const desafioDe = new Map(desafios.map((d) => [d.id, d]));
  const juradoDe = new Map(jurado.map((j) => [j.postulacionId, j._avg.nota]));
  const candidatos = preseleccionados ? new Set(preseleccionados.map((d) => d.postulacionId)) : null;

  const filas: FilaRanking[] = [];
  for (const p of perfiles) {
    if (candidatos && !candidatos.has(p.id)) continue;
    const d = desafioDe.get(p.desafioId)!;
    const region = regionDelPerfil(regionesDe.get(p.id) ?? [], d.regionCut);
    const tecnico = tecnicos.get(p.id);
    const popular = populares.get(p.id)!;
    const media = juradoDe.get(p.id);
    const demoDay = final && media !== null && media !== undefined ? Number(media) : null;
    filas.push({
      postulacionId: p.id,
      folio: p.folio,
      nombreProyecto: p.nombreProyecto,
      slugPublico: p.slugPublico,
      desafioId: p.desafioId,
      desafioTitulo: d.titulo,
      grupoVulnerable: d.grupoVulnerable.nombre,
      linea: nombreLinea(p.nivelMadurez, p.tipoEjecutor),
      regionCut: region,
      regionNombre: nombreRegion(region),
      montoSolicitado: p.montoSolicitado,
      tecnico: tecnico?.puntaje ?? null,
      evaluaciones: tecnico?.evaluaciones ?? 0,
      votos: votosDe.get(p.id) ?? 0,
      popular,
      demoDay,
      consolidado: puntajeConsolidado({ tecnico: tecnico?.puntaje ?? null, popular, demoDay }, pesos),
      posicion: 0,
    });
  }
  filas.sort(compararFilas);
  filas.forEach((f, i) => (f.posicion = i + 1));
  return filas;
}

export type GrupoRanking<F extends FilaRanking = FilaRanking> = {
  clave: string;
  nombre: string;
  /** The group's rows in ranking order, each with its place within the group (null when not eligible). */
  filas: (F & { posicionEnGrupo: number | null })[];
};

const ORDEN_REGION = new Map<string, number>(REGIONES.map((r, i) => [r.cut, i]));

/**
 * The ranking split by desafío (groups by title) or by region (north to south), keeping the order of `filas`
 * (pass them ranked). Each row gets its place within its group.
 */
export function rankingPor<F extends FilaRanking>(filas: readonly F[], por: "desafio" | "region"): GrupoRanking<F>[] {
  const grupos = new Map<string, GrupoRanking<F>>();
  const elegibles = new Map<string, number>();
  for (const f of filas) {
    const clave = por === "desafio" ? f.desafioId : f.regionCut;
    let g = grupos.get(clave);
    if (!g) {
      g = { clave, nombre: por === "desafio" ? f.desafioTitulo : f.regionNombre, filas: [] };
      grupos.set(clave, g);
    }
    let posicionEnGrupo: number | null = null;
    if (f.consolidado !== null) {
      posicionEnGrupo = (elegibles.get(clave) ?? 0) + 1;
      elegibles.set(clave, posicionEnGrupo);
    }
    g.filas.push({ ...f, posicionEnGrupo });
  }
  const lista = [...grupos.values()];
  return por === "desafio"
    ? lista.sort((a, b) => a.nombre.localeCompare(b.nombre, "es"))
    : lista.sort((a, b) => (ORDEN_REGION.get(a.clave) ?? 99) - (ORDEN_REGION.get(b.clave) ?? 99));
}
