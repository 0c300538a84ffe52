// Where the mentor pool lives, and the fixed subject of its invitation (the outbox rows with it are the
// invitations sent: lib/mentores/queries.ts lists them for staff).
import { correoMentorInvitacion } from "@/lib/mail/plantillas/mentor-invitacion";

export const RUTA_REGISTRO_MENTOR = "/mentores/registro";
export const RUTA_AREA_MENTOR = "/mentor";
export const ASUNTO_INVITACION_MENTOR = correoMentorInvitacion({ nombre: "", invitadoPor: "", institucion: "", enlace: "" }).asunto;
