// The committee's view of the evaluación técnica (VISTAS.comite): every admissible perfil of the active
// convocatoria ranked by technical score, with the per-criterion grades and comments of its submitted
// evaluations, evaluators anonymised per perfil (./anonimas.ts). Paged: the ranking reads one aggregate
// (./puntajes.ts) and only the page's perfiles load their evaluations.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { anonimizar, SELECCION_EVALUACION, type EvaluacionAnonima } from "./anonimas";
import { ajustesRubrica, puntajesTecnicosDeConvocatoria } from "./puntajes";

export const PERFILES_POR_PAGINA = 20;

export type PerfilComite = {
  postulacionId: string;
  folio: number | null;
  proyecto: string;
  desafio: string;
  /** Position in the ranking (1 = highest score); null without submitted evaluations. */
  lugar: number | null;
  puntaje: number | null;
  evaluaciones: EvaluacionAnonima[];
  /** Live assignments whose evaluation is not sent yet. */
  pendientes: number;
};

/** The committee's view for `user`, over the perfiles of their scope on the screen (VISTAS.comite). */
export async function evaluacionesComite(user: SessionUser, opciones: { pagina?: number } = {}, client: Db = dbPorDefecto) {
  const convocatoria = await leerConvocatoriaActiva(client, { id: true, nombre: true, etapaActual: true, evaluadoresPorPerfil: true });
  if (!convocatoria) return null;
  const [ajustes, puntajes, admisibles] = await Promise.all([
    ajustesRubrica(client, convocatoria.id),
    puntajesTecnicosDeConvocatoria(client, convocatoria.id),
    client.postulacion.findMany({ where: { convocatoriaId: convocatoria.id, admisible: true, AND: [wherePostulaciones(user, "comite")] }, select: { id: true, folio: true } }),
  ]);
  // Ranking: highest score first; perfiles without a score last, by folio.
  const orden = admisibles
    .map((p) => ({ ...p, puntaje: puntajes.get(p.id)?.puntaje ?? null }))
    .sort((a, b) => (b.puntaje ?? -1) - (a.puntaje ?? -1) || (a.folio ?? Infinity) - (b.folio ?? Infinity));
  const paginas = Math.max(1, Math.ceil(orden.length / PERFILES_POR_PAGINA));
  const pagina = Math.min(Math.max(1, Math.trunc(opciones.pagina ?? 1) || 1), paginas);
  const inicio = (pagina - 1) * PERFILES_POR_PAGINA;
  const enPagina = orden.slice(inicio, inicio + PERFILES_POR_PAGINA);

  const detalles = await client.postulacion.findMany({
    where: { id: { in: enPagina.map((p) => p.id) } },
    select: {
      id: true,
      nombreProyecto: true,
      desafio: { select: { titulo: true } },
      asignaciones: { where: { recusadaEn: null }, select: { evaluacion: { select: SELECCION_EVALUACION } } },
    },
  });
  const porId = new Map(detalles.map((d) => [d.id, d]));
  const perfiles: PerfilComite[] = enPagina.map((p, i) => {
    const d = porId.get(p.id)!;
    const enviadas = d.asignaciones.flatMap((a) => (a.evaluacion?.enviadaEn ? [a.evaluacion] : []));
    return {
      postulacionId: p.id,
      folio: p.folio,
      proyecto: d.nombreProyecto,
      desafio: d.desafio.titulo,
      lugar: p.puntaje === null ? null : inicio + i + 1,
      puntaje: p.puntaje,
      evaluaciones: anonimizar(enviadas),
      pendientes: d.asignaciones.length - enviadas.length,
    };
  });
  return { convocatoria, ajustes, total: orden.length, conPuntaje: orden.filter((p) => p.puntaje !== null).length, pagina, paginas, perfiles };
}
