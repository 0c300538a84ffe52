import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { publicarDesafioSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

export const publicarDesafio = defineAction({
  name: "desafio.publicar",
  schema: publicarDesafioSchema,
  async run({ input, tx, convocatoria }) {
    const d = await tx.desafio.findFirst({
      where: { id: input.id, convocatoriaId: convocatoria.id },
      select: { id: true, slug: true, _count: { select: { metricas: true } } },
    });
    if (!d) throw new ActionError("El desafío no existe.");
    // A desafío is published with its baseline: the fund learns by comparing pilots against it.
    if (input.publicar === "si" && d._count.metricas === 0) throw new ActionError("No se puede publicar un desafío sin métricas de línea base.");
    const publicar = input.publicar === "si";
    await tx.desafio.update({ where: { id: d.id }, data: { estado: publicar ? "PUBLICADO" : "BORRADOR", publicadoEn: publicar ? new Date() : null } });
    return {
      data: { id: d.id, slug: d.slug },
      audit: { entidad: "Desafio", entidadId: d.id, datos: { estado: publicar ? "PUBLICADO" : "BORRADOR" } },
      mensaje: publicar ? "Desafío publicado." : "Desafío retirado de la publicación.",
    };
  },
  revalidate: (d) => ["/admin/desafios", "/desafios", `/desafios/${d.slug}`, "/"],
  etiquetas: [ETIQUETAS.desafios],
});
