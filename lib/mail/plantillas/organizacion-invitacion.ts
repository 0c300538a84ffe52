// To a POSTULANTE account a member invites to their organisation (organizacion.agregarMiembro). Fixed
// wording: the organisation's declared name only quoted and labelled, nothing the member typed.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearRut } from "@/lib/domain/rut";
import { citarEnCorreo } from "@/lib/domain/texto-en-correo";
import { RUTA_MIS_ORGANIZACIONES } from "@/lib/organizaciones/correos";
import { FIRMA, mensaje } from "../mensaje";

export type OrganizacionCorreo = { nombre: string; rut: string };

export function correoOrganizacionInvitacion(d: { nombre: string; organizacion: OrganizacionCorreo }) {
  return mensaje("Fondo IDEA: le invitaron a unirse a una organización", [
    `Hola ${d.nombre}:`,
    "",
    "Un integrante de una organización registrada en el portal del Fondo IDEA le invitó a unirse a ella, para enviar perfiles a su nombre.",
    "",
    `RUT de la organización: ${formatearRut(d.organizacion.rut)}`,
    `Nombre declarado por quien la registró (el FOSIS no lo verificó): «${citarEnCorreo(d.organizacion.nombre)}»`,
    "",
    "No es integrante hasta que acepte. Para aceptar o rechazar, ingrese al portal con su cuenta y abra «Mis organizaciones»:",
    urlPortal(RUTA_MIS_ORGANIZACIONES),
    "",
    "Si no conoce esta organización, rechace la invitación o ignore este correo. El FOSIS nunca le pedirá su contraseña por correo.",
    "",
    FIRMA,
  ]);
}
