// The regional demo day (issue 13, item 5): the jurors' own rubric, the weighted grade of one juror for one
// pitch on the Chilean 1,0–7,0 scale, and the "cuarta hélice" balance of a jury (Estado, academia, empresa,
// sociedad civil). The demo-day score of a perfil is the mean of its jurors' grades and enters the final
// round's consolidated score with the convocatoria's weight (lib/domain/puntaje-consolidado.ts). Pure.
import { HELICES, NOMBRE_HELICE, type Helice } from "./helices";
import { esNotaValida, redondearNota } from "./nota";

export type CriterioDemoDay = {
  /** Stable key: the form's field and the key of PuntajeDemoDay.notas. */
  clave: string;
  nombre: string;
  /** Percentage; the weights of the rubric sum 100. */
  peso: number;
  /** One line for the juror, shown under the field. */
  guia: string;
};

export const CRITERIOS_DEMO_DAY = [
  {
    clave: "claridad",
    nombre: "Claridad del problema y la solución",
    peso: 25,
    guia: "¿Se entiende a quién afecta el problema, por qué importa y cómo la solución lo resuelve?",
  },
  {
    clave: "coproduccion",
    nombre: "Co-producción con los usuarios",
    peso: 20,
    guia: "¿Las personas usuarias participaron en el diseño y seguirán participando en el piloto?",
  },
  {
    clave: "factibilidad",
    nombre: "Factibilidad del piloto",
    peso: 20,
    guia: "¿El presupuesto, el cronograma y los riesgos son realistas para pilotear en el plazo?",
  },
  {
    clave: "aprendizaje",
    nombre: "Potencial de aprendizaje y escalamiento",
    peso: 20,
    guia: "¿El piloto mide su efecto contra la línea de base y podría crecer o replicarse si funciona?",
  },
  {
    clave: "equipo",
    nombre: "Solidez del equipo",
    peso: 15,
    guia: "¿El equipo tiene la experiencia, el tiempo y las alianzas para ejecutar el piloto?",
  },
] as const satisfies readonly CriterioDemoDay[];

export type ClaveCriterioDemoDay = (typeof CRITERIOS_DEMO_DAY)[number]["clave"];
export const CLAVES_DEMO_DAY = CRITERIOS_DEMO_DAY.map((c) => c.clave) as [ClaveCriterioDemoDay, ...ClaveCriterioDemoDay[]];

/** The grades one juror gives one pitch, by criterion. */
export type NotasDemoDay = Record<ClaveCriterioDemoDay, number>;

export const MENSAJE_NOTA_DEMO_DAY = "La nota debe ir de 1,0 a 7,0, con un decimal como máximo (por ejemplo, 5,5).";
export const MENSAJE_FALTA_NOTA_DEMO_DAY = "Ponga una nota a este criterio.";

/**
 * What is wrong with a set of grades, by criterion key (empty when they are all there and valid): each
 * criterion of the rubric needs a grade from 1,0 to 7,0 with at most one decimal; unknown keys are refused.
 */
export function erroresNotasDemoDay(notas: Readonly<Record<string, unknown>>): Record<string, string> {
  const errores: Record<string, string> = {};
  for (const c of CRITERIOS_DEMO_DAY) {
    const v = notas[c.clave];
    if (v === undefined || v === null) errores[c.clave] = MENSAJE_FALTA_NOTA_DEMO_DAY;
    else if (typeof v !== "number" || !esNotaValida(v)) errores[c.clave] = MENSAJE_NOTA_DEMO_DAY;
  }
  for (const k of Object.keys(notas)) if (!CLAVES_DEMO_DAY.includes(k as ClaveCriterioDemoDay)) errores[k] = "Ese criterio no es parte de la rúbrica del jurado.";
  return errores;
}

/** The weighted mean of the grades, unrounded; null while a criterion is missing or invalid (live preview). */
export function notaPonderadaParcial(notas: Readonly<Partial<Record<string, number | null>>>): number | null {
  let suma = 0;
  for (const c of CRITERIOS_DEMO_DAY) {
    const v = notas[c.clave];
    if (typeof v !== "number" || !esNotaValida(v)) return null;
    suma += v * c.peso;
  }
  return suma / 100;
}

/**
 * A juror's grade of one pitch: the weighted mean of the criteria's grades, to one decimal (half up), on the
 * 1,0–7,0 scale. Throws RangeError (Spanish) when a grade is missing, invalid or not of the rubric.
 */
export function notaDemoDay(notas: Readonly<Record<string, unknown>>): number {
  const errores = erroresNotasDemoDay(notas);
  const [primera] = Object.entries(errores);
  if (primera) {
    const c = CRITERIOS_DEMO_DAY.find((x) => x.clave === primera[0]);
    throw new RangeError(`${c ? c.nombre : primera[0]}: ${primera[1]}`);
  }
  return redondearNota(notaPonderadaParcial(notas as Record<string, number>)!);
}

export { HELICES, NOMBRE_HELICE };
export type HeliceJurado = Helice;

export type EquilibrioJurado = {
  /** Jurors per helix, every helix present as a key. */
  conteo: Record<HeliceJurado, number>;
  /** The helices with no juror, in HELICES order. */
  faltantes: HeliceJurado[];
  /** True when the four helices sit on the jury. */
  completo: boolean;
};

/** Which of the four helices a jury (the jurors' helices) has, and which are missing. */
export function equilibrioJurado(helices: readonly HeliceJurado[]): EquilibrioJurado {
  const conteo = Object.fromEntries(HELICES.map((h) => [h, 0])) as Record<HeliceJurado, number>;
  for (const h of helices) conteo[h] += 1;
  const faltantes = HELICES.filter((h) => conteo[h] === 0);
  return { conteo, faltantes, completo: faltantes.length === 0 };
}

/** "Faltan las hélices Empresa y Sociedad civil." or null when the jury has the four. */
export function avisoHelices(faltantes: readonly HeliceJurado[]): string | null {
  if (faltantes.length === 0) return null;
  const nombres = faltantes.map((h) => NOMBRE_HELICE[h]);
  const lista = nombres.length === 1 ? nombres[0] : `${nombres.slice(0, -1).join(", ")} y ${nombres[nombres.length - 1]}`;
  return faltantes.length === 1 ? `Falta la hélice ${lista}.` : `Faltan las hélices ${lista}.`;
}
