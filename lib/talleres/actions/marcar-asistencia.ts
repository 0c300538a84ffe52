import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { whereInscripciones } from "../alcance";
import { marcarAsistenciaSchema } from "../schema";

export const marcarAsistencia = defineAction({
  name: "taller.marcarAsistencia",
  schema: marcarAsistenciaSchema,
  async run({ input, tx, user, convocatoria }) {
    const ins = await tx.inscripcion.findFirst({
      where: { id: input.inscripcionId, evento: { convocatoriaId: convocatoria.id }, AND: [whereInscripciones(user, "taller.marcarAsistencia")] },
      select: { id: true, estado: true, eventoId: true },
    });
    if (!ins) throw new ActionError("La inscripción no existe.");
    if (ins.estado === "CANCELADA") throw new ActionError("Esta inscripción fue cancelada: no se registra su asistencia.");
    if (ins.estado === "POR_CONFIRMAR") throw new ActionError("Esta inscripción aún no fue confirmada por correo: no se registra su asistencia.");
    const datos = { presente: input.presente, marcadaPorId: user.id, marcadaEn: new Date() };
    await tx.asistencia.upsert({ where: { inscripcionId: ins.id }, create: { ...datos, inscripcionId: ins.id }, update: datos });
    return {
      data: { id: ins.id, eventoId: ins.eventoId, presente: input.presente },
      audit: { entidad: "Inscripcion", entidadId: ins.id, datos: { eventoId: ins.eventoId, presente: input.presente } },
      mensaje: input.presente ? "Asistencia registrada: presente." : "Asistencia registrada: ausente.",
    };
  },
  revalidate: (d) => ["/seguimiento/talleres", `/seguimiento/talleres/${d.eventoId}`],
});
