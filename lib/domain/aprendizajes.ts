// The learning repository (issue 14, items 4 and 7): what a pilot's public card shows of its final report,
// and the history rules of a new year's convocatoria. Pure: no I/O.
//
// - leerResultadosMetricas: a tolerant reader of Sistematizacion.resultadosMetricas (JSON, one entry per
//   baseline metric of the desafío: línea base, meta, resultado), joined to the desafío's metrics.
// - escalaMetrica: where línea base, meta and resultado sit on one axis (the card's chart), and how much of
//   the expected change the pilot achieved.
// - filtrarAprendizajes: the repository's filters (desafío, grupo vulnerable, región, año, recomendación).
// - unAnioDespues, nombreSiguiente: the calendar and the name of the next year's convocatoria.

import { aFechaInput, instanteEnSantiago, ZONA_HORARIA } from "./formato";
import type { Recomendacion } from "./sistematizacion";

export type { Recomendacion };

// The recommendation's values and names live in lib/domain/sistematizacion.ts (the report's rules); this
// module stays free of zod because the repository's client island imports it, so it only repeats the three
// values, checked against that type.
export const RECOMENDACIONES = ["ESCALAR", "AJUSTAR", "DESCARTAR"] as const satisfies readonly Recomendacion[];

export function esRecomendacion(v: unknown): v is Recomendacion {
  return typeof v === "string" && (RECOMENDACIONES as readonly string[]).includes(v);
}

/** A number as people write it in Chile ("12,5", "1.200", "35 %", 12.5) → number, or null. */
export function leerNumero(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  let t = v.normalize("NFKC").replace(/\s+/g, "").replace(/%$/, "");
  if (t === "") return null;
  if (t.includes(",")) t = t.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, "");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A baseline metric of the desafío, as the public card needs it. */
export type MetricaBase = { id: string; indicador: string; unidad: string; valor: number; fuente: string };

/** One metric of a pilot's card: the desafío's baseline, the pilot's target and its result. */
export type ResultadoMetrica = {
  clave: string;
  indicador: string;
  unidad: string;
  lineaBase: number | null;
  meta: number | null;
  resultado: number | null;
  /** The team's comment on the result (how it was measured, why it differs), if any. */
  comentario: string;
  fuente: string;
};

const texto = (v: unknown, max = 2000): string => (typeof v === "string" ? v.trim().slice(0, max) : "");

/**
 * The metrics of a final report, in the desafío's order, then any the report adds. Tolerant of the JSON's
 * shape (an entry may name its metric by `metricaLineaBaseId`, `metricaId` or `id`; numbers may be text),
 * since the report is written by the team; an unreadable JSON gives just the desafío's baselines.
 */
export function leerResultadosMetricas(json: string, metricasDesafio: readonly MetricaBase[]): ResultadoMetrica[] {
  let crudo: unknown;
  try {
    crudo = JSON.parse(json);
  } catch {
    crudo = [];
  }
  const entradas = (Array.isArray(crudo) ? crudo : []).filter((x): x is Record<string, unknown> => !!x && typeof x === "object" && !Array.isArray(x));
  const idDe = (x: Record<string, unknown>) => texto(x.metricaLineaBaseId, 64) || texto(x.metricaId, 64) || texto(x.id, 64);
  const usadas = new Set<number>();
  const filas: ResultadoMetrica[] = metricasDesafio.map((m) => {
    const i = entradas.findIndex((x, j) => !usadas.has(j) && idDe(x) === m.id);
    const x = i >= 0 ? entradas[i] : {};
    if (i >= 0) usadas.add(i);
    return {
      clave: m.id,
      indicador: m.indicador,
      unidad: texto(x.unidad, 60) || m.unidad,
      lineaBase: leerNumero(x.lineaBase) ?? m.valor,
      meta: leerNumero(x.meta),
      resultado: leerNumero(x.resultado),
      comentario: texto(x.comentario) || texto(x.observacion),
      fuente: m.fuente,
    };
  });
  entradas.forEach((x, j) => {
    if (usadas.has(j)) return;
    const indicador = texto(x.indicador, 300);
    if (!indicador) return;
    filas.push({
      clave: `extra-${j}`,
      indicador,
      unidad: texto(x.unidad, 60),
      lineaBase: leerNumero(x.lineaBase),
      meta: leerNumero(x.meta),
      resultado: leerNumero(x.resultado),
      comentario: texto(x.comentario) || texto(x.observacion),
      fuente: texto(x.fuente, 300),
    });
  });
  return filas;
}

/** Positions (0–100 % of the axis) of a metric's three values, and how far the result went. */
export type EscalaMetrica = {
  min: number;
  max: number;
  lineaBase: number | null;
  meta: number | null;
  resultado: number | null;
  /**
   * Share of the expected change (meta − línea base) the result achieved, in % (100: target met; above 100:
   * exceeded; negative: moved the other way), or null without the three values or when meta = línea base.
   */
  logro: number | null;
};

/** Where each value sits on one axis starting at 0 (or at the lowest value, if negative), with 10 % headroom. */
export function escalaMetrica(m: Pick<ResultadoMetrica, "lineaBase" | "meta" | "resultado">): EscalaMetrica {
  const valores = [m.lineaBase, m.meta, m.resultado].filter((v): v is number => v !== null);
  const min = Math.min(0, ...valores);
  const alto = Math.max(0, ...valores);
  const max = alto === min ? min + 1 : alto + (alto - min) * 0.1;
  const pos = (v: number | null) => (v === null ? null : ((v - min) / (max - min)) * 100);
  let logro: number | null = null;
  if (m.lineaBase !== null && m.meta !== null && m.resultado !== null && m.meta !== m.lineaBase) {
    logro = Math.round(((m.resultado - m.lineaBase) / (m.meta - m.lineaBase)) * 1000) / 10;
  }
  return { min, max, lineaBase: pos(m.lineaBase), meta: pos(m.meta), resultado: pos(m.resultado), logro };
}

/** A card of the repository's list, with what the filters look at. */
export type ItemAprendizaje = {
  id: string;
  anio: number;
  desafioId: string;
  grupoId: string;
  /** Regions where the pilot ran (or its desafío's region; none for a national desafío without regions). */
  regiones: string[];
  recomendacion: Recomendacion | null;
};

export type FiltrosAprendizajes = { desafio?: string; grupo?: string; region?: string; anio?: string; recomendacion?: string };

/** The cards that match every filter given (an empty or unknown value does not filter). */
export function filtrarAprendizajes<T extends ItemAprendizaje>(items: readonly T[], f: FiltrosAprendizajes): T[] {
  const anio = f.anio ? Number(f.anio) : null;
  return items.filter(
    (x) =>
      (!f.desafio || x.desafioId === f.desafio) &&
      (!f.grupo || x.grupoId === f.grupo) &&
      (!f.region || x.regiones.includes(f.region)) &&
      (anio === null || !Number.isInteger(anio) || x.anio === anio) &&
      (!f.recomendacion || !esRecomendacion(f.recomendacion) || x.recomendacion === f.recomendacion),
  );
}

const horaSantiago = new Intl.DateTimeFormat("en-GB", { timeZone: ZONA_HORARIA, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/**
 * The same Chilean wall-clock date and time one year later (a planned etapa runs from 00:00 of its first
 * day to 23:59:59 of its last, in Santiago: the shift keeps that, whatever the summer time does); 29
 * February → 28 February.
 */
export function unAnioDespues(d: Date): Date {
  const [y, m, dia] = aFechaInput(d).split("-").map(Number);
  const ultimo = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  const fecha = `${y + 1}-${String(m).padStart(2, "0")}-${String(Math.min(dia, ultimo)).padStart(2, "0")}`;
  return instanteEnSantiago(fecha, horaSantiago.format(d));
}

/** The next convocatoria's name: the year in the name moves on; a name without it gets the new year. */
export function nombreSiguiente(nombre: string, anio: number): string {
  const siguiente = anio + 1;
  if (nombre.includes(String(anio))) return nombre.split(String(anio)).join(String(siguiente));
  return `${nombre.trim()} ${siguiente}`.trim();
}
