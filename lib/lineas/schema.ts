// Configuration of one línea de postulación (a cell of the matrix maturity × executor type).
import { z } from "zod";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import { id, pesos } from "@/lib/validation/campos";

/** Document types a línea may require, in the order the form shows them. */
export const DOCUMENTOS = Object.keys(NOMBRE_DOCUMENTO) as [string, ...string[]];

/** A checkbox or yes/no field: "si"/"on"/"true"/true → true; "no"/"false"/false → false. */
const siNo = (mensaje: string) =>
  z.union([z.boolean(), z.enum(["si", "no", "on", "true", "false"])], { error: mensaje }).transform((v) => v === true || v === "si" || v === "on" || v === "true");

export const configurarLineaSchema = z.object({
  id,
  habilitada: siNo("Indique si la línea está abierta.").default(false),
  montoMaximo: pesos("El monto máximo"),
  // One checkbox posts a string, several an array; none posts nothing.
  adjuntosRequeridos: z
    .union([z.string(), z.array(z.string())], { error: "Seleccione documentos de la lista." })
    .default([])
    .transform((v) => (typeof v === "string" ? [v] : v))
    .pipe(z.array(z.string()).refine((v) => v.every((d) => DOCUMENTOS.includes(d)), "Seleccione documentos de la lista."))
    .transform((v) => DOCUMENTOS.filter((d) => v.includes(d))),
});

export type ConfigurarLinea = z.input<typeof configurarLineaSchema>;

/** The JSON column adjuntosRequeridos, read defensively (a malformed value is an empty list). */
export function leerAdjuntos(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
