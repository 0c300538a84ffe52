// To an address that asked for a seat without an account (taller.inscribirse): the link that confirms it.
// The address is not yet proven to belong to whoever typed it, so this mail does not repeat the name they
// typed (no text of a stranger's choosing lands in someone else's inbox).
import { formatearFechaHora } from "@/lib/domain/formato";
import { mensaje } from "../mensaje";
import { pieTaller, type EventoCorreo } from "./taller-detalle";

export type DatosTallerConfirmarInscripcion = { evento: EventoCorreo; enlace: string; vence: Date };

export function correoTallerConfirmarInscripcion({ evento, enlace, vence }: DatosTallerConfirmarInscripcion) {
  return mensaje(`Confirme su inscripción: ${evento.titulo}`, [
    "Hola:",
    "",
    `Recibimos una solicitud de inscripción en «${evento.titulo}» con este correo. Para confirmarla, abra este enlace y presione «Confirmar mi inscripción»:`,
    "",
    enlace,
    "",
    `El enlace vence el ${formatearFechaHora(vence)} (hora de Chile continental). Hasta que confirme, no tiene un cupo reservado.`,
    "",
    "Si usted no pidió esta inscripción, ignore este correo: sin confirmar no queda inscrito.",
    ...pieTaller(evento),
  ]);
}
