// To the owner of an account whose e-mail or RUT someone tried to register again (cuenta.registrar): the
// form answers as for a new account, so only the owner learns of it, here.
import { urlPortal } from "@/lib/config/url-portal";
import { mensaje } from "../mensaje";

/** Fixed: cuenta.registrar finds by it whether the owner was already told today. */
export const ASUNTO_INTENTO_REGISTRO = "Alguien intentó crear una cuenta con sus datos — Fondo IDEA";

export function correoRegistroIntentoDuplicado(d: { nombre: string }) {
  return mensaje(ASUNTO_INTENTO_REGISTRO, [
    `Hola ${d.nombre}:`,
    "",
    "Se intentó crear una cuenta nueva en el portal Fondo IDEA con su correo o su RUT, que ya tienen una cuenta. No creamos nada.",
    `Si fue usted, ingrese con su cuenta: ${urlPortal("/ingresar")}`,
    "Si no fue usted, no necesita hacer nada; si le preocupa, escríbanos respondiendo este correo.",
  ]);
}
