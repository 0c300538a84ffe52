import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { whereMentorias } from "@/lib/incubacion/alcance";
import { declararConflictoMentoriaSchema } from "../schema";

export const MENSAJE_MENTORIA_NO_EXISTE = "La mentoría no existe.";

// The assigned mentor declares a conflict of interest with the team: the mentoría is recused (it stays,
// with the detail, for the audit, and keeps them off the team for good) and the team waits for staff to
// assign another mentor from the incubation dashboard, where it shows without one.
export const declararConflictoMentoria = defineAction({
  name: "mentoria.declararConflicto",
  schema: declararConflictoMentoriaSchema,
  async run({ input, tx, user, convocatoria }) {
    const m = await tx.mentoria.findFirst({
      where: { id: input.mentoriaId, postulacion: { convocatoriaId: convocatoria.id }, AND: [whereMentorias(user, "mentoria.declararConflicto")] },
      select: { id: true, postulacionId: true, postulacion: { select: { nombreProyecto: true } } },
    });
    if (!m) throw new ActionError(MENSAJE_MENTORIA_NO_EXISTE);
    const ahora = new Date();
    const { count } = await tx.mentoria.updateMany({ where: { id: m.id, recusadaEn: null }, data: { recusadaEn: ahora, conflictoDetalle: input.detalle } });
    if (count !== 1) throw new ActionError(MENSAJE_MENTORIA_NO_EXISTE);
    return {
      data: { mentoriaId: m.id },
      audit: { entidad: "Mentoria", entidadId: m.id, datos: { postulacionId: m.postulacionId, detalle: input.detalle } },
      mensaje: `Registramos su conflicto de interés: ya no acompañará a «${m.postulacion.nombreProyecto}». El equipo FOSIS le asignará otra persona.`,
    };
  },
  revalidate: () => ["/mentor", "/seguimiento/incubacion", "/postulante/incubacion/mentoria"],
});
