// To each active member of an organisation when someone asks to join it (organizacion.solicitarIngreso).
// Who asks, and their message, are shown only in the portal, to a signed-in member.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearRut } from "@/lib/domain/rut";
import { citarEnCorreo } from "@/lib/domain/texto-en-correo";
import { RUTA_MIS_ORGANIZACIONES } from "@/lib/organizaciones/correos";
import { FIRMA, mensaje } from "../mensaje";
import type { OrganizacionCorreo } from "./organizacion-invitacion";

export function correoOrganizacionSolicitud(d: { nombre: string; organizacion: OrganizacionCorreo }) {
  return mensaje("Fondo IDEA: alguien pide unirse a su organización", [
    `Hola ${d.nombre}:`,
    "",
    `Una persona pide unirse a su organización «${citarEnCorreo(d.organizacion.nombre)}» (RUT ${formatearRut(d.organizacion.rut)}) en el portal del Fondo IDEA, para enviar perfiles a su nombre.`,
    "",
    "Vea quién es y su mensaje en «Mis organizaciones», con su cuenta. Apruebe la solicitud solo si esa persona actúa por su organización; si no, recházela:",
    urlPortal(RUTA_MIS_ORGANIZACIONES),
    "",
    FIRMA,
  ]);
}
