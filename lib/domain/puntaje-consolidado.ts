// Consolidated score of a perfil (issue 12, item 1): the weighted mean of its technical score
// (lib/domain/puntaje-tecnico.ts), its popular score (lib/domain/puntaje-popular.ts) and, in the final
// round, its demo day score (mean of the jurors' grades), all on the Chilean 1,0–7,0 scale. The weights are
// the convocatoria's percentages (pesoTecnico, pesoVotacion, pesoDemoDay, summing 100). The preselection
// comes before demo day, so there the demo day weight is shared between the other two in proportion
// (70/10/20 → 87,5/12,5/0). Pure; FORMULA_CONSOLIDADO is the public text (/resultados, /guia, the acta).
import { formatearNumero } from "./formato";
import { enEscala } from "./nota";

/** The two rounds (FaseComite; lib/domain/seleccion.ts names them). */
export type Fase = "PRESELECCION" | "SELECCION_FINAL";

/** The convocatoria's weights as stored: integer percentages that sum 100. */
export type PesosConvocatoria = { pesoTecnico: number; pesoVotacion: number; pesoDemoDay: number };

/**
 * The weights one round applies, in percent (possibly fractional: 87,5); they sum 100. `votacion` weighs the
 * popular score, as Convocatoria.pesoVotacion does.
 */
export type Pesos = { tecnico: number; votacion: number; demoDay: number };

/** The scores of one perfil; null when it has none (no submitted evaluation, no juror's grade). */
export type PuntajesPerfil = { tecnico: number | null; popular: number; demoDay?: number | null };

/** Throws, in Spanish, unless the convocatoria's weights are non-negative numbers that sum 100. */
export function validarPesos(p: PesosConvocatoria): void {
  const campos: [keyof PesosConvocatoria, string][] = [
    ["pesoTecnico", "técnica"],
    ["pesoVotacion", "de la votación popular"],
    ["pesoDemoDay", "del demo day"],
  ];
  for (const [campo, nombre] of campos) {
    const v = p[campo];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new RangeError(`La ponderación ${nombre} debe ser un número mayor o igual a 0 (es ${v}).`);
  }
  const suma = p.pesoTecnico + p.pesoVotacion + p.pesoDemoDay;
  if (Math.abs(suma - 100) > 1e-9) throw new RangeError(`Las ponderaciones deben sumar 100 (suman ${formatearNumero(suma)}).`);
}

/**
 * The weights of a round. SELECCION_FINAL: the convocatoria's three. PRESELECCION: no demo day yet, so its
 * weight is redistributed to the technical and popular scores in proportion to theirs (70/10/20 → 87,5/12,5/0).
 * Throws (Spanish) on invalid weights, or on a preselection whose technical and popular weights are both 0.
 */
export function pesosDeFase(p: PesosConvocatoria, fase: Fase): Pesos {
  validarPesos(p);
  if (fase === "SELECCION_FINAL") return { tecnico: p.pesoTecnico, votacion: p.pesoVotacion, demoDay: p.pesoDemoDay };
  const base = p.pesoTecnico + p.pesoVotacion;
  if (base === 0) throw new RangeError("La preselección no tiene demo day: las ponderaciones técnica y de la votación popular no pueden ser ambas 0.");
  return { tecnico: (p.pesoTecnico * 100) / base, votacion: (p.pesoVotacion * 100) / base, demoDay: 0 };
}

/**
 * Weighted mean of the scores, unrounded (the ranking orders by it; pages show it with formatoNota). Null when
 * a score with a positive weight is missing: a perfil without submitted evaluations, or without demo day
 * grades in the final round, has no consolidated score and is not eligible. Throws on a score outside 1–7.
 */
export function puntajeConsolidado(puntajes: PuntajesPerfil, pesos: Pesos): number | null {
  const partes: [number | null | undefined, number, string][] = [
    [puntajes.tecnico, pesos.tecnico, "técnico"],
    [puntajes.popular, pesos.votacion, "popular"],
    [puntajes.demoDay, pesos.demoDay, "del demo day"],
  ];
  let suma = 0,
    pesoTotal = 0;
  for (const [nota, peso, nombre] of partes) {
    if (!Number.isFinite(peso) || peso < 0) throw new RangeError(`La ponderación del puntaje ${nombre} debe ser un número mayor o igual a 0 (es ${peso}).`);
    if (nota === null || nota === undefined) {
      if (peso > 0) return null;
      continue;
    }
    if (!enEscala(nota)) throw new RangeError(`El puntaje ${nombre} debe estar entre 1,0 y 7,0 (es ${nota}).`);
    suma += nota * peso;
    pesoTotal += peso;
  }
  if (pesoTotal === 0) throw new RangeError("Las ponderaciones no pueden ser todas 0.");
  // Divided by the weights' sum (100 up to float error, e.g. 87.5 + 12.5), so the result stays within 1–7.
  return suma / pesoTotal;
}

/** "87,5 %", with a no-break space so the sign never wraps away from its number. */
const porcentaje = (n: number) => `${formatearNumero(n)}\u00a0%`;

/** The public formula with the round's weights, in Spanish. */
export function FORMULA_CONSOLIDADO(pesos: Pesos): string {
  const terminos = [`${porcentaje(pesos.tecnico)} × puntaje técnico`, `${porcentaje(pesos.votacion)} × puntaje popular`];
  if (pesos.demoDay > 0) terminos.push(`${porcentaje(pesos.demoDay)} × puntaje del demo day`);
  const demo =
    pesos.demoDay > 0
      ? " El puntaje del demo day es el promedio de las notas del jurado; un proyecto sin notas del jurado no tiene puntaje consolidado."
      : " En la preselección aún no hay demo day: su ponderación se reparte entre las otras dos en proporción a las suyas.";
  return (
    `Puntaje consolidado = ${terminos.join(" + ")}.` +
    " El puntaje técnico resume las notas de las evaluaciones técnicas; el popular compara los votos de cada proyecto con los del más votado de su desafío." +
    demo +
    " Todos los puntajes van de 1,0 a 7,0; un proyecto sin evaluaciones técnicas no tiene puntaje consolidado. Se ordena sin redondear y se muestra con un decimal."
  );
}
