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
