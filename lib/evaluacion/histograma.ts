// Score distribution in six one-point bins of the Chilean scale. Pure (pages and tests use it).
import { NOTA_MAXIMA, NOTA_MINIMA } from "@/lib/domain/nota";

/** Each bin holds its lower bound; the last also holds 7,0. */
export const TRAMOS_NOTA = ["1 a 2", "2 a 3", "3 a 4", "4 a 5", "5 a 6", "6 a 7"] as const;

/** The bin of a grade (0…5), or -1 outside the scale. */
export function tramoNota(nota: number): number {
  if (!Number.isFinite(nota) || nota < NOTA_MINIMA || nota > NOTA_MAXIMA) return -1;
  return Math.min(TRAMOS_NOTA.length - 1, Math.floor(nota - NOTA_MINIMA));
}

/** How many grades fall in each bin. */
export function histogramaNotas(notas: readonly number[]): number[] {
  const cuentas = TRAMOS_NOTA.map(() => 0);
  for (const n of notas) {
    const t = tramoNota(n);
    if (t >= 0) cuentas[t] += 1;
  }
  return cuentas;
}
