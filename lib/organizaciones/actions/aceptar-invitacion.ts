import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES } from "../correos";
import { INVITACION_PENDIENTE } from "../membresia";
import { aceptarInvitacionSchema } from "../schema";

export const MENSAJE_INVITACION_NO_ENCONTRADA = "No encontramos esa invitación. Recargue la página para ver sus invitaciones pendientes.";

// The invited person, and nobody else, accepts (becomes an ACTIVO member) or declines (RECHAZADO) an
// invitation a member made (organizacion.agregarMiembro). The update is conditional on the row being a
// pending invitation OF THIS ACCOUNT, so a member, the inviter or staff cannot answer for them, and two
// answers at once leave exactly one. To anyone else the invitation does not exist. Nobody is mailed: a
// decline would tell the inviter that the e-mail has an account; an acceptance shows in the member list.
export const aceptarInvitacion = defineAction({
  name: "organizacion.aceptarInvitacion",
  schema: aceptarInvitacionSchema,
  async run({ input, tx, user }) {
    const acepta = input.respuesta === "ACEPTAR";
    const { count } = await tx.miembroOrganizacion.updateMany({
      where: { id: input.id, userId: user.id, ...INVITACION_PENDIENTE },
      data: { estado: acepta ? "ACTIVO" : "RECHAZADO", resueltoEn: new Date() },
    });
    if (count !== 1) throw new ActionError(MENSAJE_INVITACION_NO_ENCONTRADA);
    const fila = await tx.miembroOrganizacion.findUniqueOrThrow({
      where: { id: input.id },
      select: { organizacionId: true, agregadoPorId: true, organizacion: { select: { nombre: true } } },
    });
    return {
      data: { id: input.id, organizacionId: fila.organizacionId },
      audit: { entidad: "MiembroOrganizacion", entidadId: input.id, datos: { organizacionId: fila.organizacionId, respuesta: input.respuesta, invitadoPor: fila.agregadoPorId } },
      mensaje: acepta
        ? `Ahora es integrante de «${fila.organizacion.nombre}»: ya puede enviar perfiles a su nombre.`
        : `Rechazó la invitación a «${fila.organizacion.nombre}». No es integrante de esa organización.`,
    };
  },
  revalidate: () => [RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES],
});
