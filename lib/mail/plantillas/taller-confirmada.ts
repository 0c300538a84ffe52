// To a registered person whose seat in a taller is confirmed (taller.inscribirse, taller.confirmarInscripcion).
import { FIRMA, mensaje } from "../mensaje";
import { detalleTaller, type EventoCorreo } from "./taller-detalle";

export type DatosTallerInscripcion = { evento: EventoCorreo; nombre: string };

export function correoTallerConfirmada({ evento, nombre }: DatosTallerInscripcion) {
  return mensaje(`Inscripción confirmada: ${evento.titulo}`, [
    `Hola, ${nombre}:`,
    "",
    `Su inscripción en «${evento.titulo}» está confirmada.`,
    "",
    ...detalleTaller(evento),
    "",
    "Si no puede asistir, cancele su inscripción para liberar el cupo.",
    "",
    FIRMA,
  ]);
}
