// Reusable zod fields with Spanish messages, shared by forms and actions.
import { z } from "zod";
import { normalizarRut } from "@/lib/domain/rut";
import { normalizarTexto, tieneTextoVisible } from "@/lib/domain/texto";
import "./zod-es";

const SIN_NUL = /^[^\u0000]*$/;

/**
 * Any text a person types: normalised (lib/domain/texto.ts: NFC, no bidi overrides, no zero-width
 * characters) before it is measured or stored. Every text field of every schema is built from this.
 */
export const texto = (campo: string, max: number) =>
  z
    .string({ error: `${campo}: ingrese un texto.` })
    .overwrite(normalizarTexto)
    .max(max, `${campo} admite como máximo ${max} caracteres.`)
    // PostgreSQL rejects NUL in text: without this the write fails as an unexpected error.
    .regex(SIN_NUL, `${campo} contiene caracteres no válidos.`);

/** Required text: empty after normalising and trimming (e.g. only zero-width spaces) is refused. */
export const textoRequerido = (campo: string, max = 200) =>
  z
    .string({ error: `${campo} es obligatorio.` })
    .overwrite(normalizarTexto)
    .trim()
    // abort: an empty field gets one message, not also "no tiene texto visible".
    .min(1, { message: `${campo} es obligatorio.`, abort: true })
    .max(max, `${campo} admite como máximo ${max} caracteres.`)
    .regex(SIN_NUL, `${campo} contiene caracteres no válidos.`)
    .refine(tieneTextoVisible, `${campo} no tiene texto visible.`);

/** Optional text: blank (after normalising) becomes undefined. */
export const textoOpcional = (campo: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && normalizarTexto(v).trim() === "" ? undefined : v),
    texto(campo, max).trim().optional(),
  );

export const rut = z
  .string({ error: "Ingrese un RUT." })
  .overwrite(normalizarTexto)
  .trim()
  .min(1, "Ingrese un RUT.")
  .transform((v, ctx) => {
    const n = normalizarRut(v);
    if (!n) {
      ctx.addIssue({ code: "custom", message: "El RUT no es válido: revise el dígito verificador." });
      return z.NEVER;
    }
    return n;
  });

export const email = z
  .string({ error: "Ingrese un correo electrónico." })
  .overwrite(normalizarTexto)
  .trim()
  .toLowerCase()
  .pipe(z.email("Ingrese un correo electrónico válido."));

export const id = z.string({ error: "Falta el identificador." }).trim().min(1, "Falta el identificador.").max(64).regex(SIN_NUL, "Identificador inválido.");

/** "YYYY-MM-DD" from an <input type="date">. */
export const fechaInput = (campo: string) =>
  z
    .string({ error: `${campo}: ingrese una fecha.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${campo}: ingrese una fecha válida.`)
    // Date.parse accepts "2019-02-31" (as 3 March): the date must read back as itself.
    .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(Date.parse(v)).toISOString().slice(0, 10) === v, `${campo}: ingrese una fecha válida.`);

export const pesos = (campo: string) =>
  z.coerce
    .number({ error: `${campo} debe ser un número.` })
    .int(`${campo} debe ser un monto en pesos, sin decimales.`)
    .min(0, `${campo} no puede ser negativo.`)
    // Money columns are Int: 32-bit on PostgreSQL, so a larger amount would fail there as an unexpected error.
    .max(2_147_483_647, `${campo} es demasiado grande.`);
