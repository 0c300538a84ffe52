// To the address a ClaveÚnica account wants to add (cuenta.solicitarCorreo): the link that confirms it.
import { formatearFechaHora } from "@/lib/domain/formato";
import { mensaje } from "../mensaje";

export function correoConfirmarCorreo(d: { nombre: string; enlace: string; vence: Date }) {
  return mensaje("Confirme su correo en el portal Fondo IDEA", [
    `Hola ${d.nombre}:`,
    "",
    "Usted pidió agregar este correo a su cuenta del portal Fondo IDEA, a la que ingresa con ClaveÚnica.",
    `Para confirmarlo, abra este enlace con su sesión iniciada: ${d.enlace}`,
    `El enlace vence el ${formatearFechaHora(d.vence)} (hora de Chile continental).`,
    "",
    "Si usted no lo pidió, ignore este mensaje: sin confirmar, el correo no queda en ninguna cuenta.",
  ]);
}
