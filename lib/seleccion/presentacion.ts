// How a selection round reads in Spanish, the same on the committee's screens and in the acta's PDF: the
// acta's title, the postura of a signature, the constraints' prices and the scores. Pure, no I/O.
import { formatearNumero } from "@/lib/domain/formato";
import { formatoNota } from "@/lib/domain/nota";
import { NOMBRE_FASE, type Fase, type Postura } from "@/lib/domain/seleccion";

/** "Acta de preselección para incubación". */
export function tituloActa(fase: Fase): string {
  const nombre = NOMBRE_FASE[fase];
  return `Acta de ${nombre.charAt(0).toLowerCase()}${nombre.slice(1)}`;
}

export const NOMBRE_POSTURA: Record<Postura, string> = {
  ACUERDO: "De acuerdo",
  DISIDENCIA: "Disidencia",
};

/** "Fondo IDEA 2019", or "Convocatoria (2019)" when the name does not say the year. */
export function nombreConvocatoria(c: { nombre: string; anio: number }): string {
  return c.nombre.includes(String(c.anio)) ? c.nombre : `${c.nombre} (${c.anio})`;
}

/** What the acta says of the optimiser's suggestion when there is no feasible one. */
export function textoSinSugerencia(motivo: string | null): string {
  return motivo ? `El optimizador no encontró una cartera factible: ${motivo}` : "La ronda no tenía una cartera sugerida calculada.";
}

/** A grade on the 1,0–7,0 scale, or a dash when there is none. */
export function notaOGuion(n: number | null | undefined): string {
  return n === null || n === undefined ? "—" : formatoNota(n);
}

/** A sum of consolidated scores (the portfolio's total, a constraint's price): two decimals at most. */
export function formatoPuntos(n: number): string {
  return formatearNumero(Math.round(n * 100) / 100);
}

// The optimiser names each constraint it prices (lib/domain/cartera.ts). Known names read in Spanish; an
// unknown one is shown as it comes, so a new constraint is never hidden.
const PRECIOS: Record<string, string> = {
  cobertura: "Cobertura regional (al menos un proyecto por región con candidatos)",
  coberturaRegional: "Cobertura regional (al menos un proyecto por región con candidatos)",
  regiones: "Cobertura regional (al menos un proyecto por región con candidatos)",
  region: "Cobertura regional (al menos un proyecto por región con candidatos)",
  incluir: "Perfiles fijados por el comité (incluir)",
  fijados: "Perfiles fijados por el comité (incluir)",
  excluir: "Perfiles excluidos por el comité",
  excluidos: "Perfiles excluidos por el comité",
  fijaciones: "Perfiles fijados o excluidos por el comité (incluir, excluir)",
  maxPorDesafio: "Máximo de proyectos por desafío",
  desafio: "Máximo de proyectos por desafío",
};

export function nombrePrecio(clave: string): string {
  return PRECIOS[clave] ?? clave;
}

/** The prices as ordered rows, the known constraints first; null or empty → none. */
export function filasPrecios(precios: Record<string, number> | null | undefined): { clave: string; nombre: string; valor: number }[] {
  if (!precios) return [];
  return Object.entries(precios)
    .filter(([, v]) => typeof v === "number" && Number.isFinite(v))
    .sort(([a], [b]) => (a in PRECIOS ? 0 : 1) - (b in PRECIOS ? 0 : 1) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([clave, valor]) => ({ clave, nombre: nombrePrecio(clave), valor }));
}

/** The prices of a stored suggestion, when the optimiser reported them (its result type may not name them). */
export function preciosDeSugerencia(s: object | null | undefined): Record<string, number> | null {
  if (!s || !("precios" in s)) return null;
  const p = (s as { precios?: unknown }).precios;
  return p && typeof p === "object" ? (p as Record<string, number>) : null;
}
