// A seeded pseudo-random generator for the demo's synthetic data: the same seed gives the same people,
// perfiles and talleres on every run, so screenshots of the demo are stable. Not for anything secret.

export type Azar = {
  /** A number in [0, 1). */
  fraccion: () => number;
  /** An integer in [min, max]. */
  entero: (min: number, max: number) => number;
  /** One element of a non-empty list. */
  elegir: <T>(lista: readonly T[]) => T;
  /** True with probability `p`. */
  siOno: (p: number) => boolean;
};

/** mulberry32: small, fast and good enough to spread synthetic data. */
export function crearAzar(semilla: number): Azar {
  let estado = semilla >>> 0;
  const fraccion = () => {
    estado = (estado + 0x6d2b79f5) >>> 0;
    let t = estado;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    fraccion,
    entero: (min, max) => min + Math.floor(fraccion() * (max - min + 1)),
    elegir: (lista) => lista[Math.floor(fraccion() * lista.length)],
    siOno: (p) => fraccion() < p,
  };
}
