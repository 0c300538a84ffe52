// Inputs of the execution actions (issue 14, item 1): hitos, progress reports with evidence, their review,
// follow-up notes and reminders. Shared by the forms (client) and the actions: no I/O here.
import { z } from "zod";
import { ADJUNTO_MAX_BYTES, MENSAJE_MUY_GRANDE } from "@/lib/adjuntos/schema";
import { LARGO_MINIMO_MOTIVO_REVISION } from "@/lib/domain/hitos";
import { id, texto, textoRequerido } from "@/lib/validation/campos";

/** The category of a progress report's evidence among the attachments (Adjunto.categoria, with reporteId set). */
export const CATEGORIA_EVIDENCIA = "EVIDENCIA_AVANCE";
/** Most evidence files in one report (the request itself is capped at 11 MB: lib/adjuntos/http.ts). */
export const MAX_EVIDENCIAS = 5;
/** Most evidence bytes one pilot keeps across its reports. */
export const CUOTA_EVIDENCIAS_PILOTO = 200 * 1024 * 1024;
/** What the file input offers; the server decides by content (lib/adjuntos/tipo.ts). */
export const ACEPTA_EVIDENCIA = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export const CONTENIDO_MAX = 4000;
export const MOTIVO_MAX = 2000;
export const NOTA_MAX = 2000;

export const MENSAJE_EVIDENCIA_TIPO = "Cada evidencia debe ser un PDF, JPG o PNG: se revisa el contenido del archivo, no su nombre.";
export const MENSAJE_MOTIVO = `Explique qué falta o qué corregir en al menos ${LARGO_MINIMO_MOTIVO_REVISION} caracteres.`;

export const prepararHitosSchema = z.object({});

const archivoEvidencia = z.file({ error: "Adjunte un archivo." }).min(1, "El archivo está vacío.").max(ADJUNTO_MAX_BYTES, MENSAJE_MUY_GRANDE);

export const reportarAvanceSchema = z.object({
  hitoId: id,
  contenido: textoRequerido("El detalle del avance", CONTENIDO_MAX),
  avance: z.coerce
    .number({ error: "Indique el porcentaje de avance del hito, de 0 a 100." })
    .int("El porcentaje de avance va en números enteros.")
    .min(0, "El porcentaje de avance va de 0 a 100.")
    .max(100, "El porcentaje de avance va de 0 a 100."),
  // One file posts one value, several a list (formDataToObject); none (an empty input) nothing.
  evidencias: z
    .preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(archivoEvidencia).max(MAX_EVIDENCIAS, `Adjunte como máximo ${MAX_EVIDENCIAS} archivos por reporte.`))
    .default([]),
});

export const revisarReporteSchema = z
  .object({
    reporteId: id,
    decision: z.enum(["APROBADO", "OBSERVADO"], { error: "Elija si aprueba el reporte o pide cambios." }),
    motivo: texto("El motivo", MOTIVO_MAX).trim().default(""),
  })
  .refine((v) => v.decision !== "OBSERVADO" || v.motivo.length >= LARGO_MINIMO_MOTIVO_REVISION, { message: MENSAJE_MOTIVO, path: ["motivo"] });

export const anotarSchema = z.object({
  postulacionId: id,
  texto: textoRequerido("La nota", NOTA_MAX),
});

export const enviarRecordatoriosSchema = z.object({});

export type ReportarAvanceEntrada = z.input<typeof reportarAvanceSchema>;
