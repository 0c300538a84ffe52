import { defineAction, type ActionBodyResult } from "@/lib/actions/pipeline";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { ActionError } from "@/lib/actions/result";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoTallerConfirmada } from "@/lib/mail/plantillas/taller-confirmada";
import { correoTallerListaEspera } from "@/lib/mail/plantillas/taller-lista-espera";
import { hashToken } from "../confirmacion";
import { bloquearEvento, tomarCupo } from "../cupos";
import { confirmarInscripcionSchema } from "../schema";

/** Unknown, replaced by a newer link, cancelled, or already used. */
export const MENSAJE_ENLACE_NO_VALIDO =
  "Este enlace de confirmación no es válido o ya se usó. Si ya confirmó su inscripción, le enviamos un correo con los detalles; si no, inscríbase de nuevo desde la página del taller.";
export const MENSAJE_ENLACE_VENCIDO = "Este enlace de confirmación venció. Inscríbase de nuevo desde la página del taller.";

type Confirmada = { id: string; eventoId: string; estado: "CONFIRMADA" | "LISTA_ESPERA" };

// The second half of an anonymous registration (taller.inscribirse): the person opened the link mailed
// to the address and pressed the button (a POST: opening the link, as mail scanners do, confirms
// nothing). The seat is taken now, exactly as a signed-in registration takes it, and the queue position
// is the confirmation's time.
export const confirmarInscripcion = defineAction({
  name: "taller.confirmarInscripcion",
  schema: confirmarInscripcionSchema,
  async run({ input, tx, user, convocatoria }): Promise<ActionBodyResult<Confirmada>> {
    const tokenHash = hashToken(input.token);
    const donde = { tokenHash, estado: "POR_CONFIRMAR" as const, evento: { convocatoriaId: convocatoria.id } };
    const ins = await tx.inscripcion.findFirst({
      where: donde,
      select: { id: true, nombre: true, email: true, confirmarAntes: true, evento: { select: { id: true, titulo: true, inicio: true, lugar: true, enlace: true } } },
    });
    if (!ins) throw new ActionError(MENSAJE_ENLACE_NO_VALIDO);
    const ahora = new Date();
    if (!ins.confirmarAntes || ins.confirmarAntes.getTime() <= ahora.getTime() || ins.evento.inicio.getTime() <= ahora.getTime()) {
      throw new ActionError(MENSAJE_ENLACE_VENCIDO);
    }
    const evento = ins.evento;

    // The event's lock first (see cupos.ts); the conditional UPDATE below then finds the row still
    // waiting only once, so confirming twice at the same time takes one seat (the loser rolls back).
    await bloquearEvento(tx, evento.id);
    const confirmada = await tomarCupo(tx, evento.id);
    const estado = confirmada ? ("CONFIRMADA" as const) : ("LISTA_ESPERA" as const);
    // Signed in with that same address: the registration becomes the account's (it can cancel it).
    const propia = user && user.email.trim().toLowerCase() === ins.email ? user.id : null;
    const { count } = await tx.inscripcion.updateMany({
      where: { id: ins.id, tokenHash, estado: "POR_CONFIRMAR" },
      // The hash stays: opening the link again shows the registration's state instead of "not valid"
      // (the action above only acts on POR_CONFIRMAR, so it cannot confirm twice). Cancelling clears it.
      data: { estado, confirmarAntes: null, createdAt: ahora, ...(propia ? { userId: propia } : {}) },
    });
    if (count !== 1) throw new ActionError(MENSAJE_ENLACE_NO_VALIDO);

    const correo = confirmada ? correoTallerConfirmada({ evento, nombre: ins.nombre }) : correoTallerListaEspera({ evento, nombre: ins.nombre });
    await encolarCorreo(tx, { para: ins.email, userId: propia }, correo);
    return {
      data: { id: ins.id, eventoId: evento.id, estado },
      audit: { entidad: "Inscripcion", entidadId: ins.id, datos: { eventoId: evento.id, estado } },
      mensaje: confirmada
        ? "Inscripción confirmada. Le enviamos un correo con los detalles."
        : "No quedan cupos: quedó en la lista de espera. Le avisaremos por correo si se libera un cupo.",
    };
  },
  revalidate: (d) => ["/talleres", `/talleres/${d.eventoId}`, "/seguimiento/talleres", `/seguimiento/talleres/${d.eventoId}`],
  // Seats taken or freed: the public lists and the taller's page show them (the filtered lists are other routes).
  etiquetas: [ETIQUETAS.talleres],
});
