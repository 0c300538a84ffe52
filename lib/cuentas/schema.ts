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

/** cuenta.solicitarCorreo: the address a ClaveÚnica account (which has none) wants to add. */
export const solicitarCorreoSchema = z.object({ email });

/** cuenta.confirmarCorreo: the signed link's token (lib/cuentas/enlace-correo.ts). */
export const confirmarCorreoSchema = z.object({
  token: z.string({ error: "Falta el enlace de confirmación." }).min(1, "Falta el enlace de confirmación.").max(1024, "El enlace de confirmación no es válido."),
});

/** An account that already has a real address changes it through a data request, which staff resolve. */
export const MENSAJE_CORREO_YA_EXISTE = "Su cuenta ya tiene un correo. Para cambiarlo, pídalo en «Mis datos personales».";
