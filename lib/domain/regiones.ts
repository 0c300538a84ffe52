// Las 16 regiones de Chile por código CUT, de norte a sur (CHILE.md).
export const REGIONES = [
  { cut: "15", nombre: "Arica y Parinacota" },
  { cut: "01", nombre: "Tarapacá" },
  { cut: "02", nombre: "Antofagasta" },
  { cut: "03", nombre: "Atacama" },
  { cut: "04", nombre: "Coquimbo" },
  { cut: "05", nombre: "Valparaíso" },
  { cut: "13", nombre: "Metropolitana de Santiago" },
  { cut: "06", nombre: "Libertador General Bernardo O'Higgins" },
  { cut: "07", nombre: "Maule" },
  { cut: "16", nombre: "Ñuble" },
  { cut: "08", nombre: "Biobío" },
  { cut: "09", nombre: "La Araucanía" },
  { cut: "14", nombre: "Los Ríos" },
  { cut: "10", nombre: "Los Lagos" },
  { cut: "11", nombre: "Aysén del General Carlos Ibáñez del Campo" },
  { cut: "12", nombre: "Magallanes y de la Antártica Chilena" },
] as const;

export type CodigoRegion = (typeof REGIONES)[number]["cut"];
export const CODIGOS_REGION = REGIONES.map((r) => r.cut) as [CodigoRegion, ...CodigoRegion[]];

/** A perfil with no region of its own nor a regional desafío: the Región Metropolitana (nivel central). */
export const REGION_POR_DEFECTO: CodigoRegion = "13";

const NOMBRE_REGION = new Map<string, string>(REGIONES.map((r) => [r.cut, r.nombre]));

/** The region's name by its CUT code, or the code itself when it is not one of the 16. */
export function nombreRegion(cut: string): string {
  return NOMBRE_REGION.get(cut) ?? cut;
}

/**
 * The one region a perfil counts for (evaluator assignment by region, the committee's regional coverage):
 * the lowest CUT code among the regions it would run in, else its desafío's region, else REGION_POR_DEFECTO.
 * CUT codes are two digits ("01"…"16"), so the text order is the numeric order.
 */
export function regionDelPerfil(regionesDelPerfil: readonly string[], regionDelDesafio: string | null): string {
  let menor: string | undefined;
  for (const r of regionesDelPerfil) if (menor === undefined || r < menor) menor = r;
  return menor ?? regionDelDesafio ?? REGION_POR_DEFECTO;
}
