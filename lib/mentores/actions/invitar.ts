import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { urlPortal } from "@/lib/config/url-portal";
import { NOMBRE_ESTADO_MENTOR } from "@/lib/domain/mentores";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoMentorInvitacion } from "@/lib/mail/plantillas/mentor-invitacion";
import { ASUNTO_INVITACION_MENTOR, RUTA_REGISTRO_MENTOR } from "../rutas";
import { invitarSchema } from "../schema";

const DIA = 86_400_000;

// Staff invite a person (university, regional business, civil society…) by e-mail to register in the
// mentor pool. The outbox row is the record of the invitation (the staff page lists them); the audit keeps
// who invited, not the address. One invitation per address a day; nobody already in the pool is invited.
export const invitarMentor = defineAction({
  name: "mentor.invitar",
  schema: invitarSchema,
  async run({ input, tx, user }) {
    const cuenta = await tx.user.findUnique({ where: { email: input.email }, select: { mentorPerfil: { select: { estado: true } } } });
    if (cuenta?.mentorPerfil) {
      const m = `Esa persona ya está inscrita en el pool de mentores (${NOMBRE_ESTADO_MENTOR[cuenta.mentorPerfil.estado].toLowerCase()}).`;
      throw new ActionError(m, { email: [m] });
    }
    const reciente = await tx.notificacion.findFirst({
      where: { para: input.email, asunto: ASUNTO_INVITACION_MENTOR, createdAt: { gt: new Date(Date.now() - DIA) } },
      select: { id: true },
    });
    if (reciente) {
      const m = "Ya se envió una invitación a este correo en las últimas 24 horas.";
      throw new ActionError(m, { email: [m] });
    }
    const correo = correoMentorInvitacion({ nombre: input.nombre, invitadoPor: user.nombre, institucion: input.institucion, enlace: urlPortal(RUTA_REGISTRO_MENTOR) });
    await encolarCorreo(tx, { para: input.email }, correo);
    return {
      data: { email: input.email },
      audit: { entidad: "InvitacionMentor", entidadId: null, datos: { institucion: input.institucion } },
      mensaje: `Invitación enviada a ${input.nombre}.`,
    };
  },
  revalidate: () => ["/seguimiento/incubacion/mentores"],
});
