import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { exigirSeleccionFinalSinActa } from "../congelamiento";
import { exigirDemoDayDelJurado, exigirPitch } from "../pitches";
import { declararConflictoDemoDaySchema } from "../schema";

// A juror declares a conflict of interest with one pitch of a demo day they sit on: the declaration is kept
// (it stays for the audit, with its detail) and they no longer grade that pitch; a grade they had already
// given it is removed, so it no longer counts in the perfil's demo-day score. Refused once the final round
// has its acta. To anyone who does not sit on the event, the event does not exist.
export const declararConflictoDemoDay = defineAction({
  name: "demoDay.declararConflicto",
  schema: declararConflictoDemoDaySchema,
  async run({ input, tx, user, convocatoria }) {
    const evento = await exigirDemoDayDelJurado(tx, convocatoria.id, input.eventoId, user, "demoDay.declararConflicto");
    const pitch = await exigirPitch(tx, convocatoria.id, evento, input.postulacionId);
    await exigirSeleccionFinalSinActa(tx, convocatoria);

    const clave = { eventoId: evento.id, juradoId: user.id, postulacionId: pitch.id };
    if (await tx.conflictoJurado.findUnique({ where: { eventoId_juradoId_postulacionId: clave }, select: { id: true } })) {
      throw new ActionError("Ya declaró un conflicto de interés con este proyecto: no lo califica.");
    }
    const conflicto = await tx.conflictoJurado.create({ data: { ...clave, detalle: input.detalle }, select: { id: true } });
    const borrada = await tx.puntajeDemoDay.findUnique({ where: { postulacionId_juradoId: { postulacionId: pitch.id, juradoId: user.id } }, select: { id: true, nota: true } });
    if (borrada) await tx.puntajeDemoDay.delete({ where: { id: borrada.id } });
    return {
      data: { conflictoId: conflicto.id, eventoId: evento.id, postulacionId: pitch.id },
      audit: {
        entidad: "ConflictoJurado",
        entidadId: conflicto.id,
        datos: { eventoId: evento.id, postulacionId: pitch.id, folio: pitch.folio, detalle: input.detalle, notaBorrada: borrada?.nota ?? null },
      },
      mensaje: borrada
        ? "Registramos su conflicto de interés: ya no califica este proyecto y su nota se borró."
        : "Registramos su conflicto de interés: no calificará este proyecto.",
    };
  },
  revalidate: (d) => ["/jurado", `/jurado/${d.eventoId}`, `/jurado/${d.eventoId}/${d.postulacionId}`, "/seguimiento/incubacion/demo-day", "/comite/seleccion"],
});
