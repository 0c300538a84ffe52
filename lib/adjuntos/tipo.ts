// What a file IS, read from its bytes (magic numbers), never from its name or the browser's MIME type:
// a Windows program renamed "estatutos.pdf" is still a program. See docs/decisions/0005-adjuntos.md
import "server-only";
import { fileTypeFromBuffer } from "file-type";

export const TIPOS_ADJUNTO = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
} as const;

export type MimeAdjunto = keyof typeof TIPOS_ADJUNTO;
export type TipoDetectado = { mime: MimeAdjunto; extension: (typeof TIPOS_ADJUNTO)[MimeAdjunto] };

/** The accepted type the bytes are, or null when they are anything else (or nothing recognisable). */
export async function detectarTipo(bytes: Uint8Array): Promise<TipoDetectado | null> {
  const t = await fileTypeFromBuffer(bytes);
  if (!t || !Object.hasOwn(TIPOS_ADJUNTO, t.mime)) return null;
  const mime = t.mime as MimeAdjunto;
  return { mime, extension: TIPOS_ADJUNTO[mime] };
}

const LARGO_MAXIMO = 120;

/**
 * A name safe to store and to send back in Content-Disposition: no folders, no control characters, only
 * letters (with accents and ñ), digits, space, dot, hyphen and underscore, at most 120 characters, and
 * the extension of the type detected (whatever the name claimed).
 */
export function sanearNombre(original: string, extension: string): string {
  const sinRuta = original.split(/[/\\]/).pop() ?? "";
  const limpio = sinRuta
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "")
    .replace(/[^\p{Script=Latin}\p{Nd}. _-]/gu, "_")
    .replace(/\s+/g, " ")
    .replace(/_{2,}/g, "_");
  // Drop the extension it claimed (only the last one: "acta.2019.pdf" keeps "acta.2019").
  const punto = limpio.lastIndexOf(".");
  const base = (punto > 0 ? limpio.slice(0, punto) : limpio).replace(/^[\s._-]+|[\s._-]+$/g, "");
  const sufijo = `.${extension}`;
  const recortada = Array.from(base || "documento")
    .slice(0, LARGO_MAXIMO - sufijo.length)
    .join("")
    .replace(/[\s._-]+$/g, "");
  return `${recortada || "documento"}${sufijo}`;
}
