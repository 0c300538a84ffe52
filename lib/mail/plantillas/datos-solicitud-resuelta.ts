// To the person, when staff resolve or reject their data-subject request (datos.resolver). After an erasure
// the message carries no name (the account no longer has one) and goes to the address the person had.
import { FIRMA, mensaje } from "../mensaje";

export type DatosSolicitudResuelta = {
  /** Null after an erasure. */
  nombre: string | null;
  tipo: "RECTIFICACION" | "SUPRESION";
  resuelta: boolean;
  respuesta: string | null;
};

export function correoDatosSolicitudResuelta(d: DatosSolicitudResuelta) {
  const que = d.tipo === "SUPRESION" ? "supresión" : "rectificación";
  const cuerpo = d.resuelta
    ? d.tipo === "SUPRESION"
      ? "Sus datos personales fueron borrados del portal del Fondo IDEA y su cuenta quedó cerrada: ya no puede ingresar con ella. Los registros del concurso en que participó quedan sin su nombre."
      : "Sus datos personales fueron corregidos como lo pidió."
    : "El equipo FOSIS revisó su solicitud y no pudo acogerla.";
  return mensaje(`Fondo IDEA: su solicitud de ${que} de datos fue ${d.resuelta ? "resuelta" : "rechazada"}`, [
    d.nombre ? `Hola, ${d.nombre}:` : "Hola:",
    "",
    cuerpo,
    ...(d.respuesta ? ["", d.resuelta ? "Respuesta del equipo FOSIS:" : "Motivo:", d.respuesta] : []),
    "",
    "Si no está de acuerdo, puede reclamar ante la Agencia de Protección de Datos Personales.",
    "",
    FIRMA,
  ]);
}
