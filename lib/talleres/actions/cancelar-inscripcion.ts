import { defineAction } from "@/lib/actions/pipeline";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { ActionError } from "@/lib/actions/result";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoTallerPromovida } from "@/lib/mail/plantillas/taller-promovida";
import { whereInscripciones } from "../alcance";
import { bloquearEvento, liberarCupo, tomarCupo } from "../cupos";
import { cancelarInscripcionSchema } from "../schema";

const NO_EXISTE = "La inscripción no existe o ya fue cancelada.";

// Cancels the caller's own registration (the scope, lib/talleres/alcance.ts, is part of every WHERE). A
// confirmed seat freed this way goes to the oldest waitlisted registration, who is told by e-mail. A
// registration still waiting for its e-mail confirmation (POR_CONFIRMAR) holds no seat: cancelling it
// frees none, and its link dies.
export const cancelarInscripcion = defineAction({
  name: "taller.cancelarInscripcion",
  schema: cancelarInscripcionSchema,
  async run({ input, tx, user, convocatoria }) {
    const propia = { id: input.inscripcionId, evento: { convocatoriaId: convocatoria.id }, AND: [whereInscripciones(user, "taller.cancelarInscripcion")] };
    const vigente = { in: ["CONFIRMADA" as const, "LISTA_ESPERA" as const, "POR_CONFIRMAR" as const] };
    const encontrada = await tx.inscripcion.findFirst({ where: { ...propia, estado: vigente }, select: { eventoId: true } });
    if (!encontrada) throw new ActionError(NO_EXISTE);
    // The event's lock first (see cupos.ts), then the registration's state as it is now: a cancellation
    // that ran meanwhile may have promoted it.
    await bloquearEvento(tx, encontrada.eventoId);
    const ins = await tx.inscripcion.findFirst({
      where: { ...propia, estado: vigente },
      select: { id: true, estado: true, evento: { select: { id: true, titulo: true, inicio: true, lugar: true, enlace: true } } },
    });
    if (!ins) throw new ActionError(NO_EXISTE);
    const evento = ins.evento;
    const { count } = await tx.inscripcion.updateMany({ where: { ...propia, estado: ins.estado }, data: { estado: "CANCELADA", tokenHash: null, confirmarAntes: null } });
    if (count !== 1) throw new ActionError(NO_EXISTE);

    let promovida: string | null = null;
    if (ins.estado === "CONFIRMADA") {
      await liberarCupo(tx, evento.id);
      // The seat goes to whoever has waited longest (only while the event has not started).
      if (evento.inicio.getTime() > Date.now()) {
        const siguiente = await tx.inscripcion.findFirst({
          where: { eventoId: evento.id, estado: "LISTA_ESPERA" },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, nombre: true, email: true, userId: true },
        });
        if (siguiente && (await tomarCupo(tx, evento.id))) {
          await tx.inscripcion.update({ where: { id: siguiente.id }, data: { estado: "CONFIRMADA" } });
          await encolarCorreo(tx, { para: siguiente.email, userId: siguiente.userId }, correoTallerPromovida({ evento, nombre: siguiente.nombre }));
          promovida = siguiente.id;
        }
      }
    }
    return {
      data: { id: ins.id, eventoId: evento.id },
      audit: { entidad: "Inscripcion", entidadId: ins.id, datos: { eventoId: evento.id, estadoAnterior: ins.estado, promovida } },
      mensaje: "Su inscripción fue cancelada.",
    };
  },
  revalidate: (d) => ["/talleres", `/talleres/${d.eventoId}`, "/seguimiento/talleres", `/seguimiento/talleres/${d.eventoId}`],
  // Seats taken or freed: the public lists and the taller's page show them (the filtered lists are other routes).
  etiquetas: [ETIQUETAS.talleres],
});
