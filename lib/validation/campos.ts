// Reusable zod fields with Spanish messages, shared by forms and actions.
import { z } from "zod";
import { normalizarRut } from "@/lib/domain/rut";
import "./zod-es";

const SIN_NUL = /^[^\u0000]*$/;

export const textoRequerido = (campo: string, max = 200) =>
  z
    .string({ error: `${campo} es obligatorio.` })
    .trim()
    .min(1, `${campo} es obligatorio.`)
    .max(max, `${campo} admite como máximo ${max} caracteres.`)
    // PostgreSQL rejects NUL in text: without this the write fails as an unexpected error.
    .regex(SIN_NUL, `${campo} contiene caracteres no válidos.`);

export const rut = z
  .string({ error: "Ingrese un RUT." })
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
