// Attachments of a perfil: limits, categories and the schemas shared by the upload widget and the actions.
// No I/O here: the widget (client) imports this file too.
import { z } from "zod";
import { id } from "@/lib/validation/campos";

const MB = 1024 * 1024;

/** Largest single file. */
export const ADJUNTO_MAX_BYTES = 10 * MB;
/** Sum of the bytes of all of a user's attachments. */
export const ADJUNTO_CUOTA_BYTES = 50 * MB;
/** Largest upload request (the file plus the form's fields and multipart framing). */
export const ADJUNTO_MAX_CUERPO_BYTES = 11 * MB;

export const CATEGORIAS_ADJUNTO = ["ESTATUTOS", "CERTIFICADO_VIGENCIA", "CEDULA", "OTRO"] as const;
export type CategoriaAdjunto = (typeof CATEGORIAS_ADJUNTO)[number];

/** What the file input offers; the server decides by content (lib/adjuntos/tipo.ts). */
export const ACEPTA_ADJUNTO = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export const MENSAJE_TIPO_INVALIDO = "El archivo no es un PDF, JPG o PNG válido.";
export const MENSAJE_MUY_GRANDE = `El archivo supera el máximo de ${ADJUNTO_MAX_BYTES / MB} MB.`;

const bytesFmt = new Intl.NumberFormat("es-CL", { maximumFractionDigits: 1 });

/** 1536 → "1,5 KB"; 3_500_000 → "3,3 MB". */
export function formatearBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${bytesFmt.format(bytes / 1024)} KB`;
  return `${bytesFmt.format(bytes / MB)} MB`;
}

export const subirAdjuntoSchema = z.object({
  postulacionId: id,
  categoria: z.enum(CATEGORIAS_ADJUNTO, { error: "Seleccione el tipo de documento." }),
  // An empty file input posts a 0-byte file, which formDataToObject drops: it arrives as "missing".
  archivo: z
    .file({ error: "Seleccione un archivo." })
    .min(1, "El archivo está vacío.")
    .max(ADJUNTO_MAX_BYTES, MENSAJE_MUY_GRANDE),
});

export const eliminarAdjuntoSchema = z.object({ id });

export type AdjuntoDto = { id: string; categoria: string; nombreArchivo: string; bytes: number; mime: string };
