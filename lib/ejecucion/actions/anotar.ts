import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { MENSAJE_SIN_PILOTO, wherePilotosVisibles } from "../alcance";
import { anotarSchema } from "../schema";

// A follow-up note on a pilot, by its live mentor (whereMentorias: a recused mentor no longer writes) or by
// FOSIS staff; shown on the pilot's page to its team, its mentor and staff. A pilot outside the caller's
// rows answers like one that does not exist.
export const anotarSeguimiento = defineAction({
  name: "seguimiento.anotar",
  schema: anotarSchema,
  async run({ input, tx, user, convocatoria }) {
    const p = await tx.postulacion.findFirst({
      where: { id: input.postulacionId, AND: [wherePilotosVisibles(user, convocatoria.id, "seguimiento.anotar")] },
      select: { id: true, nombreProyecto: true },
    });
    if (!p) throw new ActionError(MENSAJE_SIN_PILOTO);
    const n = await tx.notaSeguimiento.create({ data: { postulacionId: p.id, autorId: user.id, texto: input.texto }, select: { id: true } });
    return {
      data: { notaId: n.id, postulacionId: p.id },
      audit: { entidad: "NotaSeguimiento", entidadId: n.id, datos: { postulacionId: p.id, largo: input.texto.length } },
      mensaje: `Nota agregada al seguimiento de «${p.nombreProyecto}».`,
    };
  },
  revalidate: (d) => [`/seguimiento/ejecucion/${d.postulacionId}`, "/mentor/pilotos", "/postulante/piloto"],
});
