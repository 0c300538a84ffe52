// What the public sees of the selección (issue 12, item 6), read only from CERRADA rounds (every member
// present signed the acta, nothing changes after): the results of each round (/resultados) and the guía de
// proyectos ranqueados (/guia). Project facts only: never an applicant's, organisation's, evaluator's,
// juror's or committee member's name, RUT or e-mail (tests/integration/seleccion-publico.test.ts).
import "server-only";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { FORMULA_CONSOLIDADO, pesosDeFase, type Fase, type Pesos } from "@/lib/domain/puntaje-consolidado";
import { nombreRegion, REGIONES, regionDelPerfil } from "@/lib/domain/regiones";
import { NOMBRE_FASE } from "@/lib/domain/seleccion";
import { PERFIL_VOTABLE } from "@/lib/votacion/queries";
import { rankingConsolidado, type FilaRanking } from "./ranking";

export type Decision = "SELECCIONADA" | "LISTA_ESPERA" | "NO_SELECCIONADA";

const TEXTO_DECISION: Record<Fase, Record<Decision, string>> = {
  PRESELECCION: { SELECCIONADA: "Preseleccionado", LISTA_ESPERA: "En lista de espera", NO_SELECCIONADA: "No preseleccionado" },
  SELECCION_FINAL: { SELECCIONADA: "Seleccionado", LISTA_ESPERA: "En lista de espera", NO_SELECCIONADA: "No seleccionado" },
};

/** The public wording of a project's decision in a round: «Preseleccionado», «No seleccionado»… */
export function textoDecision(fase: Fase, decision: Decision): string {
  return TEXTO_DECISION[fase][decision];
}

/** Latest round first: the final selection, then the preselection. */
const ORDEN_FASE: Record<Fase, number> = { SELECCION_FINAL: 0, PRESELECCION: 1 };

const ordenRegion = new Map<string, number>(REGIONES.map((r, i) => [r.cut, i]));
const regionesOrdenadas = (cuts: Iterable<string>) =>
  [...new Set(cuts)].sort((a, b) => (ordenRegion.get(a) ?? 99) - (ordenRegion.get(b) ?? 99)).map((cut) => ({ cut, nombre: nombreRegion(cut) }));

export type ProyectoResultado = {
  postulacionId: string;
  folio: number | null;
  nombreProyecto: string;
  /** Its public page, or null when it has none any more (withdrawn). */
  slugPublico: string | null;
  desafioTitulo: string;
  desafioSlug: string;
  regionCut: string;
  regionNombre: string;
  /** Amount awarded (or, without one, requested), in pesos. */
  monto: number | null;
  /** Consolidated score recorded with the decision. */
  puntaje: number;
};

export type RondaPublicada = {
  fase: Fase;
  nombre: string;
  cerradaEn: Date | null;
  /** The signed acta (its PDF at /actas/<actaId>), null if it has no PDF. */
  actaId: string | null;
  presupuesto: number;
  /** Sum of the selected projects' amounts. */
  montoUsado: number;
  pesos: Pesos;
  formula: string;
  /** Highest score first. */
  seleccionados: ProyectoResultado[];
  /** In order: highest score first. */
  listaEspera: ProyectoResultado[];
  noSeleccionados: number;
  /** Regions with at least one selected project, north to south. */
  regionesCubiertas: { cut: string; nombre: string }[];
  /** Regions with at least one project decided in the round (the coverage rule's denominator). */
  regionesConCandidatos: { cut: string; nombre: string }[];
};

export type ResultadosPublicos = {
  convocatoria: { nombre: string; anio: number; presupuestoTotal: number };
  /** The CERRADA rounds, latest first; empty before any acta is signed. */
  rondas: RondaPublicada[];
};

/**
 * The published results of the active convocatoria, or of the year `anio` (the history: /resultados/[anio]);
 * null without one. Six queries, whatever the size.
 */
export async function resultadosPublicos(client: Db = dbPorDefecto, anio?: number): Promise<ResultadosPublicos | null> {
  const campos = { id: true, nombre: true, anio: true, presupuestoTotal: true, pesoTecnico: true, pesoVotacion: true, pesoDemoDay: true } as const;
  const c = anio === undefined ? await leerConvocatoriaActiva(client, campos) : await client.convocatoria.findUnique({ where: { anio }, select: campos });
  if (!c) return null;
  const cerrada = { convocatoriaId: c.id, estado: "CERRADA" as const };
  const decididos = { convocatoriaId: c.id, decisiones: { some: { ronda: cerrada } } };
  const [rondas, decisiones, perfiles, regiones, desafios] = await Promise.all([
    client.rondaSeleccion.findMany({ where: cerrada, select: { id: true, fase: true, presupuesto: true, cerradaEn: true, acta: { select: { id: true, sha256: true } } } }),
    client.decisionComite.findMany({ where: { ronda: cerrada }, select: { rondaId: true, postulacionId: true, decision: true, montoAsignado: true, puntaje: true } }),
    client.postulacion.findMany({
      where: decididos,
      select: { id: true, folio: true, nombreProyecto: true, slugPublico: true, montoSolicitado: true, desafioId: true, admisible: true, estado: true },
    }),
    client.postulacionRegion.findMany({ where: { postulacion: decididos }, select: { postulacionId: true, regionCut: true } }),
    client.desafio.findMany({ where: { convocatoriaId: c.id }, select: { id: true, titulo: true, slug: true, regionCut: true } }),
  ]);
  const perfilDe = new Map(perfiles.map((p) => [p.id, p]));
  const desafioDe = new Map(desafios.map((d) => [d.id, d]));
  const regionesDe = new Map<string, string[]>();
  for (const r of regiones) regionesDe.set(r.postulacionId, [...(regionesDe.get(r.postulacionId) ?? []), r.regionCut]);
  const noPublico = new Set<string>(PERFIL_VOTABLE.estado.notIn);

  const proyecto = (d: (typeof decisiones)[number]): ProyectoResultado => {
    const p = perfilDe.get(d.postulacionId)!;
    const desafio = desafioDe.get(p.desafioId)!;
    const region = regionDelPerfil(regionesDe.get(p.id) ?? [], desafio.regionCut);
    return {
      postulacionId: p.id,
      folio: p.folio,
      nombreProyecto: p.nombreProyecto,
      slugPublico: p.admisible && !noPublico.has(p.estado) ? p.slugPublico : null,
      desafioTitulo: desafio.titulo,
      desafioSlug: desafio.slug,
      regionCut: region,
      regionNombre: nombreRegion(region),
      monto: d.montoAsignado ?? p.montoSolicitado,
      puntaje: d.puntaje,
    };
  };
  const porPuntaje = (a: ProyectoResultado, b: ProyectoResultado) => b.puntaje - a.puntaje || (a.folio ?? Infinity) - (b.folio ?? Infinity);

  const publicadas = rondas
    .sort((a, b) => ORDEN_FASE[a.fase] - ORDEN_FASE[b.fase])
    .map((r): RondaPublicada => {
      const pesos = pesosDeFase(c, r.fase);
      const suyas = decisiones.filter((d) => d.rondaId === r.id).map((d) => ({ decision: d.decision, proyecto: proyecto(d) }));
      const seleccionados = suyas.filter((s) => s.decision === "SELECCIONADA").map((s) => s.proyecto).sort(porPuntaje);
      return {
        fase: r.fase,
        nombre: NOMBRE_FASE[r.fase],
        cerradaEn: r.cerradaEn,
        actaId: r.acta?.sha256 ? r.acta.id : null,
        presupuesto: r.presupuesto,
        montoUsado: seleccionados.reduce((s, p) => s + (p.monto ?? 0), 0),
        pesos,
        formula: FORMULA_CONSOLIDADO(pesos),
        seleccionados,
        listaEspera: suyas.filter((s) => s.decision === "LISTA_ESPERA").map((s) => s.proyecto).sort(porPuntaje),
        noSeleccionados: suyas.filter((s) => s.decision === "NO_SELECCIONADA").length,
        regionesCubiertas: regionesOrdenadas(seleccionados.map((p) => p.regionCut)),
        regionesConCandidatos: regionesOrdenadas(suyas.map((s) => s.proyecto.regionCut)),
      };
    });
  return { convocatoria: { nombre: c.nombre, anio: c.anio, presupuestoTotal: c.presupuestoTotal }, rondas: publicadas };
}

/** One perfil in the guide: its public facts, scores and place in the round, and the round's decision. */
export type FilaGuia = Pick<
  FilaRanking,
  | "postulacionId"
  | "folio"
  | "nombreProyecto"
  | "slugPublico"
  | "desafioId"
  | "desafioTitulo"
  | "grupoVulnerable"
  | "linea"
  | "regionCut"
  | "regionNombre"
  | "tecnico"
  | "popular"
  | "demoDay"
  | "consolidado"
  | "posicion"
> & { decision: Decision | null };

export type RondaGuia = { fase: Fase; nombre: string; pesos: Pesos; formula: string; filas: FilaGuia[] };

export type GuiaProyectos = {
  convocatoria: { nombre: string; anio: number };
  /** The guide is published once the preselection round is CERRADA. */
  publicada: boolean;
  /**
   * The closed rounds, latest first, each ranked: the preselection lists every admissible perfil (the not
   * selected included); the final selection, those the preselection selected.
   */
  rondas: RondaGuia[];
  /** The filters' choices, from the rows: desafíos by title, regions north to south, grupos and líneas by name. */
  opciones: { desafios: { id: string; titulo: string }[]; regiones: { cut: string; nombre: string }[]; grupos: string[]; lineas: string[] };
};

const CAMPOS_GUIA = [
  "postulacionId",
  "folio",
  "nombreProyecto",
  "slugPublico",
  "desafioId",
  "desafioTitulo",
  "grupoVulnerable",
  "linea",
  "regionCut",
  "regionNombre",
  "tecnico",
  "popular",
  "demoDay",
  "consolidado",
  "posicion",
] as const satisfies readonly (keyof FilaRanking)[];

/** Only the listed fields reach the page (a field added to FilaRanking later is not published by accident). */
function filaGuia(f: FilaRanking, decision: Decision | null): FilaGuia {
  const fila = Object.fromEntries(CAMPOS_GUIA.map((k) => [k, f[k]])) as Omit<FilaGuia, "decision">;
  return { ...fila, decision };
}

/** The guía de proyectos ranqueados of the active convocatoria (null without one). */
export async function guiaProyectos(client: Db = dbPorDefecto): Promise<GuiaProyectos | null> {
  const c = await leerConvocatoriaActiva(client, { id: true, nombre: true, anio: true, pesoTecnico: true, pesoVotacion: true, pesoDemoDay: true });
  if (!c) return null;
  const convocatoria = { nombre: c.nombre, anio: c.anio };
  const vacia: GuiaProyectos = { convocatoria, publicada: false, rondas: [], opciones: { desafios: [], regiones: [], grupos: [], lineas: [] } };
  const cerradas = await client.rondaSeleccion.findMany({ where: { convocatoriaId: c.id, estado: "CERRADA" }, select: { id: true, fase: true } });
  if (!cerradas.some((r) => r.fase === "PRESELECCION")) return vacia;

  const fases = cerradas.map((r) => r.fase).sort((a, b) => ORDEN_FASE[a] - ORDEN_FASE[b]);
  const [rankings, decisiones] = await Promise.all([
    Promise.all(fases.map((f) => rankingConsolidado(client, c.id, f))),
    client.decisionComite.findMany({ where: { rondaId: { in: cerradas.map((r) => r.id) } }, select: { fase: true, postulacionId: true, decision: true } }),
  ]);
  const decisionDe = new Map(decisiones.map((d) => [`${d.fase}:${d.postulacionId}`, d.decision]));
  const rondas: RondaGuia[] = fases.map((fase, i) => {
    const pesos = pesosDeFase(c, fase);
    return {
      fase,
      nombre: NOMBRE_FASE[fase],
      pesos,
      formula: FORMULA_CONSOLIDADO(pesos),
      filas: rankings[i].map((f) => filaGuia(f, decisionDe.get(`${fase}:${f.postulacionId}`) ?? null)),
    };
  });

  // Every row of the final round is also in the preselection's, which lists every admissible perfil.
  const todas = rondas.find((r) => r.fase === "PRESELECCION")!.filas;
  const desafios = new Map(todas.map((f) => [f.desafioId, f.desafioTitulo]));
  const porNombre = (a: string, b: string) => a.localeCompare(b, "es");
  return {
    convocatoria,
    publicada: true,
    rondas,
    opciones: {
      desafios: [...desafios].map(([id, titulo]) => ({ id, titulo })).sort((a, b) => porNombre(a.titulo, b.titulo)),
      regiones: regionesOrdenadas(todas.map((f) => f.regionCut)),
      grupos: [...new Set(todas.map((f) => f.grupoVulnerable))].sort(porNombre),
      lineas: [...new Set(todas.flatMap((f) => (f.linea ? [f.linea] : [])))].sort(porNombre),
    },
  };
}
