// To a person who asks to rectify or erase their personal data (datos.solicitar): the receipt, with the deadline.
import { formatearFechaHora } from "@/lib/domain/formato";
import { FIRMA, mensaje } from "../mensaje";

export type DatosSolicitudRecibida = {
  nombre: string;
  tipo: "RECTIFICACION" | "SUPRESION";
  recibidaEn: Date;
  venceEn: Date;
  /** Absolute link to /cuenta/datos. */
  enlace: string;
};

export function correoDatosSolicitudRecibida(d: DatosSolicitudRecibida) {
  const que = d.tipo === "SUPRESION" ? "suprimir sus datos personales" : "rectificar sus datos personales";
  return mensaje("Fondo IDEA: recibimos su solicitud sobre sus datos personales", [
    `Hola, ${d.nombre}:`,
    "",
    `Recibimos el ${formatearFechaHora(d.recibidaEn)} su solicitud para ${que}.`,
    `El equipo FOSIS la responderá a más tardar el ${formatearFechaHora(d.venceEn)} (hora de Chile continental): 30 días corridos, según la Ley 19.628 sobre protección de la vida privada.`,
    ...(d.tipo === "SUPRESION"
      ? ["", "Cuando se resuelva, sus datos personales se borrarán y ya no podrá ingresar con esta cuenta. Los registros del concurso (perfiles enviados, votos, evaluaciones) quedan sin su nombre, para no alterar los resultados."]
      : []),
    "",
    `Puede ver el estado de su solicitud en ${d.enlace}`,
    "",
    FIRMA,
  ]);
}
