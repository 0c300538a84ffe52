import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { notaDemoDay } from "@/lib/domain/demo-day";
import { formatoNota } from "@/lib/domain/nota";
import { exigirSeleccionFinalSinActa } from "../congelamiento";
import { exigirDemoDayDelJurado, exigirPitch } from "../pitches";
import { calificarSchema } from "../schema";

export const MENSAJE_CON_CONFLICTO = "Declaró un conflicto de interés con este proyecto: no puede calificarlo.";
export const MENSAJE_PITCH_PROPIO = "Este proyecto es suyo: no puede calificarlo. Declare su conflicto de interés con él.";

// A juror grades one pitch of a demo day they sit on with the jury's rubric (lib/domain/demo-day.ts): a
// grade from 1,0 to 7,0 per criterion and a comment; the stored grade is the weighted one, to one decimal,
// and the perfil's demo-day score is the mean of its jurors' grades (lib/seleccion/ranking.ts). The juror
// may correct it (upsert) until the final round has its acta. Refused for a pitch they declared a
// conflict with. To anyone who does not sit on the event, the event does not exist.
export const calificar = defineAction({
  name: "demoDay.calificar",
  schema: calificarSchema,
  async run({ input, tx, user, convocatoria }) {
    const evento = await exigirDemoDayDelJurado(tx, convocatoria.id, input.eventoId, user, "demoDay.calificar");
    const pitch = await exigirPitch(tx, convocatoria.id, evento, input.postulacionId);
    await exigirSeleccionFinalSinActa(tx, convocatoria);
    const conflicto = await tx.conflictoJurado.findFirst({ where: { juradoId: user.id, postulacionId: pitch.id }, select: { id: true } });
    if (conflicto) throw new ActionError(MENSAJE_CON_CONFLICTO);
    // A juror who applied with this perfil never grades it (an evaluator is never assigned their own either).
    if ((await tx.postulacion.count({ where: { id: pitch.id, postulanteId: user.id } })) > 0) throw new ActionError(MENSAJE_PITCH_PROPIO);

    const nota = notaDemoDay(input.notas);
    const datos = { eventoId: evento.id, nota, notas: JSON.stringify(input.notas), comentario: input.comentario ?? "" };
    const previa = await tx.puntajeDemoDay.findUnique({ where: { postulacionId_juradoId: { postulacionId: pitch.id, juradoId: user.id } }, select: { nota: true } });
    const p = await tx.puntajeDemoDay.upsert({
      where: { postulacionId_juradoId: { postulacionId: pitch.id, juradoId: user.id } },
      create: { postulacionId: pitch.id, juradoId: user.id, ...datos },
      update: datos,
      select: { id: true },
    });
    return {
      data: { puntajeId: p.id, eventoId: evento.id, postulacionId: pitch.id, nota },
      audit: { entidad: "PuntajeDemoDay", entidadId: p.id, datos: { eventoId: evento.id, postulacionId: pitch.id, folio: pitch.folio, notas: input.notas, nota, notaAnterior: previa?.nota ?? null } },
      mensaje: `${previa ? "Nota corregida" : "Nota guardada"}: «${pitch.nombreProyecto}», ${formatoNota(nota)}.`,
    };
  },
  revalidate: (d) => ["/jurado", `/jurado/${d.eventoId}`, `/jurado/${d.eventoId}/${d.postulacionId}`, "/seguimiento/incubacion/demo-day", "/comite/seleccion"],
});
