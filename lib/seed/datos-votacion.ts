// The demo's popular vote (issue 11): its window, its verified voters and the votes they cast, planned from
// stable keys (voter e-mail, desafío slug, perfil folio) so the same run twice gives the same data. Pure:
// lib/seed/demo-votacion.ts writes it.
//
// The distribution is skewed on purpose, so the rankings have a clear leader, close races and a long tail:
// each desafío has its own turnout, and within it perfiles are ranked by a fixed "popularity" order and
// drawn with weights 1/(k+1)^1.2 (k = 0 for the most popular).
import { aFechaInput } from "@/lib/domain/formato";
import { CODIGOS_REGION, type CodigoRegion } from "@/lib/domain/regiones";
import { calcularDv } from "@/lib/domain/rut";
import { crearAzar } from "./prng";
import { DOMINIO_SINTETICO } from "./datos-sinteticos";
import { sumarDias, type LineaDeTiempo } from "./linea-de-tiempo";
import * as T from "./textos-sinteticos";

/** How many verified voters the demo has. */
export const VOTANTES_DEMO = 300;
/** The demo's afiliado (README): verified, and left without votes so a visitor can cast the first. */
export const AFILIADO_SIN_VOTAR = "afiliado@fondoidea.cl";
/** Voting opens this many days after Selección started, at 09:00, and closes this many days after today, at 18:00. */
export const DIAS_HASTA_APERTURA = 2;
export const DIAS_HASTA_CIERRE = 10;
/** The newest planned vote is this long before the run (so no vote is "in the future" of the run). */
export const MARGEN_ULTIMO_VOTO_MS = 30 * 60_000;

const EXPONENTE = 1.2;

export type VotanteSintetico = { email: string; nombre: string; rut: string; regionCut: CodigoRegion };

/** FNV-1a: a stable 32-bit number from a text. */
function hash(texto: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texto.length; i++) {
    h ^= texto.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const fraccion = (clave: string) => crearAzar(hash(clave)).fraccion();
const elegir = <T>(clave: string, lista: readonly T[]) => lista[Math.floor(fraccion(clave) * lista.length)];

/** "votante001@demo.fondoidea.cl". */
export const correoVotante = (i: number) => `votante${String(i).padStart(3, "0")}@${DOMINIO_SINTETICO}`;

/**
 * The voters: RUT bodies 6.000.000–7.999.999 (distinct by construction, below the synthetic applicants'
 * 8.000.000–24.999.999 and the seeded accounts'), names from the synthetic lists, a region each.
 */
export function votantesDemo(n = VOTANTES_DEMO): VotanteSintetico[] {
  if (n > 999) throw new RangeError("La demostración admite a lo más 999 votantes.");
  return Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const email = correoVotante(i);
    const cuerpo = String(6_000_000 + i * 6_481);
    return {
      email,
      nombre: `${elegir(`nombre ${email}`, T.NOMBRES)} ${elegir(`apellido1 ${email}`, T.APELLIDOS)} ${elegir(`apellido2 ${email}`, T.APELLIDOS)}`,
      rut: `${cuerpo}-${calcularDv(cuerpo)}`,
      regionCut: elegir(`region ${email}`, CODIGOS_REGION),
    };
  });
}

/** 0–1: how many days before voting opened the voter's account was made (0 = right before). */
export const momentoAlta = (email: string) => fraccion(`alta ${email}`);

export type PerfilVotable = { folio: number; desafio: string };

export type VotoPlaneado = {
  email: string;
  folio: number;
  desafio: string;
  /** 0–1 through the window so far (skewed to the first days, when the call for votes went out). */
  momento: number;
};

/** A desafío's turnout: the share of voters who vote in it (0,3–0,85). */
export const participacion = (desafio: string) => 0.3 + 0.55 * fraccion(`participacion ${desafio}`);

/**
 * At most one vote per voter per desafío, for one of that desafío's listed perfiles; in the order voters
 * and desafíos are given. A perfil's popularity order is fixed by its folio, its weight 1/(k+1)^1.2.
 */
export function planVotos(votantes: readonly { email: string }[], perfiles: readonly PerfilVotable[]): VotoPlaneado[] {
  const porDesafio = new Map<string, number[]>();
  for (const p of perfiles) porDesafio.set(p.desafio, [...(porDesafio.get(p.desafio) ?? []), p.folio]);
  const desafios = [...porDesafio.keys()].sort();
  const tablas = new Map(
    desafios.map((d) => {
      const folios = [...new Set(porDesafio.get(d)!)].sort((a, b) => fraccion(`popularidad ${a}`) - fraccion(`popularidad ${b}`) || a - b);
      const pesos = folios.map((_, k) => 1 / (k + 1) ** EXPONENTE);
      const total = pesos.reduce((s, w) => s + w, 0);
      let acumulado = 0;
      return [d, folios.map((folio, k) => ({ folio, hasta: (acumulado += pesos[k] / total) }))];
    }),
  );
  const votos: VotoPlaneado[] = [];
  for (const { email } of votantes) {
    for (const d of desafios) {
      if (fraccion(`vota ${email} ${d}`) >= participacion(d)) continue;
      const x = fraccion(`elige ${email} ${d}`);
      const tabla = tablas.get(d)!;
      const folio = (tabla.find((t) => x < t.hasta) ?? tabla[tabla.length - 1]).folio;
      votos.push({ email, folio, desafio: d, momento: fraccion(`momento ${email} ${d}`) ** 1.6 });
    }
  }
  return votos;
}

/**
 * The window as the admin typed it (Chile's dates and times): opened two days after Selección started,
 * at 09:00, and closes in ten days, at 18:00 — open today, inside the etapa's planned dates.
 */
export function ventanaVotacionDemo(linea: LineaDeTiempo, ahora: Date) {
  const inicioSeleccion = linea.fechas.SELECCION_CONTRATACION.inicioReal ?? linea.fechas.SELECCION_CONTRATACION.inicio;
  return {
    inicioFecha: sumarDias(aFechaInput(inicioSeleccion), DIAS_HASTA_APERTURA),
    inicioHora: "09:00",
    finFecha: sumarDias(aFechaInput(ahora), DIAS_HASTA_CIERRE),
    finHora: "18:00",
    votoAmbito: "desafio" as const,
    votosPorDesafio: 1,
    votosPorConvocatoria: 3,
    ocultarConteos: false,
  };
}
