// To the team, when its formulario completo is submitted (formulario.enviar): the perfil's folio, the time
// and the SHA-256 fingerprint of what was sent.
import { formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { mensaje } from "../mensaje";

export type DatosFormularioEnviado = {
  nombre: string;
  proyecto: string;
  desafio: string;
  convocatoria: string;
  /** The perfil's folio (the formulario has none of its own). */
  folio: number | null;
  enviadoEn: Date;
  huella: string;
};

export function correoFormularioEnviado(d: DatosFormularioEnviado) {
  const folio = d.folio === null ? "sin folio" : formatearFolio(d.folio);
  return mensaje(`Recibimos su formulario completo — Folio ${folio}`, [
    `Hola ${d.nombre}:`,
    "",
    `Recibimos el formulario completo del proyecto «${d.proyecto}», preseleccionado en el desafío «${d.desafio}» de ${d.convocatoria}.`,
    `Folio del perfil: ${folio}`,
    `Enviado: ${formatearFechaHora(d.enviadoEn)} (hora de Chile)`,
    `Huella SHA-256 del contenido: ${d.huella}`,
    "",
    "El formulario quedó congelado: lo leerán el equipo FOSIS y el jurado del demo day, junto a su perfil.",
    "Revise el avance de su incubación en el portal Fondo IDEA.",
  ]);
}
