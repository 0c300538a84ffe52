// To a person the FOSIS team adds to the jury of a regional demo day (demoDay.asignarJurado), with their
// helix, the event's date and place, and the link to their pitches and the rubric.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFechaHora } from "@/lib/domain/formato";
import { NOMBRE_HELICE, type HeliceJurado } from "@/lib/domain/demo-day";
import { FIRMA, mensaje } from "../mensaje";

export type DemoDayCorreo = { id: string; titulo: string; inicio: Date; lugar: string | null; enlace: string | null; region: string | null };

export function correoJuradoAsignado(d: { nombre: string; helice: HeliceJurado; evento: DemoDayCorreo }) {
  const e = d.evento;
  return mensaje(`Fondo IDEA: integra el jurado de «${e.titulo}»`, [
    `Hola, ${d.nombre}:`,
    "",
    `El equipo FOSIS le sumó al jurado del demo day «${e.titulo}»${e.region ? ` (región ${e.region})` : ""}, en representación de la hélice ${NOMBRE_HELICE[d.helice]}.`,
    "",
    `Fecha y hora: ${formatearFechaHora(e.inicio)} (hora de Chile continental)`,
    ...(e.lugar ? [`Lugar: ${e.lugar}`] : []),
    ...(e.enlace ? [`Enlace de la reunión: ${e.enlace}`] : []),
    "",
    "En el portal verá los proyectos que se presentan, con su perfil, y la rúbrica del jurado: una nota de 1,0 a 7,0 por criterio, que puede ingresar desde su teléfono durante el evento.",
    "Si tiene un conflicto de interés con algún proyecto, declárelo en su página antes de calificarlo: no lo calificará.",
    "",
    `Sus proyectos: ${urlPortal(`/jurado/${e.id}`)}`,
    "",
    FIRMA,
  ]);
}
