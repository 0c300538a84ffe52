// The greedy portfolio, as peer systems and spreadsheets choose (issue 12): down the ranking while the
// money lasts, then one perfil for each region left out, dropping the last of the list to make room, then
// down the ranking again with what money is left. For
// comparison only (tests and bench/cartera.mjs): it loses score or misses regions where
// lib/domain/cartera.ts does not. Same entrada, same rules, same result shape. Pure.
import { BANDA_POR_DEFECTO, validarEntrada, type IdCandidato } from "./cartera-entrada";
import { laRegion } from "./cartera-motivos";
import { REGIONES } from "./regiones";

export type CriterioVoraz = "puntaje" | "razon";

export type ResultadoVoraz =
  | { factible: true; seleccion: IdCandidato[]; puntajeTotal: number; montoTotal: number; regionesCubiertas: string[] }
  | { factible: false; motivo: string };

const ORDEN_REGION = new Map<string, number>(REGIONES.map((r, i) => [r.cut, i]));

/** `criterio`: rank by score ("puntaje", the usual ranking) or by score per peso ("razon"). */
export function carteraVoraz(entrada: unknown, criterio: CriterioVoraz = "puntaje"): ResultadoVoraz {
  const v = validarEntrada(entrada);
  if (!v.ok) return { factible: false, motivo: v.motivo };
  const e = v.entrada;
  const banda = e.banda ?? BANDA_POR_DEFECTO;
  const max = e.maxPorDesafio ?? Infinity;
  const c = e.candidatos;
  const excluidos = new Set<IdCandidato>(e.excluir ?? []);
  const indice = new Map<IdCandidato, number>(c.map((x, i) => [x.id, i]));
  const elegible = (i: number) => c[i].monto >= banda.min && c[i].monto <= banda.max && !excluidos.has(c[i].id);
  const valor = (i: number) => (criterio === "puntaje" ? c[i].puntaje : c[i].puntaje / c[i].monto);
  const ranking = c
    .map((_, i) => i)
    .filter(elegible)
    .sort((a, b) => valor(b) - valor(a) || a - b);

  const sel = new Set<number>();
  const fijos = new Set<number>();
  let monto = 0;
  const porDesafio = new Map<IdCandidato, number>();
  const porRegion = new Map<string, number>();
  const agregar = (i: number) => {
    sel.add(i);
    monto += c[i].monto;
    porDesafio.set(c[i].desafio, (porDesafio.get(c[i].desafio) ?? 0) + 1);
    porRegion.set(c[i].region, (porRegion.get(c[i].region) ?? 0) + 1);
  };
  const quitar = (i: number) => {
    sel.delete(i);
    monto -= c[i].monto;
    porDesafio.set(c[i].desafio, porDesafio.get(c[i].desafio)! - 1);
    porRegion.set(c[i].region, porRegion.get(c[i].region)! - 1);
  };
  const cabe = (i: number) => monto + c[i].monto <= e.presupuesto && (porDesafio.get(c[i].desafio) ?? 0) < max;

  for (const id of new Set(e.incluir ?? [])) {
    const i = indice.get(id);
    if (i === undefined || !elegible(i)) return { factible: false, motivo: `El método voraz no puede fijar «${id}».` };
    if (!sel.has(i)) agregar(i);
    fijos.add(i);
  }
  if (monto > e.presupuesto) return { factible: false, motivo: "El método voraz no puede: los perfiles fijados superan el presupuesto." };
  if ([...porDesafio.values()].some((k) => k > max)) return { factible: false, motivo: "El método voraz no puede: hay más fijados de un desafío que el máximo." };
  for (const i of ranking) if (!sel.has(i) && cabe(i)) agregar(i);

  const regiones = [...new Set(ranking.map((i) => c[i].region))].sort((a, b) => ORDEN_REGION.get(a)! - ORDEN_REGION.get(b)!);
  for (const r of regiones) {
    if (porRegion.get(r)) continue;
    const mejor = ranking.find((i) => c[i].region === r && (porDesafio.get(c[i].desafio) ?? 0) < max);
    // Make room by dropping the lowest-ranked selected perfiles whose region keeps another one.
    for (let k = ranking.length - 1; mejor !== undefined && k >= 0 && monto + c[mejor].monto > e.presupuesto; k--) {
      const i = ranking[k];
      if (sel.has(i) && !fijos.has(i) && porRegion.get(c[i].region)! > 1) quitar(i);
    }
    if (mejor === undefined || !cabe(mejor)) return { factible: false, motivo: `El método voraz no logra cubrir ${laRegion(r)}.` };
    agregar(mejor);
  }
  for (const i of ranking) if (!sel.has(i) && cabe(i)) agregar(i);

  const seleccion = [...sel].sort((a, b) => a - b);
  return {
    factible: true,
    seleccion: seleccion.map((i) => c[i].id),
    puntajeTotal: seleccion.reduce((s, i) => s + c[i].puntaje, 0),
    montoTotal: monto,
    regionesCubiertas: regiones.filter((r) => porRegion.get(r)),
  };
}
