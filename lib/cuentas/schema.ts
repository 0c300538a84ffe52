import { z } from "zod";
import { email, rut, textoRequerido } from "@/lib/validation/campos";

export const registroSchema = z
  .object({
    nombre: textoRequerido("El nombre", 120),
    email,
    rut,
    password: z
      .string({ error: "Ingrese una contraseña." })
      .min(10, "La contraseña debe tener al menos 10 caracteres.")
      .max(200, "La contraseña admite como máximo 200 caracteres."),
    confirmacion: z.string({ error: "Repita la contraseña." }),
    aceptaPrivacidad: z.union([z.literal("on"), z.literal(true)], { error: "Debe aceptar la política de privacidad." }),
  })
  .refine((v) => v.password === v.confirmacion, { path: ["confirmacion"], message: "Las contraseñas no coinciden." });

export type RegistroInput = z.input<typeof registroSchema>;

/** What the person sees after signing up, whether or not the e-mail or RUT already had an account. */
export const MENSAJE_REGISTRO =
  "Listo. Si el correo y el RUT no tenían cuenta, su cuenta quedó creada y ya puede ingresar. Le enviamos un correo con el detalle.";
