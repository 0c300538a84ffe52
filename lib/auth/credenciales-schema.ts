// The sign-in form's schema, shared by the browser form (components/cuenta/ingresar-form.tsx) and the
// server (credentials.ts): nothing here may pull server-only code (argon2) into the browser bundle.
import { z } from "zod";
import "@/lib/validation/zod-es";

export const credencialesSchema = z.object({
  // NUL is refused here: PostgreSQL rejects it in text and the lookup would fail instead of saying "no".
  email: z.string().trim().toLowerCase().min(1, "Ingrese su correo electrónico.").max(200).regex(/^[^\u0000]*$/, "Correo inválido."),
  password: z.string().min(1, "Ingrese su contraseña.").max(200),
});
