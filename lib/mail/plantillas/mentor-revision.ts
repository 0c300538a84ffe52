// To a person who registered in the mentor pool, when staff approve or reject the registration (mentor.revisar).
import { FIRMA, mensaje } from "../mensaje";

export type DatosMentorRevision = {
  nombre: string;
  aprobada: boolean;
  /** Staff's reasons for a rejection. */
  motivo: string | null;
  /** Absolute link: the mentor's area when approved, the registration page otherwise. */
  enlace: string;
};

export function correoMentorRevision(d: DatosMentorRevision) {
  return mensaje(`Fondo IDEA: su inscripción como mentora o mentor fue ${d.aprobada ? "aprobada" : "rechazada"}`, [
    `Hola, ${d.nombre}:`,
    "",
    d.aprobada
      ? "El equipo FOSIS aprobó su inscripción en el pool de mentores del Fondo IDEA. Cuando se le asigne un equipo preseleccionado lo verá en su área de mentoría; vuelva a ingresar al portal para usarla."
      : "El equipo FOSIS revisó su inscripción en el pool de mentores del Fondo IDEA y por ahora no fue aprobada.",
    ...(d.motivo ? ["", "Motivo:", d.motivo] : []),
    "",
    d.aprobada ? `Su área de mentoría: ${d.enlace}` : `Si desea, puede corregir su inscripción y enviarla de nuevo: ${d.enlace}`,
    "",
    FIRMA,
  ]);
}
