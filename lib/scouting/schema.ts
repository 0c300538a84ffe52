import { z } from "zod";
import { email, id, textoRequerido } from "@/lib/validation/campos";

/** Days an invitation link stays valid. */
export const DIAS_VIGENCIA = 14;

export const invitarSchema = z.object({
  email,
  nombre: textoRequerido("El nombre", 120),
  desafioId: id.pipe(z.string({ error: "Seleccione un desafío." })),
  mensaje: z
    .string({ error: "El mensaje: ingrese un texto." })
    .trim()
    .max(2000, "El mensaje admite como máximo 2000 caracteres.")
    .regex(/^[^\u0000]*$/, "El mensaje contiene caracteres no válidos.")
    .optional()
    .default(""),
});
