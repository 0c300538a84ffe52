import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { comprobarGrupo, datosDesafio, datosMetricas } from "../persist";
import { editarDesafioSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

export const editarDesafio = defineAction({
  name: "desafio.editar",
  schema: editarDesafioSchema,
  async run({ input, tx, convocatoria }) {
    const actual = await tx.desafio.findFirst({ where: { id: input.id, convocatoriaId: convocatoria.id }, select: { id: true, slug: true } });
    if (!actual) throw new ActionError("El desafío no existe.");
    await comprobarGrupo(tx, input.grupoVulnerableId);
    await tx.metricaLineaBase.deleteMany({ where: { desafioId: actual.id } });
    await tx.desafio.update({ where: { id: actual.id }, data: { ...datosDesafio(input), metricas: { create: datosMetricas(input) } } });
    return { data: actual, audit: { entidad: "Desafio", entidadId: actual.id, datos: { titulo: input.titulo, metricas: input.metricas.length } }, mensaje: "Cambios guardados." };
  },
  revalidate: (d) => ["/admin/desafios", "/desafios", `/desafios/${d.slug}`, "/"],
  etiquetas: [ETIQUETAS.desafios],
});
