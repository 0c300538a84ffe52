// What the Mesa report and the ex-ante sheets print: the pilots (a finally selected project with its signed
// convenio, lib/convenio/exigir.ts) with their desafío, population, components, indicators and final report.
// Each metric joins the desafío's baseline (MetricaLineaBase), the pilot's target (formulario completo) and
// its result (Sistematizacion.resultadosMetricas). No "server-only": the background runner, started by
// instrumentation.ts, loads it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { leerContenido } from "@/lib/domain/formulario-completo";
import { nombreRegion } from "@/lib/domain/regiones";

type Cliente = Db | Tx;

export type Recomendacion = "ESCALAR" | "AJUSTAR" | "DESCARTAR";

export const NOMBRE_RECOMENDACION: Record<Recomendacion, string> = { ESCALAR: "Escalar", AJUSTAR: "Ajustar", DESCARTAR: "Descartar" };

/** A pilot: selected in the final acta, with its convenio signed (the signed document registered). */
export const WHERE_PILOTO = { convenio: { is: { documentoId: { not: null }, documentoSha256: { not: null } } } } satisfies Prisma.PostulacionWhereInput;

/** A pilot whose approved final report recommends scaling it up or adjusting it. */
export const WHERE_PILOTO_RECOMENDADO = {
  ...WHERE_PILOTO,
  sistematizacion: { is: { estado: "APROBADA", recomendacion: { in: ["ESCALAR", "AJUSTAR"] } } },
} satisfies Prisma.PostulacionWhereInput;

export type MetricaPiloto = {
  indicador: string;
  unidad: string;
  lineaBase: string;
  meta: string;
  resultado: string;
  medioVerificacion: string;
};

export type Piloto = {
  postulacionId: string;
  folio: number | null;
  anio: number;
  convocatoria: string;
  nombreProyecto: string;
  /** The executing organisation (a legal person); null for a natural person applying on their own. */
  organizacion: string | null;
  tipoEjecutor: string | null;
  regiones: string[];
  desafio: { id: string; slug: string; titulo: string; resumen: string };
  grupoVulnerable: { id: string; nombre: string; mesaNombre: string; ministerio: string };
  montoAdjudicado: number;
  fechaInicio: Date;
  fechaTermino: Date;
  problema: string;
  poblacion: string;
  actividades: string;
  resultadosEsperados: string;
  hitos: { titulo: string; vence: Date; cumplido: boolean }[];
  metricas: MetricaPiloto[];
  informe: {
    estado: string;
    recomendacion: Recomendacion | null;
    fundamento: string;
    loRealizado: string;
    aprendizajes: string;
  } | null;
};

const SELECT_PILOTO = {
  id: true,
  folio: true,
  nombreProyecto: true,
  problema: true,
  usuarios: true,
  tipoEjecutor: true,
  organizacionNombre: true,
  organizacion: { select: { nombre: true, tipo: true } },
  convocatoria: { select: { anio: true, nombre: true } },
  regiones: { select: { regionCut: true } },
  desafio: {
    select: {
      id: true,
      slug: true,
      titulo: true,
      resumen: true,
      regionCut: true,
      grupoVulnerable: { select: { id: true, nombre: true, mesaNombre: true, ministerio: true } },
      metricas: { select: { id: true, indicador: true, valor: true, unidad: true }, orderBy: [{ orden: "asc" }, { indicador: "asc" }] },
    },
  },
  convenio: { select: { montoAdjudicado: true, fechaInicio: true, fechaTermino: true, hitos: { select: { titulo: true, vence: true, cumplidoEn: true }, orderBy: [{ orden: "asc" }, { vence: "asc" }] } } },
  formulario: { select: { contenido: true } },
  sistematizacion: { select: { estado: true, recomendacion: true, fundamentoRecomendacion: true, loRealizado: true, aprendizajes: true, resultadosMetricas: true } },
} satisfies Prisma.PostulacionSelect;

type FilaPiloto = Prisma.PostulacionGetPayload<{ select: typeof SELECT_PILOTO }>;

const texto = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "");

/** A final report's metric results, read leniently: an array of objects keyed by the baseline metric (id or indicator). */
export function leerResultados(json: string | null | undefined): { metricaId: string; indicador: string; unidad: string; lineaBase: string; meta: string; resultado: string }[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v)) return [];
    return v
      .filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null)
      .map((x) => ({
        metricaId: texto(x.metricaLineaBaseId ?? x.metricaId ?? x.id),
        indicador: texto(x.indicador),
        unidad: texto(x.unidad),
        lineaBase: texto(x.lineaBase),
        meta: texto(x.meta),
        resultado: texto(x.resultado),
      }));
  } catch {
    return [];
  }
}

function aPiloto(p: FilaPiloto): Piloto {
  const f = leerContenido(p.formulario?.contenido);
  const resultados = leerResultados(p.sistematizacion?.resultadosMetricas);
  const metricas: MetricaPiloto[] = p.desafio.metricas.map((m) => {
    const objetivo = f.metricas.find((x) => x.metricaLineaBaseId === m.id);
    const r = resultados.find((x) => x.metricaId === m.id) ?? resultados.find((x) => x.indicador && x.indicador === m.indicador);
    return {
      indicador: m.indicador,
      unidad: m.unidad,
      lineaBase: String(m.valor),
      meta: r?.meta || objetivo?.meta || "",
      resultado: r?.resultado ?? "",
      medioVerificacion: objetivo?.medioVerificacion ?? "",
    };
  });
  // Results of metrics the desafío no longer lists are kept too, as reported.
  for (const r of resultados) {
    if (p.desafio.metricas.some((m) => m.id === r.metricaId || (r.indicador && m.indicador === r.indicador))) continue;
    if (!r.indicador) continue;
    metricas.push({ indicador: r.indicador, unidad: r.unidad, lineaBase: r.lineaBase, meta: r.meta, resultado: r.resultado, medioVerificacion: "" });
  }
  const cuts = p.regiones.length ? p.regiones.map((r) => r.regionCut) : p.desafio.regionCut ? [p.desafio.regionCut] : [];
  const tipo = p.organizacion?.tipo ?? p.tipoEjecutor;
  const s = p.sistematizacion;
  return {
    postulacionId: p.id,
    folio: p.folio,
    anio: p.convocatoria.anio,
    convocatoria: p.convocatoria.nombre,
    nombreProyecto: p.nombreProyecto,
    organizacion: tipo === "PERSONA_NATURAL" ? null : p.organizacion?.nombre || p.organizacionNombre || null,
    tipoEjecutor: tipo,
    regiones: cuts.length ? cuts.map(nombreRegion) : ["Nacional"],
    desafio: { id: p.desafio.id, slug: p.desafio.slug, titulo: p.desafio.titulo, resumen: p.desafio.resumen },
    grupoVulnerable: p.desafio.grupoVulnerable,
    montoAdjudicado: p.convenio?.montoAdjudicado ?? 0,
    fechaInicio: p.convenio?.fechaInicio ?? new Date(0),
    fechaTermino: p.convenio?.fechaTermino ?? new Date(0),
    problema: f.teoriaCambio.problema || p.problema,
    poblacion: p.usuarios,
    actividades: f.teoriaCambio.actividades,
    resultadosEsperados: f.teoriaCambio.resultados,
    hitos: (p.convenio?.hitos ?? []).map((h) => ({ titulo: h.titulo, vence: h.vence, cumplido: h.cumplidoEn !== null })),
    metricas,
    informe: s ? { estado: s.estado, recomendacion: s.recomendacion, fundamento: s.fundamentoRecomendacion, loRealizado: s.loRealizado, aprendizajes: s.aprendizajes } : null,
  };
}

const ORDEN = [{ convocatoria: { anio: "desc" } }, { folio: "asc" }, { id: "asc" }] satisfies Prisma.PostulacionOrderByWithRelationInput[];

/** The pilots of the desafíos of one vulnerable group (its Mesa Compromiso País), every year, newest first. */
export async function pilotosDeMesa(client: Cliente, grupoVulnerableId: string): Promise<Piloto[]> {
  const filas = await client.postulacion.findMany({ where: { ...WHERE_PILOTO, desafio: { grupoVulnerableId } }, select: SELECT_PILOTO, orderBy: ORDEN });
  return filas.map(aPiloto);
}

/** The recommended pilots (ESCALAR / AJUSTAR, final report approved); one when `postulacionId` is given. */
export async function pilotosRecomendados(client: Cliente, postulacionId?: string): Promise<Piloto[]> {
  const filas = await client.postulacion.findMany({ where: { ...WHERE_PILOTO_RECOMENDADO, ...(postulacionId ? { id: postulacionId } : {}) }, select: SELECT_PILOTO, orderBy: ORDEN });
  return filas.map(aPiloto);
}

/** Every pilot with an approved final report (open data: results). */
export async function pilotosConInformeAprobado(client: Cliente): Promise<Piloto[]> {
  const filas = await client.postulacion.findMany({ where: { ...WHERE_PILOTO, sistematizacion: { is: { estado: "APROBADA" } } }, select: SELECT_PILOTO, orderBy: ORDEN });
  return filas.map(aPiloto);
}
