import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoOrganizacionInvitacion } from "@/lib/mail/plantillas/organizacion-invitacion";
import { RUTA_MIS_ORGANIZACIONES } from "../correos";
import { claveInvitaciones, LIMITE_INVITACIONES, MENSAJE_DEMASIADAS_INVITACIONES } from "../limites";
import { organizacionEnAlcance } from "../alcance";
import { bloquearFilaDeMiembro } from "../membresia";
import { agregarMiembroSchema } from "../schema";

export const MENSAJE_ORGANIZACION_NO_ENCONTRADA = "No encontramos esa organización.";
/** The one answer to every invitation by a member, whether or not the e-mail has an account. */
export const MENSAJE_INVITACION = "Si hay una cuenta con ese correo, le enviamos la invitación.";

// An active member INVITES an account to their organisation, by its e-mail: the invited person becomes a
// member only if they accept (organizacion.aceptarInvitacion). The member learns nothing about the
// e-mail: the answer is the same whether it has an account or not, whether that account holds POSTULANTE
// (only applicants can be invited; staff accounts never are), is already a member, or was already invited
// or asked to join; an invitation is written, and mailed, only to a POSTULANTE account with no pending or
// active row (a rejected or declined one is invited again). The e-mail has fixed wording: the organisation's
// declared name appears only quoted and labelled, and nothing the member typed. To anyone but an active
// member the organisation does not exist.
export const agregarMiembro = defineAction({
  name: "organizacion.agregarMiembro",
  schema: agregarMiembroSchema,
  async limit({ user, consumir }) {
    if (!(await consumir(claveInvitaciones(user.id), LIMITE_INVITACIONES))) throw new ActionError(MENSAJE_DEMASIADAS_INVITACIONES);
  },
  async run({ input, tx, user }) {
    const org = await tx.organizacion.findUnique({ where: { id: input.organizacionId }, select: { id: true, nombre: true, rut: true } });
    if (!org || !(await organizacionEnAlcance(tx, user, "organizacion.agregarMiembro", org.id))) throw new ActionError(MENSAJE_ORGANIZACION_NO_ENCONTRADA);

    const persona = await tx.user.findFirst({
      where: { email: input.email, roles: { some: { rol: "POSTULANTE" } } },
      select: { id: true, nombre: true, email: true },
    });
    let invitacionId: string | null = null;
    if (persona) {
      await bloquearFilaDeMiembro(tx, org.id, persona.id);
      const previa = await tx.miembroOrganizacion.findUnique({
        where: { organizacionId_userId: { organizacionId: org.id, userId: persona.id } },
        select: { id: true, estado: true },
      });
      if (!previa || previa.estado === "RECHAZADO") {
        const datos = { estado: "PENDIENTE" as const, agregadoPorId: user.id, mensaje: "", resueltoEn: null, createdAt: new Date() };
        invitacionId = previa
          ? (await tx.miembroOrganizacion.update({ where: { id: previa.id }, data: datos, select: { id: true } })).id
          : (await tx.miembroOrganizacion.create({ data: { organizacionId: org.id, userId: persona.id, ...datos }, select: { id: true } })).id;
        await encolarCorreo(tx, { para: persona.email, userId: persona.id }, correoOrganizacionInvitacion({ nombre: persona.nombre, organizacion: org }));
      }
    }
    return {
      // The same data and message in every case: nothing here tells whether the e-mail has an account.
      data: { organizacionId: org.id },
      audit: { entidad: "Organizacion", entidadId: org.id, datos: { invitacionId, invitadoId: invitacionId ? persona!.id : null } },
      mensaje: MENSAJE_INVITACION,
    };
  },
  revalidate: () => [RUTA_MIS_ORGANIZACIONES],
});
