// The material of a taller or encuentro (Evento.material): text with https links, shared by staff after the
// event (taller.compartirMaterial), e-mailed to each confirmed registrant and shown on the public page. Pure:
// the schema, the link check and the splitting of the text into text and links for the page.
import { z } from "zod";
import { id, textoRequerido } from "@/lib/validation/campos";
import { esEnlaceHttps } from "./schema";

export const MAX_MATERIAL = 5000;

/** Anything that looks like an address: http(s)://… or www.… up to a space (trailing punctuation is not part of it). */
const PARECE_ENLACE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"]+/gi;
const PUNTUACION_FINAL = /[.,;:!?)\]»"']+$/;

/** The addresses in a text, as written (without trailing punctuation). */
export function enlacesDe(texto: string): string[] {
  return [...texto.matchAll(PARECE_ENLACE)].map((m) => m[0].replace(PUNTUACION_FINAL, ""));
}

/** Spanish errors of the material's links: at least one, every one a valid https:// address. */
export function erroresEnlaces(texto: string): string[] {
  const enlaces = enlacesDe(texto);
  if (enlaces.length === 0) return ["Incluya al menos un enlace https:// al material (presentación, grabación, documentos)."];
  const malos = enlaces.filter((e) => !esEnlaceHttps(e));
  return malos.length ? [`Estos enlaces no son direcciones https:// válidas: ${malos.slice(0, 5).join(", ")}.`] : [];
}

export const compartirMaterialSchema = z.object({
  eventoId: id,
  material: textoRequerido("El material", MAX_MATERIAL).superRefine((v, ctx) => {
    for (const message of erroresEnlaces(v)) ctx.addIssue({ code: "custom", message });
  }),
});

export type TrozoMaterial = { tipo: "texto"; texto: string } | { tipo: "enlace"; href: string };

/** The text split into plain text and its (valid https) links, for the page to render links as links. */
export function partirMaterial(texto: string): TrozoMaterial[] {
  const out: TrozoMaterial[] = [];
  let desde = 0;
  for (const m of texto.matchAll(PARECE_ENLACE)) {
    const href = m[0].replace(PUNTUACION_FINAL, "");
    const i = m.index ?? 0;
    if (!esEnlaceHttps(href)) continue;
    if (i > desde) out.push({ tipo: "texto", texto: texto.slice(desde, i) });
    out.push({ tipo: "enlace", href });
    desde = i + href.length;
  }
  if (desde < texto.length) out.push({ tipo: "texto", texto: texto.slice(desde) });
  return out;
}
