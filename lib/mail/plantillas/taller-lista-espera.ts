// To a registered person when the taller is full and they are on the waitlist.
import { mensaje } from "../mensaje";
import type { DatosTallerInscripcion } from "./taller-confirmada";
import { pieTaller } from "./taller-detalle";

export function correoTallerListaEspera({ evento, nombre }: DatosTallerInscripcion) {
  return mensaje(`Lista de espera: ${evento.titulo}`, [
    `Hola, ${nombre}:`,
    "",
    `«${evento.titulo}» no tiene cupos libres y quedó en la lista de espera. Si se libera un cupo, se le asignará por orden de inscripción y le avisaremos por correo.`,
    ...pieTaller(evento),
  ]);
}
