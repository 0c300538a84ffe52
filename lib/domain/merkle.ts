// SHA-256 Merkle tree over the votes of a sealed batch (ADR 0014): the root goes into the audit chain, so one
// chain entry proves a whole batch, and any vote can be shown to be in it with a short inclusion proof.
// Pure. The construction follows RFC 6962 (Certificate Transparency), section 2.1:
// - a leaf's hash is SHA-256(0x00 ‖ leaf text), an inner node's SHA-256(0x01 ‖ left ‖ right): the prefixes
//   keep a leaf from ever passing for an inner node (second-preimage attacks);
// - ODD COUNTS: the tree splits at the largest power of two below n, so a node without a sibling is
//   PROMOTED unchanged to the next level, never duplicated. (Duplicating the last node, as Bitcoin does,
//   gives [a, b, c] and [a, b, c, c] the same root: a batch could gain a copy of a vote unnoticed.)
// - the empty tree's root is SHA-256 of nothing (never sealed: a batch has at least one vote).
// Stored and compared as lowercase hex. Never change any of this: stored roots would stop verifying.
import { createHash } from "node:crypto";
import { jsonCanonico } from "./json-canonico";

export type Hex = string;

const sha256 = (...partes: Uint8Array[]): Buffer => {
  const h = createHash("sha256");
  for (const p of partes) h.update(p);
  return h.digest();
};
const PREFIJO_HOJA = Uint8Array.of(0);
const PREFIJO_NODO = Uint8Array.of(1);

/** The vote as it enters the tree: no name, RUT or e-mail; the voter by their pseudonymous id. */
export type HojaVoto = {
  id: string;
  /** Pseudonymous voter id (lib/votacion/seudonimo.ts), the one the anonymised export carries. */
  votante: string;
  postulacionId: string;
  ambito: string;
  createdAt: Date;
};

/**
 * The canonical text of a vote (a leaf): canonical JSON of exactly these five fields, the date as ISO 8601
 * UTC with milliseconds. E.g. {"ambito":"d1","createdAt":"2019-06-20T14:00:00.000Z","id":"v1",
 * "postulacionId":"p1","votante":"VT-…"}. A verifier rebuilds it from a row of the export.
 */
export function textoHojaVoto(v: HojaVoto): string {
  if (!(v.createdAt instanceof Date) || Number.isNaN(v.createdAt.getTime())) throw new TypeError(`El voto ${v.id} no tiene una fecha válida.`);
  return jsonCanonico({ id: v.id, votante: v.votante, postulacionId: v.postulacionId, ambito: v.ambito, createdAt: v.createdAt.toISOString() });
}

const hojaBytes = (texto: string): Buffer => sha256(PREFIJO_HOJA, Buffer.from(texto, "utf8"));
const nodoBytes = (izquierdo: Uint8Array, derecho: Uint8Array): Buffer => sha256(PREFIJO_NODO, izquierdo, derecho);

/** SHA-256(0x00 ‖ text), hex. */
export function hashHoja(texto: string): Hex {
  return hojaBytes(texto).toString("hex");
}

/** SHA-256(0x01 ‖ left ‖ right) over the raw 32-byte hashes, hex. */
export function hashNodo(izquierdo: Hex, derecho: Hex): Hex {
  return nodoBytes(bytes(izquierdo), bytes(derecho)).toString("hex");
}

function bytes(h: Hex): Buffer {
  if (!/^[0-9a-f]{64}$/.test(h)) throw new TypeError(`"${h}" no es un hash SHA-256 en hexadecimal.`);
  return Buffer.from(h, "hex");
}

export const RAIZ_VACIA: Hex = createHash("sha256").digest("hex");

/**
 * Root over 32-byte hashes: bottom-up, level by level, pairing neighbours and promoting an unpaired last
 * node. For every n this is the same tree as RFC 6962's recursive split at the largest power of two below n.
 * Works on raw bytes (a batch of thousands of votes is sealed while votes keep arriving).
 */
function raizDeBytes(hojas: Buffer[]): Hex {
  if (hojas.length === 0) return RAIZ_VACIA;
  let nivel = hojas;
  while (nivel.length > 1) {
    const siguiente: Buffer[] = [];
    for (let i = 0; i + 1 < nivel.length; i += 2) siguiente.push(nodoBytes(nivel[i], nivel[i + 1]));
    if (nivel.length % 2 === 1) siguiente.push(nivel[nivel.length - 1]);
    nivel = siguiente;
  }
  return nivel[0].toString("hex");
}

/** Root over already-hashed leaves (hex), in order. */
export function raizDeHashes(hojas: readonly Hex[]): Hex {
  return raizDeBytes(hojas.map(bytes));
}

/** Root over leaf texts, in order. */
export function raizMerkle(textos: readonly string[]): Hex {
  return raizDeBytes(textos.map(hojaBytes));
}

/**
 * The canonical order of a batch's leaves: createdAt, then id by UTF-16 code units (as JavaScript compares
 * strings; not a database collation, which may order ids differently). Returns a new array.
 */
export function ordenarHojasVoto<T extends Pick<HojaVoto, "id" | "createdAt">>(votos: readonly T[]): T[] {
  return [...votos].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Root of a batch of votes, in the order given: pass them through ordenarHojasVoto first. */
export function raizVotos(votos: readonly HojaVoto[]): Hex {
  return raizMerkle(votos.map(textoHojaVoto));
}

/** One step of a proof: the sibling's hash and which side it sits on. */
export type PasoPrueba = { lado: "izquierda" | "derecha"; hash: Hex };

/**
 * Inclusion proof of leaf `indice` among `hojas` (hashed leaves): the siblings from the leaf up to the root.
 * A promoted node has no sibling at that level, so it adds no step.
 */
export function pruebaInclusion(hojas: readonly Hex[], indice: number): PasoPrueba[] {
  if (!Number.isInteger(indice) || indice < 0 || indice >= hojas.length) {
    throw new RangeError(`La hoja ${indice} no existe en un árbol de ${hojas.length} hojas.`);
  }
  const pasos: PasoPrueba[] = [];
  let nivel = [...hojas];
  let i = indice;
  while (nivel.length > 1) {
    const hermano = i % 2 === 0 ? i + 1 : i - 1;
    if (hermano < nivel.length) pasos.push({ lado: i % 2 === 0 ? "derecha" : "izquierda", hash: nivel[hermano] });
    const siguiente: Hex[] = [];
    for (let j = 0; j + 1 < nivel.length; j += 2) siguiente.push(hashNodo(nivel[j], nivel[j + 1]));
    if (nivel.length % 2 === 1) siguiente.push(nivel[nivel.length - 1]);
    nivel = siguiente;
    i = Math.floor(i / 2);
  }
  return pasos;
}

/** Does this leaf hash, with these steps, lead to this root? Never throws on malformed input: false. */
export function verificarInclusion(hoja: Hex, pasos: readonly PasoPrueba[], raiz: Hex): boolean {
  try {
    let h = hoja;
    bytes(h);
    for (const p of pasos) {
      if (p.lado === "izquierda") h = hashNodo(p.hash, h);
      else if (p.lado === "derecha") h = hashNodo(h, p.hash);
      else return false;
    }
    return h === raiz;
  } catch {
    return false;
  }
}
