import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoConfirmada, correoListaEspera } from "../correos";
import { bloquearEvento, tomarCupo } from "../cupos";
import { inscribirseSchema } from "../schema";

// Anyone may register (signed in or not). The seat is taken with a conditional UPDATE: if none is free,
// the registration goes to the waitlist. A signed-in person's registration is linked to the account, so
// they can cancel it later.
export const inscribirseTaller = defineAction({
  name: "taller.inscribirse",
  schema: inscribirseSchema,
  async run({ input, tx, user, convocatoria }) {
    const evento = await tx.evento.findFirst({
      where: { id: input.eventoId, convocatoriaId: convocatoria.id },
      select: { id: true, titulo: true, inicio: true, lugar: true, enlace: true },
    });
    if (!evento) throw new ActionError("El taller no existe.");
    if (evento.inicio.getTime() <= Date.now()) throw new ActionError("Este taller ya comenzó: no admite nuevas inscripciones.");

    await bloquearEvento(tx, evento.id);
    const previa = await tx.inscripcion.findUnique({
      where: { eventoId_email: { eventoId: evento.id, email: input.email } },
      select: { id: true, estado: true },
    });
    if (previa && previa.estado !== "CANCELADA") {
      throw new ActionError("Este correo ya está inscrito en el taller.", { email: ["Este correo ya está inscrito en el taller."] });
    }

    const confirmada = await tomarCupo(tx, evento.id);
    const estado = confirmada ? ("CONFIRMADA" as const) : ("LISTA_ESPERA" as const);
    const datos = { nombre: input.nombre, estado, userId: user?.id ?? null };
    // A cancelled registration with the same e-mail is reused (eventoId + email is unique); it goes to
    // the end of the waitlist like a new one.
    let inscripcion: { id: string };
    if (previa) {
      // Conditional: two reuses of the same cancelled row at once cannot both take a seat.
      const { count } = await tx.inscripcion.updateMany({ where: { id: previa.id, estado: "CANCELADA" }, data: { ...datos, createdAt: new Date() } });
      if (count !== 1) throw new ActionError("Este correo ya está inscrito en el taller.", { email: ["Este correo ya está inscrito en el taller."] });
      inscripcion = { id: previa.id };
    } else {
      inscripcion = await tx.inscripcion.create({ data: { ...datos, eventoId: evento.id, email: input.email }, select: { id: true } });
    }

    const correo = confirmada ? correoConfirmada(evento, input.nombre) : correoListaEspera(evento, input.nombre);
    await encolarCorreo(tx, { para: input.email, ...correo, userId: user?.id ?? null });
    return {
      data: { id: inscripcion.id, eventoId: evento.id, estado },
      audit: { entidad: "Inscripcion", entidadId: inscripcion.id, datos: { eventoId: evento.id, estado } },
      mensaje: confirmada
        ? "Inscripción confirmada. Le enviamos un correo con los detalles."
        : "No quedan cupos: quedó en la lista de espera. Le avisaremos por correo si se libera un cupo.",
    };
  },
  revalidate: (d) => ["/talleres", `/talleres/${d.eventoId}`, "/seguimiento/talleres", `/seguimiento/talleres/${d.eventoId}`],
});
