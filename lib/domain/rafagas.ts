// Suspicious bursts of votes (issue 11, item 5): many votes for ONE perfil within W minutes, each from an
// account created or verified at most H hours before it voted. Campaigning brings bursts of honest votes
// too, so this is a list for staff to review, never an automatic annulment. Pure.

export type ParametrosRafaga = {
  /** Width of the sliding window, in minutes (W). */
  ventanaMinutos: number;
  /** An account counts as new when created or verified at most this many hours before voting (H). */
  horasCuentaNueva: number;
  /** Minimum number of new-account votes for one perfil inside one window to report a burst. */
  umbral: number;
};

export const PARAMETROS_RAFAGA_POR_OMISION: Readonly<ParametrosRafaga> = Object.freeze({ ventanaMinutos: 10, horasCuentaNueva: 24, umbral: 20 });

export type VotoParaRafaga = {
  id: string;
  /** Pseudonymous voter id: the report never names the person. */
  votante: string;
  postulacionId: string;
  createdAt: Date;
  /** Keyed hash of the client IP (null when unknown); the report shows a prefix only. */
  ipHash: string | null;
  cuentaCreadaEn: Date;
  /** When the account's identity was verified (ClaveÚnica or staff), null if unknown. */
  cuentaVerificadaEn: Date | null;
};

/** Why a vote counts as coming from a new account. */
export type MotivoCuentaNueva = "creada" | "verificada" | "creada y verificada";

export type VotoEnRafaga = {
  id: string;
  votante: string;
  createdAt: Date;
  /** First LARGO_PREFIJO_IP characters of the IP hash, enough to see repeats, or null. */
  ipPrefijo: string | null;
  motivo: MotivoCuentaNueva;
  /** Minutes between the account's creation (or verification, the later one that qualifies) and the vote. */
  minutosDesdeCuenta: number;
};

export type Rafaga = {
  postulacionId: string;
  desde: Date;
  hasta: Date;
  /** Largest number of these votes found inside a single window of W minutes. */
  maximoEnVentana: number;
  /** Distinct IP-hash prefixes among the votes (unknown IPs not counted). */
  ipsDistintas: number;
  votos: VotoEnRafaga[];
};

export const LARGO_PREFIJO_IP = 8;

const MINUTO = 60_000;

export function validarParametros(p: ParametrosRafaga): void {
  const entero = (n: number, min: number) => Number.isInteger(n) && n >= min;
  if (!entero(p.ventanaMinutos, 1) || p.ventanaMinutos > 24 * 60) throw new RangeError("La ventana debe ser un número entero de minutos entre 1 y 1440.");
  if (!entero(p.horasCuentaNueva, 1) || p.horasCuentaNueva > 24 * 90) throw new RangeError("Las horas de cuenta nueva deben ser un número entero entre 1 y 2160.");
  if (!entero(p.umbral, 2) || p.umbral > 100_000) throw new RangeError("El umbral debe ser un número entero de votos entre 2 y 100000.");
}

/** Is this vote from an account created or verified within H hours before it (and not after)? */
export function motivoCuentaNueva(v: VotoParaRafaga, horas: number): { motivo: MotivoCuentaNueva; minutos: number } | null {
  const limite = horas * 60 * MINUTO;
  const dentro = (d: Date | null) => d !== null && v.createdAt.getTime() - d.getTime() >= 0 && v.createdAt.getTime() - d.getTime() <= limite;
  const creada = dentro(v.cuentaCreadaEn);
  const verificada = dentro(v.cuentaVerificadaEn);
  if (!creada && !verificada) return null;
  // The most recent qualifying event: that is how new the account was for this vote.
  const referencia = verificada && (!creada || v.cuentaVerificadaEn!.getTime() > v.cuentaCreadaEn.getTime()) ? v.cuentaVerificadaEn! : v.cuentaCreadaEn;
  return {
    motivo: creada && verificada ? "creada y verificada" : creada ? "creada" : "verificada",
    minutos: Math.floor((v.createdAt.getTime() - referencia.getTime()) / MINUTO),
  };
}

const porFechaEId = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The bursts among `votos`: per perfil, the new-account votes sorted by time; every window of W minutes
 * (both ends included) holding at least `umbral` of them qualifies, and overlapping qualifying windows merge
 * into one burst, which lists every vote they hold. Sorted by size (largest first), then start time.
 */
export function detectarRafagas(votos: readonly VotoParaRafaga[], parametros: ParametrosRafaga = PARAMETROS_RAFAGA_POR_OMISION): Rafaga[] {
  validarParametros(parametros);
  const ventana = parametros.ventanaMinutos * MINUTO;
  const porPerfil = new Map<string, { v: VotoParaRafaga; motivo: MotivoCuentaNueva; minutos: number }[]>();
  for (const v of votos) {
    const m = motivoCuentaNueva(v, parametros.horasCuentaNueva);
    if (!m) continue;
    const lista = porPerfil.get(v.postulacionId) ?? [];
    lista.push({ v, ...m });
    porPerfil.set(v.postulacionId, lista);
  }

  const rafagas: Rafaga[] = [];
  for (const [postulacionId, lista] of porPerfil) {
    if (lista.length < parametros.umbral) continue;
    lista.sort((a, b) => porFechaEId(a.v, b.v));
    const t = lista.map((x) => x.v.createdAt.getTime());
    // Qualifying windows as index ranges [i, j], merged while they overlap.
    const tramos: { i: number; j: number; maximo: number }[] = [];
    let i = 0;
    for (let j = 0; j < t.length; j++) {
      while (t[j] - t[i] > ventana) i++;
      const n = j - i + 1;
      if (n < parametros.umbral) continue;
      const ultimo = tramos[tramos.length - 1];
      if (ultimo && i <= ultimo.j) {
        ultimo.j = j;
        ultimo.maximo = Math.max(ultimo.maximo, n);
      } else {
        tramos.push({ i, j, maximo: n });
      }
    }
    for (const tramo of tramos) {
      const suyos = lista.slice(tramo.i, tramo.j + 1);
      const votosRafaga: VotoEnRafaga[] = suyos.map(({ v, motivo, minutos }) => ({
        id: v.id,
        votante: v.votante,
        createdAt: v.createdAt,
        ipPrefijo: v.ipHash ? v.ipHash.slice(0, LARGO_PREFIJO_IP) : null,
        motivo,
        minutosDesdeCuenta: minutos,
      }));
      rafagas.push({
        postulacionId,
        desde: suyos[0].v.createdAt,
        hasta: suyos[suyos.length - 1].v.createdAt,
        maximoEnVentana: tramo.maximo,
        ipsDistintas: new Set(votosRafaga.map((x) => x.ipPrefijo).filter((x) => x !== null)).size,
        votos: votosRafaga,
      });
    }
  }
  return rafagas.sort((a, b) => b.votos.length - a.votos.length || a.desde.getTime() - b.desde.getTime() || (a.postulacionId < b.postulacionId ? -1 : 1));
}
