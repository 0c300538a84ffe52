// To a person staff invite to the mentor pool (mentor.invitar): what mentoring asks of them and the link
// to register (sign-in first; the registration page says so).
import { FIRMA, mensaje } from "../mensaje";

export type DatosMentorInvitacion = {
  nombre: string;
  /** The staff member who invites. */
  invitadoPor: string;
  /** The person's institution, as staff typed it (may be empty). */
  institucion: string;
  /** Absolute link to /mentores/registro. */
  enlace: string;
};

export function correoMentorInvitacion(d: DatosMentorInvitacion) {
  return mensaje("Invitación a ser mentora o mentor del Fondo IDEA", [
    `Hola, ${d.nombre}:`,
    "",
    `${d.invitadoPor}, del equipo FOSIS, le invita a sumarse al pool de mentores del Fondo IDEA${d.institucion ? `, en representación de ${d.institucion}` : ""}.`,
    "Los equipos preseleccionados reciben ocho semanas de mentoría antes de presentar su formulario completo y su pitch en el demo day regional. Cada mentora o mentor acompaña a uno o más equipos con una sesión semanal (presencial o en línea) y registra lo conversado desde su teléfono.",
    "",
    "Para inscribirse, ingrese al portal (o cree su cuenta) y complete su sector, región, experiencia, temas y disponibilidad en:",
    d.enlace,
    "",
    "El equipo FOSIS revisa cada inscripción y le avisará por correo cuando sea aprobada.",
    "",
    FIRMA,
  ]);
}
