import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { ETAPAS, erroresCalendario, type Etapa } from "@/lib/domain/etapas";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { calendarioSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

// Each etapa runs from 00:00 of its first day to 23:59:59 of its last day, Chilean time.
export const guardarCalendario = defineAction({
  name: "convocatoria.guardarCalendario",
  schema: calendarioSchema,
  async run({ input, tx, convocatoria }) {
    const fechas = Object.fromEntries(
      ETAPAS.map((e) => [e, { inicio: instanteEnSantiago(input.calendario[e].inicio), fin: instanteEnSantiago(input.calendario[e].fin, "23:59:59") }]),
    ) as Record<Etapa, { inicio: Date; fin: Date }>;
    const errores = erroresCalendario(fechas);
    if (errores.length) throw new ActionError("El calendario tiene errores.", { calendario: errores });
    for (const e of ETAPAS) {
      await tx.etapaCalendario.upsert({
        where: { convocatoriaId_etapa: { convocatoriaId: convocatoria.id, etapa: e } },
        create: { convocatoriaId: convocatoria.id, etapa: e, ...fechas[e] },
        update: fechas[e],
      });
    }
    return { data: { id: convocatoria.id }, audit: { entidad: "Convocatoria", entidadId: convocatoria.id, datos: { calendario: input.calendario } }, mensaje: "Calendario guardado." };
  },
  revalidate: () => ["/", "/admin/convocatoria"],
  etiquetas: [ETIQUETAS.convocatoria],
});
