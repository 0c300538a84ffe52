// What the public learning repository shows (issue 14, item 4): the final reports staff APPROVED and
// published (Sistematizacion estado APROBADA with publicadaEn), of every convocatoria. Project facts only:
// the project's name, its desafío, grupo, regions, year and report; never the applicant's or the
// organisation's name, RUT, e-mail or team (lib/auth/datos-personales.ts; tests/integration/aprendizajes.test.ts).
import "server-only";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { esRecomendacion, leerResultadosMetricas, type ItemAprendizaje, type Recomendacion, type ResultadoMetrica } from "@/lib/domain/aprendizajes";
import { limpiadorDeTexto } from "@/lib/domain/datos-abiertos";
import { nombresDePersonas } from "@/lib/exportaciones/datos-abiertos";
import { nombreRegion, REGIONES } from "@/lib/domain/regiones";

/** The one rule for a public report. */
export const SISTEMATIZACION_PUBLICA = { estado: "APROBADA" as const, publicadaEn: { not: null } };

export type TarjetaAprendizaje = ItemAprendizaje & {
  nombreProyecto: string;
  desafioTitulo: string;
  grupoNombre: string;
  regionesNombres: string[];
  convocatoriaNombre: string;
  /** First lines of the learnings, for the list. */
  extracto: string;
  publicadaEn: Date;
};

export type Aprendizaje = TarjetaAprendizaje & {
  desafioSlug: string;
  /** True when the desafío belongs to the active convocatoria (its page /desafios/[slug] exists). */
  desafioVigente: boolean;
  mesaNombre: string;
  loRealizado: string;
  aprendizajes: string;
  evidenciaCoproduccion: string;
  fundamentoRecomendacion: string;
  metricas: ResultadoMetrica[];
};

/**
 * The team's free text is published: it is scrubbed as open data is (lib/domain/datos-abiertos.ts): RUTs,
 * e-mails, phones and the names of the portal's accounts and convenios' responsible persons become OMITIDO.
 */
async function limpiador(client: Db): Promise<(s: string) => string> {
  return limpiadorDeTexto(await nombresDePersonas(client));
}

const ordenRegion = new Map<string, number>(REGIONES.map((r, i) => [r.cut, i]));
const porRegion = (a: string, b: string) => (ordenRegion.get(a) ?? 99) - (ordenRegion.get(b) ?? 99);

const SELECT = {
  id: true,
  aprendizajes: true,
  recomendacion: true,
  publicadaEn: true,
  postulacion: {
    select: {
      nombreProyecto: true,
      regiones: { select: { regionCut: true } },
      convocatoria: { select: { anio: true, nombre: true, activa: true } },
      desafio: { select: { id: true, titulo: true, slug: true, regionCut: true, grupoVulnerable: { select: { id: true, nombre: true, mesaNombre: true } } } },
    },
  },
} as const;

function extracto(t: string, max = 220): string {
  const limpio = t.replace(/\s+/g, " ").trim();
  return limpio.length <= max ? limpio : `${limpio.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

type Fila = {
  id: string;
  aprendizajes: string;
  recomendacion: string | null;
  publicadaEn: Date | null;
  postulacion: {
    nombreProyecto: string;
    regiones: { regionCut: string }[];
    convocatoria: { anio: number; nombre: string };
    desafio: { id: string; titulo: string; regionCut: string | null; grupoVulnerable: { id: string; nombre: string } };
  };
};

function tarjeta(s: Fila, limpiar: (s: string) => string): TarjetaAprendizaje {
  const p = s.postulacion;
  const propias = p.regiones.map((r) => r.regionCut);
  const regiones = [...new Set(propias.length ? propias : p.desafio.regionCut ? [p.desafio.regionCut] : [])].sort(porRegion);
  const recomendacion: Recomendacion | null = esRecomendacion(s.recomendacion) ? s.recomendacion : null;
  return {
    id: s.id,
    anio: p.convocatoria.anio,
    desafioId: p.desafio.id,
    grupoId: p.desafio.grupoVulnerable.id,
    regiones,
    recomendacion,
    nombreProyecto: limpiar(p.nombreProyecto),
    desafioTitulo: p.desafio.titulo,
    grupoNombre: p.desafio.grupoVulnerable.nombre,
    regionesNombres: regiones.map(nombreRegion),
    convocatoriaNombre: p.convocatoria.nombre,
    extracto: extracto(limpiar(s.aprendizajes)),
    publicadaEn: s.publicadaEn ?? new Date(0),
  };
}

/** Every published report, latest year first, then by project name. */
export async function listarAprendizajes(client: Db = dbPorDefecto): Promise<TarjetaAprendizaje[]> {
  const filas = await client.sistematizacion.findMany({ where: SISTEMATIZACION_PUBLICA, select: SELECT });
  const limpiar = await limpiador(client);
  return filas.map((f) => tarjeta(f, limpiar)).sort((a, b) => b.anio - a.anio || a.nombreProyecto.localeCompare(b.nombreProyecto, "es"));
}

export type OpcionesAprendizajes = {
  desafios: { id: string; titulo: string; anio: number }[];
  grupos: { id: string; nombre: string }[];
  regiones: { cut: string; nombre: string }[];
  anios: number[];
};

/** The filters' choices, from the published reports only (no empty choice). */
export function opcionesAprendizajes(items: readonly TarjetaAprendizaje[]): OpcionesAprendizajes {
  const desafios = new Map<string, { id: string; titulo: string; anio: number }>();
  const grupos = new Map<string, string>();
  const regiones = new Set<string>();
  const anios = new Set<number>();
  for (const x of items) {
    desafios.set(x.desafioId, { id: x.desafioId, titulo: x.desafioTitulo, anio: x.anio });
    grupos.set(x.grupoId, x.grupoNombre);
    x.regiones.forEach((r) => regiones.add(r));
    anios.add(x.anio);
  }
  return {
    desafios: [...desafios.values()].sort((a, b) => b.anio - a.anio || a.titulo.localeCompare(b.titulo, "es")),
    grupos: [...grupos].map(([id, nombre]) => ({ id, nombre })).sort((a, b) => a.nombre.localeCompare(b.nombre, "es")),
    regiones: [...regiones].sort(porRegion).map((cut) => ({ cut, nombre: nombreRegion(cut) })),
    anios: [...anios].sort((a, b) => b - a),
  };
}

/** One published report's card, or null when there is none with that id (or it is not public). */
export async function leerAprendizaje(id: string, client: Db = dbPorDefecto): Promise<Aprendizaje | null> {
  if (!/^[a-z0-9]{1,40}$/.test(id)) return null;
  const s = await client.sistematizacion.findFirst({
    where: { id, ...SISTEMATIZACION_PUBLICA },
    select: {
      ...SELECT,
      loRealizado: true,
      evidenciaCoproduccion: true,
      resultadosMetricas: true,
      fundamentoRecomendacion: true,
      postulacion: {
        select: {
          ...SELECT.postulacion.select,
          desafio: {
            select: {
              ...SELECT.postulacion.select.desafio.select,
              metricas: { orderBy: { orden: "asc" }, select: { id: true, indicador: true, unidad: true, valor: true, fuente: true } },
            },
          },
        },
      },
    },
  });
  if (!s) return null;
  const d = s.postulacion.desafio;
  const limpiar = await limpiador(client);
  return {
    ...tarjeta(s, limpiar),
    desafioSlug: d.slug,
    desafioVigente: s.postulacion.convocatoria.activa,
    mesaNombre: d.grupoVulnerable.mesaNombre,
    loRealizado: limpiar(s.loRealizado),
    aprendizajes: limpiar(s.aprendizajes),
    evidenciaCoproduccion: limpiar(s.evidenciaCoproduccion),
    fundamentoRecomendacion: limpiar(s.fundamentoRecomendacion),
    metricas: leerResultadosMetricas(s.resultadosMetricas, d.metricas).map((m) => ({ ...m, comentario: limpiar(m.comentario) })),
  };
}

/** Ids of every published report (the detail pages prerendered at build). */
export async function idsAprendizajes(client: Db = dbPorDefecto): Promise<string[]> {
  const filas = await client.sistematizacion.findMany({ where: SISTEMATIZACION_PUBLICA, select: { id: true } });
  return filas.map((f) => f.id);
}
