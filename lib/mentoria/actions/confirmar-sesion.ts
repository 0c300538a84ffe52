import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { whereMentorias } from "@/lib/incubacion/alcance";
import { confirmarSesionSchema } from "../schema";

const MENSAJE_NO_EXISTE = "La sesión no existe.";

// The team confirms a session its mentor logged: it counts toward the 0–8 progress and no longer changes.
export const confirmarSesion = defineAction({
  name: "mentoria.confirmarSesion",
  schema: confirmarSesionSchema,
  async run({ input, tx, user, convocatoria }) {
    const s = await tx.sesionMentoria.findFirst({
      where: { id: input.sesionId, mentoria: { postulacion: { convocatoriaId: convocatoria.id }, AND: [whereMentorias(user, "mentoria.confirmarSesion")] } },
      select: { id: true, semana: true, mentoriaId: true, confirmadaEn: true },
    });
    if (!s) throw new ActionError(MENSAJE_NO_EXISTE);
    if (s.confirmadaEn) throw new ActionError(`Ya confirmó la sesión de la semana ${s.semana}.`);
    const ahora = new Date();
    const { count } = await tx.sesionMentoria.updateMany({ where: { id: s.id, confirmadaEn: null }, data: { confirmadaEn: ahora } });
    if (count !== 1) throw new ActionError(`Ya confirmó la sesión de la semana ${s.semana}.`);
    return {
      data: { sesionId: s.id, mentoriaId: s.mentoriaId, semana: s.semana },
      audit: { entidad: "SesionMentoria", entidadId: s.id, datos: { mentoriaId: s.mentoriaId, semana: s.semana } },
      mensaje: `Confirmaron la sesión de la semana ${s.semana}.`,
    };
  },
  revalidate: (d) => ["/postulante/incubacion/mentoria", `/mentor/${d.mentoriaId}`, "/mentor", "/seguimiento/incubacion"],
});
