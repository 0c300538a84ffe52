import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { aFechaInput, formatearFecha, instanteEnSantiago } from "@/lib/domain/formato";
import { whereMentorias } from "@/lib/incubacion/alcance";
import { registrarSesionSchema } from "../schema";
import { MENSAJE_MENTORIA_NO_EXISTE } from "./declarar-conflicto";

const DIA = 86_400_000;

// The assigned mentor logs (or corrects) the session of one week, 1–8: date, topics, agreements and next
// steps. One row per week; once the team confirmed it, it no longer changes.
export const registrarSesion = defineAction({
  name: "mentoria.registrarSesion",
  schema: registrarSesionSchema,
  async run({ input, tx, user, convocatoria }) {
    const m = await tx.mentoria.findFirst({
      where: { id: input.mentoriaId, postulacion: { convocatoriaId: convocatoria.id }, AND: [whereMentorias(user, "mentoria.registrarSesion")] },
      select: { id: true, createdAt: true, postulacionId: true },
    });
    if (!m) throw new ActionError(MENSAJE_MENTORIA_NO_EXISTE);

    // Calendar days in Chile: not after today, not more than a week before the assignment.
    const ahora = new Date();
    if (input.fecha > aFechaInput(ahora)) {
      const msg = "La fecha de la sesión no puede ser futura: regístrela después de realizarla.";
      throw new ActionError(msg, { fecha: [msg] });
    }
    const minima = aFechaInput(new Date(m.createdAt.getTime() - 7 * DIA));
    if (input.fecha < minima) {
      const msg = `La fecha de la sesión no puede ser anterior al ${formatearFecha(instanteEnSantiago(minima, "12:00:00"))} (una semana antes de la asignación).`;
      throw new ActionError(msg, { fecha: [msg] });
    }

    const datos = {
      fecha: instanteEnSantiago(input.fecha, "12:00:00"),
      temas: input.temas,
      acuerdos: input.acuerdos ?? "",
      proximosPasos: input.proximosPasos ?? "",
      registradaEn: ahora,
    };
    const mensajeConfirmada = `El equipo ya confirmó la sesión de la semana ${input.semana}: no se puede cambiar.`;
    const previa = await tx.sesionMentoria.findUnique({ where: { mentoriaId_semana: { mentoriaId: m.id, semana: input.semana } }, select: { id: true, confirmadaEn: true } });
    let sesionId: string;
    if (previa) {
      if (previa.confirmadaEn) throw new ActionError(mensajeConfirmada);
      // Conditional: a confirmation in between wins.
      const { count } = await tx.sesionMentoria.updateMany({ where: { id: previa.id, confirmadaEn: null }, data: datos });
      if (count !== 1) throw new ActionError(mensajeConfirmada);
      sesionId = previa.id;
    } else {
      // Two logs of the same week at once: the unique (mentoriaId, semana) keeps one.
      sesionId = (await tx.sesionMentoria.create({ data: { mentoriaId: m.id, semana: input.semana, ...datos }, select: { id: true } })).id;
    }
    return {
      data: { sesionId, mentoriaId: m.id, semana: input.semana, corregida: !!previa },
      audit: { entidad: "SesionMentoria", entidadId: sesionId, datos: { mentoriaId: m.id, semana: input.semana, fecha: input.fecha, corregida: !!previa } },
      mensaje: previa ? `Corregimos la sesión de la semana ${input.semana}.` : `Registramos la sesión de la semana ${input.semana}: el equipo debe confirmarla.`,
    };
  },
  revalidate: (d) => ["/mentor", `/mentor/${d.mentoriaId}`, "/postulante/incubacion/mentoria", "/seguimiento/incubacion"],
});
