import { defineAction } from "@/lib/actions/pipeline";
import { slugify } from "@/lib/domain/slug";
import { comprobarGrupo, datosDesafio, datosMetricas } from "../persist";
import { crearDesafioSchema } from "../schema";

export const crearDesafio = defineAction({
  name: "desafio.crear",
  schema: crearDesafioSchema,
  async run({ input, tx, convocatoria }) {
    await comprobarGrupo(tx, input.grupoVulnerableId);
    const base = slugify(input.titulo);
    const usados = await tx.desafio.count({ where: { convocatoriaId: convocatoria.id, slug: { startsWith: base } } });
    const slug = usados ? `${base}-${usados + 1}` : base;
    const d = await tx.desafio.create({
      data: { ...datosDesafio(input), slug, convocatoriaId: convocatoria.id, metricas: { create: datosMetricas(input) } },
      select: { id: true, slug: true },
    });
    return { data: d, audit: { entidad: "Desafio", entidadId: d.id, datos: { titulo: input.titulo, metricas: input.metricas.length } }, mensaje: "Desafío creado como borrador." };
  },
  revalidate: () => ["/admin/desafios"],
});
