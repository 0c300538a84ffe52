// The details every taller e-mail carries: date and time, place, meeting link and the taller's page.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFechaHora } from "@/lib/domain/formato";
import { FIRMA } from "../mensaje";

export type EventoCorreo = { id: string; titulo: string; inicio: Date; lugar: string | null; enlace: string | null };

export function detalleTaller(e: EventoCorreo): string[] {
  return [
    `Fecha y hora: ${formatearFechaHora(e.inicio)} (hora de Chile continental)`,
    ...(e.lugar ? [`Lugar: ${e.lugar}`] : []),
    ...(e.enlace ? [`Enlace de la reunión: ${e.enlace}`] : []),
    `Más información: ${urlPortal(`/talleres/${e.id}`)}`,
  ];
}

/** The end of most taller e-mails: a blank line, the details, a blank line and the signature. */
export function pieTaller(e: EventoCorreo): string[] {
  return ["", ...detalleTaller(e), "", FIRMA];
}
