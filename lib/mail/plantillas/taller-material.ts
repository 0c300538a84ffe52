// To each person with a confirmed seat in a taller or encuentro, when FOSIS staff share its material
// (taller.compartirMaterial): the text and links, once per person.
import { mensaje } from "../mensaje";
import { pieTaller, type EventoCorreo } from "./taller-detalle";

export type DatosTallerMaterial = { evento: EventoCorreo; nombre: string; material: string };

export function correoTallerMaterial({ evento, nombre, material }: DatosTallerMaterial) {
  return mensaje(`Material compartido: ${evento.titulo}`, [
    `Hola, ${nombre}:`,
    "",
    `El equipo FOSIS compartió el material de «${evento.titulo}», en el que usted se inscribió:`,
    "",
    material,
    "",
    "El material queda también en la página del encuentro, por si lo actualizamos.",
    ...pieTaller(evento),
  ]);
}
