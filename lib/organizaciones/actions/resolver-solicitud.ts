import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { resuelveDisputas } from "@/lib/auth/permissions";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoOrganizacionMiembroQuitado } from "@/lib/mail/plantillas/organizacion-miembro-quitado";
import { correoOrganizacionSolicitudResuelta } from "@/lib/mail/plantillas/organizacion-solicitud-resuelta";
import { RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES } from "../correos";
import { organizacionEnAlcance } from "../alcance";
import { SOLICITUD_PENDIENTE } from "../membresia";
import { resolverSolicitudSchema } from "../schema";

export const MENSAJE_SOLICITUD_NO_ENCONTRADA = "No encontramos esa solicitud.";
const YA_RESUELTA = "Esta solicitud ya fue resuelta. Recargue la página para ver su estado.";

// A PENDIENTE request to join is approved or rejected by an active member of that organisation, or by
// FOSIS staff (any organisation). Staff may also settle a dispute: approve and remove every other active
// member, when the organisation was claimed by someone who does not act for it (written reasons, audited,
// and the people removed are told). The update is conditional on PENDIENTE, so of two people resolving at
// once exactly one wins. To anyone else the request does not exist. An INVITATION (a PENDIENTE row a
// member made) is not a request: only the invited person decides it (organizacion.aceptarInvitacion), so
// here it does not exist either, for members and staff alike.
export const resolverSolicitud = defineAction({
  name: "organizacion.resolverSolicitud",
  schema: resolverSolicitudSchema,
  async run({ input, tx, user }) {
    const s = await tx.miembroOrganizacion.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        estado: true,
        agregadoPorId: true,
        userId: true,
        user: { select: { nombre: true, email: true } },
        organizacion: { select: { id: true, nombre: true, rut: true } },
      },
    });
    const invitacion = s?.estado === "PENDIENTE" && s.agregadoPorId !== null;
    const equipo = resuelveDisputas(user.roles);
    if (!s || invitacion || !(await organizacionEnAlcance(tx, user, "organizacion.resolverSolicitud", s.organizacion.id))) {
      throw new ActionError(MENSAJE_SOLICITUD_NO_ENCONTRADA);
    }
    if (input.decision === "APROBAR_Y_QUITAR" && !equipo) {
      throw new ActionError("Solo el equipo FOSIS puede quitar a los demás integrantes de una organización.", { decision: ["Elija aprobar o rechazar."] });
    }
    if (s.estado !== "PENDIENTE") throw new ActionError(YA_RESUELTA);

    const ahora = new Date();
    const aprobada = input.decision !== "RECHAZAR";
    const { count } = await tx.miembroOrganizacion.updateMany({
      where: { id: s.id, ...SOLICITUD_PENDIENTE },
      data: { estado: aprobada ? "ACTIVO" : "RECHAZADO", resueltoEn: ahora, agregadoPorId: aprobada ? user.id : null },
    });
    if (count !== 1) throw new ActionError(YA_RESUELTA);

    const org = s.organizacion;
    const quitados =
      input.decision === "APROBAR_Y_QUITAR"
        ? await tx.miembroOrganizacion.findMany({
            where: { organizacionId: org.id, estado: "ACTIVO", NOT: { id: s.id } },
            select: { id: true, userId: true, user: { select: { nombre: true, email: true } } },
          })
        : [];
    if (quitados.length) {
      await tx.miembroOrganizacion.updateMany({ where: { id: { in: quitados.map((q) => q.id) }, estado: "ACTIVO" }, data: { estado: "RECHAZADO", resueltoEn: ahora } });
    }

    const motivos = input.motivos || null;
    await encolarCorreo(
      tx,
      { para: s.user.email, userId: s.userId },
      correoOrganizacionSolicitudResuelta({ nombre: s.user.nombre, organizacion: org, aprobada, motivos }),
    );
    for (const q of quitados) {
      await encolarCorreo(tx, { para: q.user.email, userId: q.userId }, correoOrganizacionMiembroQuitado({ nombre: q.user.nombre, organizacion: org, motivos }));
    }

    const mensaje = !aprobada
      ? `Solicitud rechazada. Le avisamos por correo a ${s.user.nombre}.`
      : quitados.length
        ? `Solicitud aprobada: ${s.user.nombre} es integrante de «${org.nombre}» y se quitó a ${quitados.length === 1 ? "1 integrante anterior" : `${quitados.length} integrantes anteriores`}. Les avisamos por correo.`
        : `Solicitud aprobada: ${s.user.nombre} es integrante de «${org.nombre}». Le avisamos por correo.`;
    return {
      data: { id: s.id, organizacionId: org.id },
      audit: {
        entidad: "MiembroOrganizacion",
        entidadId: s.id,
        datos: { organizacionId: org.id, userId: s.userId, decision: input.decision, motivos: input.motivos, comoEquipo: equipo, quitados: quitados.map((q) => q.userId) },
      },
      mensaje,
    };
  },
  revalidate: () => [RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES],
});
