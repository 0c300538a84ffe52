import { defineAction } from "@/lib/actions/pipeline";
import { slugify } from "@/lib/domain/slug";
import { comprobarGrupo, datosDesafio, datosMetricas } from "../persist";
import { crearDesafioSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

export const crearDesafio = defineAction({
  name: "desafio.crear",
  schema: crearDesafioSchema,
  async run({ input, tx, convocatoria }) {
    await comprobarGrupo(tx, input.grupoVulnerableId);
    const base = slugify(input.titulo);
    // The first free one of base, base-2, base-3…: counting the slugs that start with `base` could
    // land on one already taken ("empleo-rural-3" from the title "Empleo rural 3").
    const usados = new Set(
      (await tx.desafio.findMany({ where: { convocatoriaId: convocatoria.id, slug: { startsWith: base } }, select: { slug: true } })).map((d) => d.slug),
    );
    let slug = base;
    for (let n = 2; usados.has(slug); n++) slug = `${base}-${n}`;
    const d = await tx.desafio.create({
      data: { ...datosDesafio(input), slug, convocatoriaId: convocatoria.id, metricas: { create: datosMetricas(input) } },
      select: { id: true, slug: true },
    });
    return { data: d, audit: { entidad: "Desafio", entidadId: d.id, datos: { titulo: input.titulo, metricas: input.metricas.length } }, mensaje: "Desafío creado como borrador." };
  },
  revalidate: () => ["/admin/desafios"],
  etiquetas: [ETIQUETAS.desafios],
});
