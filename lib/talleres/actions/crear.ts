import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { crearTallerSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

export const crearTaller = defineAction({
  name: "taller.crear",
  schema: crearTallerSchema,
  async run({ input, tx, user, convocatoria }) {
    // Date and time as typed are Chilean wall time.
    const inicio = instanteEnSantiago(input.fecha, `${input.hora}:00`);
    if (inicio.getTime() <= Date.now()) {
      throw new ActionError("Revise los campos marcados.", { fecha: ["El taller debe comenzar en el futuro."] });
    }
    const evento = await tx.evento.create({
      data: {
        convocatoriaId: convocatoria.id,
        tipo: input.tipo,
        titulo: input.titulo,
        descripcion: input.descripcion ?? "",
        regionCut: input.regionCut ?? null,
        inicio,
        lugar: input.lugar ?? null,
        enlace: input.enlace ?? null,
        capacidad: input.capacidad,
        creadoPorId: user.id,
      },
      select: { id: true },
    });
    return {
      data: evento,
      audit: { entidad: "Evento", entidadId: evento.id, datos: { tipo: input.tipo, titulo: input.titulo, regionCut: input.regionCut ?? null, capacidad: input.capacidad } },
      mensaje:
        input.tipo === "DEMO_DAY"
          ? "Demo day creado. Ya aparece en la lista pública de talleres; sume su jurado en Seguimiento › Incubación › Demo day."
          : "Taller creado. Ya aparece en la lista pública de talleres.",
    };
  },
  revalidate: (d) => ["/talleres", `/talleres/${d.id}`, "/seguimiento/talleres"],
  etiquetas: [ETIQUETAS.talleres],
});
