import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { NOMBRE_HELICE } from "@/lib/domain/demo-day";
import { nombreRegion } from "@/lib/domain/regiones";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoJuradoAsignado } from "@/lib/mail/plantillas/jurado-asignado";
import { asignarJuradoSchema } from "../schema";

export const MENSAJE_EVENTO_NO_EXISTE = "No encontramos ese evento.";
export const MENSAJE_NO_ES_DEMO_DAY = "Ese evento no es un demo day: el jurado solo se suma a un demo day.";
export const MENSAJE_SIN_CUENTA = "No hay una cuenta con ese correo. Pida a la persona que cree su cuenta en el portal y vuelva a intentarlo.";

// The FOSIS team adds a person (an existing account, by its e-mail) to the jury of a regional demo day of
// the current convocatoria, tagged with their helix (Estado, academia, empresa, sociedad civil); the
// account gets the JURADO role if it lacks it, and an e-mail with the event and the link to its pitches.
// A juror already on the jury keeps their place: only their helix changes (no second e-mail).
export const asignarJurado = defineAction({
  name: "demoDay.asignarJurado",
  schema: asignarJuradoSchema,
  async run({ input, tx, user, convocatoria }) {
    const evento = await tx.evento.findFirst({
      where: { id: input.eventoId, convocatoriaId: convocatoria.id },
      select: { id: true, tipo: true, titulo: true, inicio: true, lugar: true, enlace: true, regionCut: true },
    });
    if (!evento) throw new ActionError(MENSAJE_EVENTO_NO_EXISTE);
    if (evento.tipo !== "DEMO_DAY") throw new ActionError(MENSAJE_NO_ES_DEMO_DAY);

    const persona = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } } });
    if (!persona) throw new ActionError("Revise los campos marcados.", { email: [MENSAJE_SIN_CUENTA] });

    const previo = await tx.juradoDemoDay.findUnique({ where: { eventoId_juradoId: { eventoId: evento.id, juradoId: persona.id } }, select: { id: true, helice: true } });
    if (previo && previo.helice === input.helice) {
      throw new ActionError(`${persona.nombre} ya integra este jurado por la hélice ${NOMBRE_HELICE[input.helice]}.`);
    }
    const jurado = previo
      ? await tx.juradoDemoDay.update({ where: { id: previo.id }, data: { helice: input.helice }, select: { id: true } })
      : await tx.juradoDemoDay.create({ data: { eventoId: evento.id, juradoId: persona.id, helice: input.helice }, select: { id: true } });

    const otorgaRol = !persona.roles.some((r) => r.rol === "JURADO");
    if (otorgaRol) await tx.userRol.create({ data: { userId: persona.id, rol: "JURADO", otorgadoPor: user.id } });
    if (!previo) {
      await encolarCorreo(
        tx,
        { para: persona.email, userId: persona.id },
        correoJuradoAsignado({
          nombre: persona.nombre,
          helice: input.helice,
          evento: { id: evento.id, titulo: evento.titulo, inicio: evento.inicio, lugar: evento.lugar, enlace: evento.enlace, region: evento.regionCut ? nombreRegion(evento.regionCut) : null },
        }),
      );
    }
    return {
      data: { juradoDemoDayId: jurado.id, eventoId: evento.id, juradoId: persona.id },
      audit: {
        entidad: "JuradoDemoDay",
        entidadId: jurado.id,
        datos: { eventoId: evento.id, juradoId: persona.id, helice: input.helice, heliceAnterior: previo?.helice ?? null, rolOtorgado: otorgaRol },
      },
      mensaje: previo
        ? `${persona.nombre} ahora integra el jurado por la hélice ${NOMBRE_HELICE[input.helice]}.`
        : `${persona.nombre} se sumó al jurado por la hélice ${NOMBRE_HELICE[input.helice]}; le enviamos un correo con el enlace a sus proyectos.`,
    };
  },
  revalidate: (d) => ["/seguimiento/incubacion/demo-day", "/jurado", `/jurado/${d.eventoId}`],
});
