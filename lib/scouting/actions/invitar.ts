import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearFecha } from "@/lib/domain/formato";
import { encolarCorreo } from "@/lib/mail/outbox";
import { DIAS_VIGENCIA, invitarSchema } from "../schema";
import { secretoInvitaciones, urlSitio } from "../secreto";
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
        invitadoPorId: user!.id,
        mensaje: input.mensaje,
        expiraEn,
      },
      select: { id: true },
    });
    const enlace = `${urlSitio()}/invitacion/${firmarInvitacion(inv.id, expiraEn, secretoInvitaciones())}`;
    await encolarCorreo(tx, {
      para: input.email,
      asunto: `Invitación a postular al Fondo IDEA: ${desafio.titulo}`,
      cuerpo: [
        `Hola, ${input.nombre}:`,
        "",
        `${user!.nombre}, del equipo FOSIS, le invita a postular al Fondo IDEA con una idea para el desafío «${desafio.titulo}».`,
        desafio.resumen,
        ...(input.mensaje ? ["", input.mensaje] : []),
        "",
        `Vea el desafío y cree su cuenta en este enlace, válido hasta el ${formatearFecha(expiraEn)}:`,
        enlace,
        "",
        "Fondo IDEA · FOSIS",
      ].join("\n"),
    });
    return {
      data: { id: inv.id },
      audit: { entidad: "Invitacion", entidadId: inv.id, datos: { desafioId: desafio.id, expiraEn: expiraEn.toISOString() } },
      mensaje: `Invitación enviada. El enlace vence el ${formatearFecha(expiraEn)}.`,
    };
  },
  revalidate: () => ["/seguimiento/scouting"],
});
