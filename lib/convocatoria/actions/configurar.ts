import { defineAction } from "@/lib/actions/pipeline";
import { configuracionSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

export const configurarConvocatoria = defineAction({
  name: "convocatoria.configurar",
  schema: configuracionSchema,
  async run({ input, tx, convocatoria }) {
    await tx.convocatoria.update({ where: { id: convocatoria.id }, data: input });
    return { data: { id: convocatoria.id }, audit: { entidad: "Convocatoria", entidadId: convocatoria.id, datos: input }, mensaje: "Configuración guardada." };
  },
  revalidate: () => ["/", "/admin/convocatoria"],
  etiquetas: [ETIQUETAS.convocatoria],
});
