// Why no portfolio exists, in Spanish, for the committee (issue 12). Pure: texts and the cheap checks that
// find the cause without the solver; lib/domain/cartera.ts runs them before solving, in this order, and
// only asks the solver (a minimum-cost cover) when the desafío limit is what gets in the way.
import { formatearClp, formatearMM } from "./formato";
import { REGIONES } from "./regiones";

/** "$12 MM" for whole tens of thousands of pesos, else the exact "$12.345.678". */
export function dinero(pesos: number): string {
  return pesos % 10_000 === 0 ? `$${formatearMM(pesos)}` : formatearClp(pesos);
}

const NOMBRE_REGION = new Map<string, string>(REGIONES.map((r) => [r.cut, r.nombre]));

/** "la región de Aysén del General Carlos Ibáñez del Campo", "la Región Metropolitana de Santiago", "la región del Maule". */
export function laRegion(codigo: string): string {
  const nombre = NOMBRE_REGION.get(codigo);
  if (!nombre) return `la región ${codigo}`;
  if (codigo === "13") return "la Región Metropolitana de Santiago";
  if (codigo === "06" || codigo === "07" || codigo === "08") return `la región del ${nombre}`;
  return `la región de ${nombre}`;
}

/** «a», «b» y «c» */
export function enumerar(cosas: readonly string[]): string {
  if (cosas.length <= 1) return cosas.join("");
  return `${cosas.slice(0, -1).join(", ")} y ${cosas[cosas.length - 1]}`;
}

export const cita = (id: string | number) => `«${id}»`;

/** "las 16 regiones", "las 5 regiones con perfiles elegibles", "la región de Atacama (la única con perfiles elegibles)". */
export function lasRegiones(regiones: readonly string[]): string {
  if (regiones.length === 1) return `${laRegion(regiones[0])} (la única con perfiles elegibles)`;
  if (regiones.length === REGIONES.length) return `las ${regiones.length} regiones`;
  return `las ${regiones.length} regiones con perfiles elegibles`;
}

export type Fijacion = { id: string | number; problema: "desconocido" | "excluido" | "fuera-de-banda"; monto?: number };

/** Pins the committee cannot have: one sentence per pin. */
export function motivoFijaciones(malas: readonly Fijacion[], banda: { min: number; max: number }): string {
  const frases = malas.map((f) => {
    if (f.problema === "desconocido") return `${cita(f.id)} está en incluir pero no es uno de los candidatos.`;
    if (f.problema === "excluido") return `${cita(f.id)} está a la vez en incluir y en excluir.`;
    return `${cita(f.id)} está en incluir pero su monto (${dinero(f.monto!)}) está fuera de la banda de ${dinero(banda.min)} a ${dinero(banda.max)}.`;
  });
  return `No hay cartera posible: ${frases.join(" ")}`;
}

export function motivoFijacionesPorDesafio(excesos: readonly { desafio: string | number; ids: readonly (string | number)[] }[], max: number): string {
  const frases = excesos.map(
    (e) => `se fijaron ${e.ids.length} perfiles del desafío ${cita(e.desafio)} (${enumerar(e.ids.map(cita))})`,
  );
  return `No hay cartera posible: ${enumerar(frases)}, y el máximo por desafío es ${max}.`;
}

export function motivoFijacionesPresupuesto(suma: number, presupuesto: number): string {
  return `No hay cartera posible: los perfiles fijados suman ${dinero(suma)} y el presupuesto es ${dinero(presupuesto)} (faltan ${dinero(suma - presupuesto)}).`;
}

/** The example of the issue: "el presupuesto no alcanza para cubrir las 16 regiones: faltan $12 MM". */
export function motivoCobertura(regiones: readonly string[], costoMinimo: number, presupuesto: number, conFijaciones: boolean, maxPorDesafio: number | null): string {
  const condiciones = [conFijaciones ? "con los perfiles fijados" : "", maxPorDesafio !== null ? `con un máximo de ${maxPorDesafio} por desafío` : ""].filter(Boolean);
  return (
    `El presupuesto no alcanza para cubrir ${lasRegiones(regiones)}: faltan ${dinero(costoMinimo - presupuesto)} ` +
    `(cubrirlas${condiciones.length ? ` ${enumerar(condiciones)}` : ""} cuesta al menos ${dinero(costoMinimo)} y el presupuesto es ${dinero(presupuesto)}).`
  );
}

/**
 * The desafío limit makes coverage impossible whatever the budget. `bloqueadas`: regions whose every
 * eligible perfil belongs to a desafío the pins already filled, with those desafíos.
 */
export function motivoCoberturaPorDesafio(
  regiones: readonly string[],
  max: number,
  bloqueadas: readonly { region: string; desafios: readonly (string | number)[] }[],
  conFijaciones: boolean,
): string {
  if (bloqueadas.length > 0) {
    const frases = bloqueadas.map(
      (b) => `${laRegion(b.region)} solo tiene perfiles elegibles ${b.desafios.length === 1 ? "del desafío" : "de los desafíos"} ${enumerar(b.desafios.map(cita))}`,
    );
    const llenos = new Set(bloqueadas.flatMap((b) => b.desafios));
    const cuales = llenos.size === 1 ? "ese desafío ya completó" : "esos desafíos ya completaron";
    return `No hay cartera posible: ${enumerar(frases)}, y ${cuales} su máximo de ${max} con los perfiles fijados.`;
  }
  return (
    `No hay cartera posible: con un máximo de ${max} por desafío no se pueden cubrir a la vez ${lasRegiones(regiones)}` +
    `${conFijaciones ? " junto con los perfiles fijados" : ""}, cualquiera sea el presupuesto. Suba el máximo por desafío${conFijaciones ? " o quite fijaciones" : ""}.`
  );
}
