import { defineAction, type ActionBodyResult } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearFechaHora } from "@/lib/domain/formato";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoTallerConfirmada } from "@/lib/mail/plantillas/taller-confirmada";
import { correoTallerConfirmarInscripcion } from "@/lib/mail/plantillas/taller-confirmar-inscripcion";
import { correoTallerListaEspera } from "@/lib/mail/plantillas/taller-lista-espera";
import {
  claveInscripcionCorreo,
  claveInscripcionIp,
  confirmarAntesDe,
  enlaceConfirmacion,
  ESPERA_REENVIO_MS,
  hashToken,
  LIMITE_INSCRIPCION_CORREO,
  LIMITE_INSCRIPCION_IP,
  nuevoToken,
} from "../confirmacion";
import { bloquearEvento, tomarCupo } from "../cupos";
import { inscribirseSchema } from "../schema";

const YA_INSCRITO = "Este correo ya está inscrito en el taller.";

type Inscrita = { id: string; eventoId: string; estado: "POR_CONFIRMAR" | "CONFIRMADA" | "LISTA_ESPERA" };

// Anyone may register.
// - Signed in: the registration is the account's (its e-mail, whatever was typed), takes a seat at once
//   if one is free (a conditional UPDATE) or goes to the waitlist, and can be cancelled later.
// - Anonymous: the address must be proven first (double opt-in). The registration waits in POR_CONFIRMAR,
//   holding no seat, and ONE e-mail carries the link that confirms it (taller.confirmarInscripcion). Each
//   attempt is counted per connection and per address, so invented addresses cannot queue mail in bulk.
export const inscribirseTaller = defineAction({
  name: "taller.inscribirse",
  schema: inscribirseSchema,
  // Counted in the pipeline's `limit` step, before the transaction opens (see ActionDef.limit): counted
  // in the body (with `tx`, or even with the plain client while the transaction is open), the count would
  // be rolled back by the very refusal it causes, and a refused burst would cost nothing.
  async limit({ input, user, ip, consumir }) {
    if (user) return;
    // The connection first: one over its budget does not also use up the address's. Without a known
    // address, every such request shares one budget.
    if (!(await consumir(claveInscripcionIp(ip), LIMITE_INSCRIPCION_IP))) {
      throw new ActionError("Demasiadas inscripciones desde esta conexión. Intente más tarde.");
    }
    if (!(await consumir(claveInscripcionCorreo(input.email), LIMITE_INSCRIPCION_CORREO))) {
      const m = "Demasiadas inscripciones con este correo. Revise su bandeja de entrada (y la carpeta de spam) o intente mañana.";
      throw new ActionError(m, { email: [m] });
    }
  },
  async run({ input, tx, user, convocatoria }): Promise<ActionBodyResult<Inscrita>> {
    const evento = await tx.evento.findFirst({
      where: { id: input.eventoId, convocatoriaId: convocatoria.id },
      select: { id: true, titulo: true, inicio: true, lugar: true, enlace: true },
    });
    if (!evento) throw new ActionError("El taller no existe.");
    const ahora = new Date();
    if (evento.inicio.getTime() <= ahora.getTime()) throw new ActionError("Este taller ya comenzó: no admite nuevas inscripciones.");
    const email = user ? user.email.trim().toLowerCase() : input.email;

    await bloquearEvento(tx, evento.id);
    const previa = await tx.inscripcion.findUnique({
      where: { eventoId_email: { eventoId: evento.id, email } },
      select: { id: true, estado: true, createdAt: true },
    });
    if (previa && (previa.estado === "CONFIRMADA" || previa.estado === "LISTA_ESPERA")) {
      throw new ActionError(YA_INSCRITO, { email: [YA_INSCRITO] });
    }

    /** A cancelled (or unconfirmed) row with the same e-mail is reused: eventoId + email is unique. */
    async function guardar(datos: { estado: "POR_CONFIRMAR" | "CONFIRMADA" | "LISTA_ESPERA"; userId: string | null; tokenHash: string | null; confirmarAntes: Date | null; createdAt: Date }): Promise<string> {
      if (!previa) return (await tx.inscripcion.create({ data: { ...datos, eventoId: evento!.id, email, nombre: input.nombre }, select: { id: true } })).id;
      // Conditional: two reuses of the same row at once cannot both succeed.
      const { count } = await tx.inscripcion.updateMany({ where: { id: previa.id, estado: previa.estado }, data: { ...datos, nombre: input.nombre } });
      if (count !== 1) throw new ActionError(YA_INSCRITO, { email: [YA_INSCRITO] });
      return previa.id;
    }

    if (!user) {
      // No mail amplification: one link per address and taller at a time, a new one only after a while
      // (it replaces the previous link).
      if (previa?.estado === "POR_CONFIRMAR" && previa.createdAt.getTime() > ahora.getTime() - ESPERA_REENVIO_MS) {
        const m = `Ya le enviamos un correo a ${email} para confirmar esta inscripción. Abra el enlace de ese correo (revise también la carpeta de spam).`;
        throw new ActionError(m, { email: [m] });
      }
      const token = nuevoToken();
      const confirmarAntes = confirmarAntesDe(ahora, evento.inicio);
      // createdAt is when the link was sent; the queue position is set when the registration is confirmed.
      const id = await guardar({ estado: "POR_CONFIRMAR", userId: null, tokenHash: hashToken(token), confirmarAntes, createdAt: ahora });
      await encolarCorreo(tx, { para: email, userId: null }, correoTallerConfirmarInscripcion({ evento, enlace: enlaceConfirmacion(token), vence: confirmarAntes }));
      return {
        data: { id, eventoId: evento.id, estado: "POR_CONFIRMAR" },
        audit: { entidad: "Inscripcion", entidadId: id, datos: { eventoId: evento.id, estado: "POR_CONFIRMAR" } },
        mensaje: `Le enviamos un correo a ${email}. Abra el enlace para confirmar su inscripción antes del ${formatearFechaHora(confirmarAntes)}: hasta entonces no tiene un cupo reservado.`,
      };
    }

    const confirmada = await tomarCupo(tx, evento.id);
    const estado = confirmada ? ("CONFIRMADA" as const) : ("LISTA_ESPERA" as const);
    // A reused row goes to the end of the waitlist like a new one.
    const id = await guardar({ estado, userId: user.id, tokenHash: null, confirmarAntes: null, createdAt: ahora });
    const correo = confirmada ? correoTallerConfirmada({ evento, nombre: input.nombre }) : correoTallerListaEspera({ evento, nombre: input.nombre });
    await encolarCorreo(tx, { para: email, userId: user.id }, correo);
    return {
      data: { id, eventoId: evento.id, estado },
      audit: { entidad: "Inscripcion", entidadId: id, datos: { eventoId: evento.id, estado } },
      mensaje: confirmada
        ? "Inscripción confirmada. Le enviamos un correo con los detalles."
        : "No quedan cupos: quedó en la lista de espera. Le avisaremos por correo si se libera un cupo.",
    };
  },
  revalidate: (d) => ["/talleres", `/talleres/${d.eventoId}`, "/seguimiento/talleres", `/seguimiento/talleres/${d.eventoId}`],
});
