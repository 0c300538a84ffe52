// E-mails of the talleres feature (texts only; they are queued with lib/mail/outbox.ts).
import { formatearFechaHora } from "@/lib/domain/formato";

type EventoCorreo = { id: string; titulo: string; inicio: Date; lugar: string | null; enlace: string | null };

/** The portal's public address (APP_URL, as the other e-mails), without a trailing slash. */
export const urlSitio = () => (process.env.APP_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");

/** The link mailed to confirm an anonymous registration. */
export const enlaceConfirmacion = (token: string) => `${urlSitio()}/talleres/confirmar/${token}`;

function detalle(e: EventoCorreo): string {
  return [
    `Fecha y hora: ${formatearFechaHora(e.inicio)} (hora de Chile continental)`,
    e.lugar ? `Lugar: ${e.lugar}` : null,
    e.enlace ? `Enlace de la reunión: ${e.enlace}` : null,
    `Más información: ${urlSitio()}/talleres/${e.id}`,
  ]
    .filter(Boolean)
    .join("\n");
}

// The address is not yet proven to belong to whoever typed it: this mail does not repeat the name they
// typed (no text of a stranger's choosing lands in someone else's inbox).
export function correoConfirmarInscripcion(e: EventoCorreo, enlace: string, vence: Date) {
  return {
    asunto: `Confirme su inscripción: ${e.titulo}`,
    cuerpo: `Hola:\n\nRecibimos una solicitud de inscripción en «${e.titulo}» con este correo. Para confirmarla, abra este enlace y presione «Confirmar mi inscripción»:\n\n${enlace}\n\nEl enlace vence el ${formatearFechaHora(vence)} (hora de Chile continental). Hasta que confirme, no tiene un cupo reservado.\n\nSi usted no pidió esta inscripción, ignore este correo: sin confirmar no queda inscrito.\n\n${detalle(e)}\n\nFondo IDEA · FOSIS`,
  };
}

export function correoConfirmada(e: EventoCorreo, nombre: string) {
  return {
    asunto: `Inscripción confirmada: ${e.titulo}`,
    cuerpo: `Hola, ${nombre}:\n\nSu inscripción en «${e.titulo}» está confirmada.\n\n${detalle(e)}\n\nSi no puede asistir, cancele su inscripción para liberar el cupo.\n\nFondo IDEA · FOSIS`,
  };
}

export function correoListaEspera(e: EventoCorreo, nombre: string) {
  return {
    asunto: `Lista de espera: ${e.titulo}`,
    cuerpo: `Hola, ${nombre}:\n\n«${e.titulo}» no tiene cupos libres y quedó en la lista de espera. Si se libera un cupo, se le asignará por orden de inscripción y le avisaremos por correo.\n\n${detalle(e)}\n\nFondo IDEA · FOSIS`,
  };
}

export function correoPromovida(e: EventoCorreo, nombre: string) {
  return {
    asunto: `Se liberó un cupo: ${e.titulo}`,
    cuerpo: `Hola, ${nombre}:\n\nSe liberó un cupo en «${e.titulo}» y su inscripción pasó de la lista de espera a confirmada.\n\n${detalle(e)}\n\nFondo IDEA · FOSIS`,
  };
}
