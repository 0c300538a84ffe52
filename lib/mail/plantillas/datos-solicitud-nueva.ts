// To each administrator, when someone files a data-subject request (datos.solicitar): who may resolve it must know.
// Carries no personal data of the requester: the request is read in the portal.
import { formatearFechaHora } from "@/lib/domain/formato";
import { FIRMA, mensaje } from "../mensaje";

export type DatosSolicitudNueva = {
  nombre: string;
  tipo: "RECTIFICACION" | "SUPRESION";
  venceEn: Date;
  /** Absolute link to /admin/datos-personales. */
  enlace: string;
};

export function correoDatosSolicitudNueva(d: DatosSolicitudNueva) {
  const que = d.tipo === "SUPRESION" ? "supresión" : "rectificación";
  return mensaje(`Fondo IDEA: nueva solicitud de ${que} de datos personales`, [
    `Hola, ${d.nombre}:`,
    "",
    `Una persona pidió la ${que} de sus datos personales. Debe responderse a más tardar el ${formatearFechaHora(d.venceEn)} (hora de Chile continental).`,
    "",
    `Revísela en ${d.enlace}`,
    "",
    FIRMA,
  ]);
}
