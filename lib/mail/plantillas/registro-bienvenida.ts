// To a new account (cuenta.registrar): it was created, and where to sign in.
import { urlPortal } from "@/lib/config/url-portal";
import { mensaje } from "../mensaje";

export function correoRegistroBienvenida(d: { nombre: string }) {
  return mensaje("Su cuenta en el portal Fondo IDEA", [
    `Hola ${d.nombre}:`,
    "",
    "Su cuenta en el portal Fondo IDEA quedó creada.",
    `Ingrese con su correo y contraseña: ${urlPortal("/ingresar")}`,
  ]);
}
