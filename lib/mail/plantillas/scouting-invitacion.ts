// To a promising applicant whom staff invite to a published desafío (scouting.invitar): the signed link.
import { formatearFecha } from "@/lib/domain/formato";
import { FIRMA, mensaje } from "../mensaje";

export type DatosScoutingInvitacion = {
  nombre: string;
  /** The staff member who invites. */
  invitadoPor: string;
  desafio: { titulo: string; resumen: string };
  /** The staff member's personal message, if any. */
  mensajePersonal: string | null;
  /** The signed invitation link, and when it expires. */
  enlace: string;
  vence: Date;
};

export function correoScoutingInvitacion(d: DatosScoutingInvitacion) {
  return mensaje(`Invitación a postular al Fondo IDEA: ${d.desafio.titulo}`, [
    `Hola, ${d.nombre}:`,
    "",
    `${d.invitadoPor}, del equipo FOSIS, le invita a postular al Fondo IDEA con una idea para el desafío «${d.desafio.titulo}».`,
    d.desafio.resumen,
    ...(d.mensajePersonal ? ["", d.mensajePersonal] : []),
    "",
    `Vea el desafío y cree su cuenta en este enlace, válido hasta el ${formatearFecha(d.vence)}:`,
    d.enlace,
    "",
    FIRMA,
  ]);
}
