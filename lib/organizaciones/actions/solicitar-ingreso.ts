import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoOrganizacionSolicitud } from "@/lib/mail/plantillas/organizacion-solicitud";
import { RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES } from "../correos";
import { claveSolicitudes, LIMITE_SOLICITUDES, MENSAJE_DEMASIADAS_SOLICITUDES } from "../limites";
import { bloquearFilaDeMiembro } from "../membresia";
import { solicitarIngresoSchema } from "../schema";

/** The one answer to a request, whether or not the RUT is registered. */
export const MENSAJE_SOLICITUD_ENVIADA = "Si la organización está registrada en el portal, enviamos su solicitud a sus integrantes.";
export const MENSAJE_YA_ES_INTEGRANTE = "Usted ya es integrante de esta organización.";

// An applicant asks to join a registered organisation (by its RUT), with a message for its members. The
// request stays PENDIENTE until an active member or FOSIS staff resolve it. The answer does not tell
// whether the RUT is registered nor the organisation's name: the same message when it is not (nothing is
// written), when a request or invitation is already pending (nothing is written, nobody is mailed again)
// and when the request is sent. Only an active member is told they already are one. The members' e-mail
// has fixed wording (they read who asks, and the message, in the portal): a request is not a channel to
// send an organisation's members text of one's choosing. Someone rejected before may ask again.
export const solicitarIngreso = defineAction({
  name: "organizacion.solicitarIngreso",
  schema: solicitarIngresoSchema,
  async limit({ user, consumir }) {
    if (!(await consumir(claveSolicitudes(user.id), LIMITE_SOLICITUDES))) throw new ActionError(MENSAJE_DEMASIADAS_SOLICITUDES);
  },
  async run({ input, tx, user }) {
    const org = await tx.organizacion.findUnique({
      where: { rut: input.organizacionRut },
      select: { id: true, nombre: true, rut: true, miembros: { where: { estado: "ACTIVO" }, select: { user: { select: { id: true, nombre: true, email: true } } } } },
    });
    let solicitudId: string | null = null;
    let anterior: string | null = null;
    if (org) {
      await bloquearFilaDeMiembro(tx, org.id, user.id);
      const previa = await tx.miembroOrganizacion.findUnique({
        where: { organizacionId_userId: { organizacionId: org.id, userId: user.id } },
        select: { id: true, estado: true },
      });
      if (previa?.estado === "ACTIVO") throw new ActionError(MENSAJE_YA_ES_INTEGRANTE, { organizacionRut: [MENSAJE_YA_ES_INTEGRANTE] });
      if (!previa || previa.estado === "RECHAZADO") {
        anterior = previa?.estado ?? null;
        const datos = { estado: "PENDIENTE" as const, mensaje: input.mensaje, agregadoPorId: null, resueltoEn: null, createdAt: new Date() };
        solicitudId = previa
          ? (await tx.miembroOrganizacion.update({ where: { id: previa.id }, data: datos, select: { id: true } })).id
          : (await tx.miembroOrganizacion.create({ data: { organizacionId: org.id, userId: user.id, ...datos }, select: { id: true } })).id;
        for (const { user: m } of org.miembros) {
          await encolarCorreo(tx, { para: m.email, userId: m.id }, correoOrganizacionSolicitud({ nombre: m.nombre, organizacion: org }));
        }
      }
    }
    return {
      // The same data and message in every case: nothing here tells whether the RUT is registered.
      data: { organizacionRut: input.organizacionRut },
      audit: { entidad: "MiembroOrganizacion", entidadId: solicitudId, datos: { rut: input.organizacionRut, registrada: !!org, solicitudId, anterior } },
      mensaje: MENSAJE_SOLICITUD_ENVIADA,
    };
  },
  revalidate: () => [RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES],
});
