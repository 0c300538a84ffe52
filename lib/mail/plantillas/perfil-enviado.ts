// To the applicant, when their perfil is submitted (perfil.enviar): folio, time, fingerprint and until when
// it can be withdrawn.
import { formatearFecha, formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { mensaje } from "../mensaje";

export type DatosPerfilEnviado = {
  nombre: string;
  proyecto: string;
  desafio: string;
  convocatoria: string;
  folio: number;
  enviadaEn: Date;
  huella: string;
  /** The deadline (lib/postulaciones/plazo.ts). */
  cierre: Date;
};

export function correoPerfilEnviado(d: DatosPerfilEnviado) {
  return mensaje(`Recibimos su perfil — Folio ${formatearFolio(d.folio)}`, [
    `Hola ${d.nombre}:`,
    "",
    `Recibimos el perfil «${d.proyecto}» para el desafío «${d.desafio}» de ${d.convocatoria}.`,
    `Folio: ${formatearFolio(d.folio)}`,
    `Enviado: ${formatearFechaHora(d.enviadaEn)} (hora de Chile)`,
    `Huella SHA-256 del contenido: ${d.huella}`,
    "",
    `Puede retirarlo hasta el cierre de la convocatoria, el ${formatearFecha(d.cierre)}.`,
    "Revise el estado de su postulación en «Mis postulaciones» del portal Fondo IDEA.",
  ]);
}
