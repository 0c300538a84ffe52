// The popular vote's rules per convocatoria (issue 11), as pure functions: the voting window, the scope of
// a vote and its slots, when counts may be shown, and the Spanish messages the vote answers with. Pure:
// no database, no Next (tests/unit/votacion-reglas.test.ts); lib/votacion/actions/* apply it.
import { formatearFechaHora } from "@/lib/domain/formato";

/** "desafio": `votosPorDesafio` votes per afiliado in each desafío; "convocatoria": `votosPorConvocatoria` in all. */
export const AMBITOS_VOTO = ["desafio", "convocatoria"] as const;
export type AmbitoVoto = (typeof AMBITOS_VOTO)[number];

export const NOMBRE_AMBITO_VOTO: Record<AmbitoVoto, string> = {
  desafio: "Por desafío",
  convocatoria: "Por convocatoria",
};

/** Upper bounds of the vote counts an admin may set (a bound keeps the slot loop short). */
export const MAX_VOTOS_POR_DESAFIO = 10;
export const MAX_VOTOS_POR_CONVOCATORIA = 30;

export type ReglasVotacion = {
  votacionInicio: Date | null;
  votacionFin: Date | null;
  votoAmbito: string;
  votosPorDesafio: number;
  votosPorConvocatoria: number;
  ocultarConteos: boolean;
};

/** The columns of Convocatoria that hold the rules (a Prisma select). */
export const SELECT_REGLAS = {
  votacionInicio: true,
  votacionFin: true,
  votoAmbito: true,
  votosPorDesafio: true,
  votosPorConvocatoria: true,
  ocultarConteos: true,
} as const;

/** A stored value that is not a known scope reads as the default (one per desafío). */
export function ambitoDe(r: Pick<ReglasVotacion, "votoAmbito">): AmbitoVoto {
  return r.votoAmbito === "convocatoria" ? "convocatoria" : "desafio";
}

/** How many votes a voter has in one scope (at least 1). */
export function cupoDeVotos(r: Pick<ReglasVotacion, "votoAmbito" | "votosPorDesafio" | "votosPorConvocatoria">): number {
  const n = ambitoDe(r) === "convocatoria" ? r.votosPorConvocatoria : r.votosPorDesafio;
  return Math.max(1, Math.floor(n));
}

/**
 * The `Voto.ambito` keys of a voter's slots for a vote in this desafío, in the order they are taken. The
 * unique index (votanteId, convocatoriaId, ambito) lets each slot be taken once: the desafío id (then
 * "<id>:2", "<id>:3"… when votosPorDesafio > 1), or "conv:1".."conv:N" in convocatoria mode.
 */
export function ambitosDelVoto(r: Pick<ReglasVotacion, "votoAmbito" | "votosPorDesafio" | "votosPorConvocatoria">, desafioId: string): string[] {
  const n = cupoDeVotos(r);
  if (ambitoDe(r) === "convocatoria") return Array.from({ length: n }, (_, i) => `conv:${i + 1}`);
  return Array.from({ length: n }, (_, i) => (i === 0 ? desafioId : `${desafioId}:${i + 1}`));
}

export type EstadoVentana = "SIN_FECHAS" | "ANTES" | "ABIERTA" | "CERRADA";

/** The window is [inicio, fin): open from its first instant until, not including, its end. */
export function estadoVentana(r: Pick<ReglasVotacion, "votacionInicio" | "votacionFin">, ahora: Date = new Date()): EstadoVentana {
  if (!r.votacionInicio || !r.votacionFin) return "SIN_FECHAS";
  const t = ahora.getTime();
  if (t < r.votacionInicio.getTime()) return "ANTES";
  if (t >= r.votacionFin.getTime()) return "CERRADA";
  return "ABIERTA";
}

/**
 * May the public see the counts now? With `ocultarConteos`, only once the window has closed (no window
 * yet: hidden too, the safe reading).
 */
export function conteosVisibles(r: Pick<ReglasVotacion, "ocultarConteos" | "votacionInicio" | "votacionFin">, ahora: Date = new Date()): boolean {
  return !r.ocultarConteos || estadoVentana(r, ahora) === "CERRADA";
}

/** "Un voto por desafío", "3 votos por convocatoria"… for the public pages and the admin form. */
export function textoCupo(r: Pick<ReglasVotacion, "votoAmbito" | "votosPorDesafio" | "votosPorConvocatoria">): string {
  const n = cupoDeVotos(r);
  const votos = n === 1 ? "un voto" : `${n} votos`;
  return ambitoDe(r) === "convocatoria"
    ? `${votos[0].toUpperCase()}${votos.slice(1)} en toda la convocatoria, cada uno por un proyecto distinto`
    : `${votos[0].toUpperCase()}${votos.slice(1)} por desafío${n > 1 ? ", cada uno por un proyecto distinto" : ""}`;
}

/** "del 05-06-2019 09:00 al 20-06-2019 18:00 (hora de Chile continental)", or null without dates. */
export function textoVentana(r: Pick<ReglasVotacion, "votacionInicio" | "votacionFin">): string | null {
  if (!r.votacionInicio || !r.votacionFin) return null;
  return `del ${formatearFechaHora(r.votacionInicio)} al ${formatearFechaHora(r.votacionFin)} (hora de Chile continental)`;
}

/** The vote's refusals, in Spanish. The JSON endpoint maps each to its HTTP status (lib/votacion/respuesta.ts). */
export const MENSAJES_VOTO = {
  sinVerificar:
    "Para votar necesita su RUT verificado: verifíquelo con ClaveÚnica en «Mi cuenta», o en persona en una oficina del FOSIS. Un RUT escrito al registrarse no basta.",
  sinFechas: "La votación popular aún no tiene fechas definidas.",
  noVotable: "Este proyecto no existe o no participa en la votación popular (solo se vota por perfiles admisibles de la convocatoria vigente).",
  yaVotoPerfil: "Ya votó por este proyecto.",
  limiteCuenta: "Demasiados intentos de voto desde su cuenta. Espere unos minutos e intente nuevamente.",
  limiteIp: "Demasiados intentos de voto desde esta conexión. Espere unos minutos e intente nuevamente.",
  reglasCongeladas: "Las reglas de la votación ya no se pueden cambiar: ya se emitió el primer voto.",
} as const;

/** The window is not open now: why, in Spanish (a refusal of the vote). */
export function mensajeVentana(r: Pick<ReglasVotacion, "votacionInicio" | "votacionFin">, ahora: Date = new Date()): string | null {
  switch (estadoVentana(r, ahora)) {
    case "ABIERTA":
      return null;
    case "SIN_FECHAS":
      return MENSAJES_VOTO.sinFechas;
    case "ANTES":
      return `${PREFIJO_ANTES} ${formatearFechaHora(r.votacionInicio!)} (hora de Chile continental).`;
    case "CERRADA":
      return `${PREFIJO_CERRADA} ${formatearFechaHora(r.votacionFin!)} (hora de Chile continental).`;
  }
}

export const PREFIJO_ANTES = "La votación popular aún no comienza: abre el";
export const PREFIJO_CERRADA = "La votación popular ya terminó: cerró el";

/** The scope is used up: "Ya votó en este desafío." with one vote per desafío. */
export function mensajeCupoAgotado(r: Pick<ReglasVotacion, "votoAmbito" | "votosPorDesafio" | "votosPorConvocatoria">): string {
  const n = cupoDeVotos(r);
  if (ambitoDe(r) === "convocatoria") return n === 1 ? "Ya votó en esta convocatoria." : `Ya usó sus ${n} votos en esta convocatoria.`;
  return n === 1 ? "Ya votó en este desafío." : `Ya usó sus ${n} votos en este desafío.`;
}

/** Is this message one of mensajeCupoAgotado's (any rules)? */
export function esCupoAgotado(mensaje: string): boolean {
  return /^Ya (votó en (este desafío|esta convocatoria)|usó sus \d+ votos en (este desafío|esta convocatoria))\.$/.test(mensaje);
}

/** Checks on a window an admin enters (both ends, the end after the start). */
export function errorVentana(inicio: Date, fin: Date): string | null {
  if (fin.getTime() <= inicio.getTime()) return "El cierre de la votación debe ser posterior a su apertura.";
  return null;
}

/**
 * Does the window lie inside the planned dates of SELECCION_CONTRATACION? A warning for the admin, not a
 * refusal: the etapa's real dates move (an early or late advance), and the vote itself is refused
 * outside that etapa anyway (the permission table).
 */
export function ventanaDentroDeEtapa(inicio: Date, fin: Date, etapa: { inicio: Date; fin: Date } | null): boolean {
  if (!etapa) return true;
  return inicio.getTime() >= etapa.inicio.getTime() && fin.getTime() <= etapa.fin.getTime();
}
