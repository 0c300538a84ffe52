import { z } from "zod";
import { email, id, texto, textoRequerido } from "@/lib/validation/campos";

/** Days an invitation link stays valid. */
export const DIAS_VIGENCIA = 14;

export const invitarSchema = z.object({
  email,
  nombre: textoRequerido("El nombre", 120),
  desafioId: id.pipe(z.string({ error: "Seleccione un desafío." })),
  mensaje: texto("El mensaje", 2000).trim().optional().default(""),
});
