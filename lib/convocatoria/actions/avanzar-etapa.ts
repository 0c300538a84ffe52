import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { evaluarAvance, NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { leerResumen } from "../resumen";
import { avanceSchema } from "../schema";

// `desde` is the etapa the admin saw: two admins clicking at once advance it once, not twice.
export const avanzarEtapa = defineAction({
  name: "convocatoria.avanzarEtapa",
  schema: avanceSchema,
  async run({ input, tx, convocatoria }) {
    if (convocatoria.etapaActual !== input.desde) {
      throw new ActionError(`La convocatoria ya no está en ${NOMBRE_ETAPA[input.desde]}: recargue la página.`);
    }
    const evaluacion = evaluarAvance(await leerResumen(tx, convocatoria.id));
    if (!evaluacion.puede) throw new ActionError("No se cumplen las condiciones para avanzar.", { _form: evaluacion.faltantes });
    const { count } = await tx.convocatoria.updateMany({
      where: { id: convocatoria.id, etapaActual: input.desde },
      data: { etapaActual: evaluacion.hacia },
    });
    if (count !== 1) throw new ActionError("La etapa cambió mientras se procesaba la solicitud: recargue la página.");
    return {
      data: { etapa: evaluacion.hacia },
      audit: { entidad: "Convocatoria", entidadId: convocatoria.id, datos: { desde: input.desde, hacia: evaluacion.hacia } },
      mensaje: `La convocatoria pasó a la etapa ${NOMBRE_ETAPA[evaluacion.hacia]}.`,
    };
  },
  revalidate: () => ["/", "/admin/convocatoria", "/desafios"],
});
