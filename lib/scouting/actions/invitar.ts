import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearFecha } from "@/lib/domain/formato";
import { urlPortal } from "@/lib/config/url-portal";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoScoutingInvitacion } from "@/lib/mail/plantillas/scouting-invitacion";
import { DIAS_VIGENCIA, invitarSchema } from "../schema";
import { secretoInvitaciones } from "../secreto";
import { firmarInvitacion } from "../token";

// Scouting: staff invite a promising applicant to a published desafío, by e-mail, with a signed link
// that expires in 14 days.
export const invitar = defineAction({
  name: "scouting.invitar",
  schema: invitarSchema,
  async run({ input, tx, user, convocatoria }) {
    const desafio = await tx.desafio.findFirst({
      where: { id: input.desafioId, convocatoriaId: convocatoria.id, estado: "PUBLICADO" },
      select: { id: true, titulo: true, resumen: true },
    });
    if (!desafio) throw new ActionError("Revise los campos marcados.", { desafioId: ["Seleccione un desafío publicado de la convocatoria."] });
    const ahora = new Date();
    const vigente = await tx.invitacion.findFirst({
      where: { convocatoriaId: convocatoria.id, email: input.email, desafioId: desafio.id, expiraEn: { gt: ahora } },
      select: { id: true },
    });
    if (vigente) {
      const m = "Ya se envió a este correo una invitación vigente para este desafío.";
      throw new ActionError(m, { email: [m] });
    }
    const expiraEn = new Date(ahora.getTime() + DIAS_VIGENCIA * 86_400_000);
    const inv = await tx.invitacion.create({
      data: {
        convocatoriaId: convocatoria.id,
        email: input.email,
        nombre: input.nombre,
        desafioId: desafio.id,
        invitadoPorId: user.id,
        mensaje: input.mensaje,
        expiraEn,
      },
      select: { id: true },
    });
    const enlace = urlPortal(`/invitacion/${firmarInvitacion(inv.id, expiraEn, secretoInvitaciones())}`);
    await encolarCorreo(
      tx,
      { para: input.email },
      correoScoutingInvitacion({ nombre: input.nombre, invitadoPor: user.nombre, desafio, mensajePersonal: input.mensaje, enlace, vence: expiraEn }),
    );
    return {
      data: { id: inv.id },
      audit: { entidad: "Invitacion", entidadId: inv.id, datos: { desafioId: desafio.id, expiraEn: expiraEn.toISOString() } },
      mensaje: `Invitación enviada. El enlace vence el ${formatearFecha(expiraEn)}.`,
    };
  },
  revalidate: () => ["/seguimiento/scouting"],
});
