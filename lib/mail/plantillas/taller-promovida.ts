// To the person who waited longest when a seat is freed (taller.cancelarInscripcion): they now have it.
import { mensaje } from "../mensaje";
import type { DatosTallerInscripcion } from "./taller-confirmada";
import { pieTaller } from "./taller-detalle";

export function correoTallerPromovida({ evento, nombre }: DatosTallerInscripcion) {
  return mensaje(`Se liberó un cupo: ${evento.titulo}`, [
    `Hola, ${nombre}:`,
    "",
    `Se liberó un cupo en «${evento.titulo}» y su inscripción pasó de la lista de espera a confirmada.`,
    ...pieTaller(evento),
  ]);
}
