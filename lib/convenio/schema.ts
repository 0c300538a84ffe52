// The convenio of a finally selected project: fields, limits and messages shared by the form (client) and
// the action. No I/O here: the form imports this file too.
import { z } from "zod";
import { ADJUNTO_MAX_BYTES, MENSAJE_MUY_GRANDE } from "@/lib/adjuntos/schema";
import { email, fechaInput, id, pesos, rut, textoRequerido } from "@/lib/validation/campos";

/** The category of the signed convenio among the perfil's attachments (Adjunto.categoria). */
export const CATEGORIA_CONVENIO = "CONVENIO_FIRMADO";

/** What the file input offers; the server decides by content (lib/adjuntos/tipo.ts): only a PDF. */
export const ACEPTA_CONVENIO = ".pdf,application/pdf";

export const MENSAJE_NO_PDF = "El convenio firmado debe ser un archivo PDF: el archivo enviado no lo es (se revisa su contenido, no su nombre).";
export const MENSAJE_FECHAS = "La fecha de término debe ser posterior a la fecha de inicio.";

export const registrarConvenioSchema = z
  .object({
    postulacionId: id,
    montoAdjudicado: pesos("El monto adjudicado").min(1, "El monto adjudicado debe ser mayor que cero."),
    fechaInicio: fechaInput("Fecha de inicio"),
    fechaTermino: fechaInput("Fecha de término"),
    responsableNombre: textoRequerido("El nombre de la persona responsable", 120),
    responsableRut: rut,
    responsableEmail: email,
    // An empty file input posts a 0-byte file, which formDataToObject drops: it arrives as "missing".
    archivo: z.file({ error: "Adjunte el convenio firmado en PDF." }).min(1, "El archivo está vacío.").max(ADJUNTO_MAX_BYTES, MENSAJE_MUY_GRANDE),
  })
  // "YYYY-MM-DD" strings compare in calendar order.
  .refine((v) => v.fechaInicio < v.fechaTermino, { message: MENSAJE_FECHAS, path: ["fechaTermino"] });

export type ConvenioDto = {
  id: string;
  montoAdjudicado: number;
  fechaInicio: string;
  fechaTermino: string;
  responsableNombre: string;
  responsableRut: string;
  responsableEmail: string;
  documento: { nombreArchivo: string; bytes: number; sha256: string } | null;
  firmadoEn: Date | null;
};
