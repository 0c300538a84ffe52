// To the person who asked to join an organisation, when a member or staff approve or reject it
// (organizacion.resolverSolicitud). Fixed subject; the declared name only quoted, and only to someone who
// now acts for the organisation.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearRut } from "@/lib/domain/rut";
import { citarEnCorreo } from "@/lib/domain/texto-en-correo";
import { RUTA_MIS_ORGANIZACIONES } from "@/lib/organizaciones/correos";
import { FIRMA, mensaje } from "../mensaje";
import type { OrganizacionCorreo } from "./organizacion-invitacion";

export type DatosSolicitudResuelta = {
  nombre: string;
  organizacion: OrganizacionCorreo;
  aprobada: boolean;
  /** The written reasons, if any. */
  motivos: string | null;
};

export function correoOrganizacionSolicitudResuelta(d: DatosSolicitudResuelta) {
  const { organizacion: org } = d;
  return mensaje(`Fondo IDEA: su solicitud para unirse a una organización fue ${d.aprobada ? "aprobada" : "rechazada"}`, [
    `Hola ${d.nombre}:`,
    "",
    d.aprobada
      ? `Su solicitud para unirse a la organización «${citarEnCorreo(org.nombre)}» (RUT ${formatearRut(org.rut)}) fue aprobada. Ya puede enviar perfiles a su nombre.`
      : `Su solicitud para unirse a la organización con RUT ${formatearRut(org.rut)} fue rechazada.`,
    ...(d.motivos ? ["", "Motivos:", d.motivos] : []),
    "",
    `Vea sus organizaciones en «Mis organizaciones»: ${urlPortal(RUTA_MIS_ORGANIZACIONES)}`,
    "",
    FIRMA,
  ]);
}
