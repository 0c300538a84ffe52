import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { resuelveDisputas } from "@/lib/auth/permissions";
import { formatearRut } from "@/lib/domain/rut";
import { encolarCorreo } from "@/lib/mail/outbox";
import { enlacePortal, RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES } from "../correos";
import { bloquearMembresiaActiva } from "../membresia";
import { resolverSolicitudSchema } from "../schema";

export const MENSAJE_SOLICITUD_NO_ENCONTRADA = "No encontramos esa solicitud.";
const YA_RESUELTA = "Esta solicitud ya fue resuelta. Recargue la página para ver su estado.";

// A PENDIENTE request to join is approved or rejected by an active member of that organisation, or by
// FOSIS staff (any organisation). Staff may also settle a dispute: approve and remove every other active
// member, when the organisation was claimed by someone who does not act for it (written reasons, audited,
// and the people removed are told). The update is conditional on PENDIENTE, so of two people resolving at
// once exactly one wins. To anyone else the request does not exist.
export const resolverSolicitud = defineAction({
  name: "organizacion.resolverSolicitud",
  schema: resolverSolicitudSchema,
  async run({ input, tx, user }) {
    const s = await tx.miembroOrganizacion.findUnique({
      where: { id: input.id },
      select: { id: true, estado: true, userId: true, user: { select: { nombre: true, email: true } }, organizacion: { select: { id: true, nombre: true, rut: true } } },
    });
    const equipo = resuelveDisputas(user!.roles);
    if (!s || (!equipo && !(await bloquearMembresiaActiva(tx, s.organizacion.id, user!.id)))) throw new ActionError(MENSAJE_SOLICITUD_NO_ENCONTRADA);
    if (input.decision === "APROBAR_Y_QUITAR" && !equipo) {
      throw new ActionError("Solo el equipo FOSIS puede quitar a los demás integrantes de una organización.", { decision: ["Elija aprobar o rechazar."] });
    }
    if (s.estado !== "PENDIENTE") throw new ActionError(YA_RESUELTA);

    const ahora = new Date();
    const aprobada = input.decision !== "RECHAZAR";
    const { count } = await tx.miembroOrganizacion.updateMany({
      where: { id: s.id, estado: "PENDIENTE" },
      data: { estado: aprobada ? "ACTIVO" : "RECHAZADO", resueltoEn: ahora, agregadoPorId: aprobada ? user!.id : null },
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

    const motivos = input.motivos ? ["", "Motivos:", input.motivos] : [];
    await encolarCorreo(tx, {
      para: s.user.email,
      userId: s.userId,
      asunto: `Fondo IDEA: su solicitud para unirse a ${org.nombre} fue ${aprobada ? "aprobada" : "rechazada"}`,
      cuerpo: [
        `Hola ${s.user.nombre}:`,
        "",
        aprobada
          ? `Su solicitud para unirse a la organización «${org.nombre}» (RUT ${formatearRut(org.rut)}) fue aprobada. Ya puede enviar perfiles a su nombre.`
          : `Su solicitud para unirse a la organización «${org.nombre}» (RUT ${formatearRut(org.rut)}) fue rechazada.`,
        ...motivos,
        "",
        `Vea sus organizaciones en «Mis organizaciones»: ${enlacePortal(RUTA_MIS_ORGANIZACIONES)}`,
        "",
        "Fondo IDEA · FOSIS",
      ].join("\n"),
    });
    for (const q of quitados) {
      await encolarCorreo(tx, {
        para: q.user.email,
        userId: q.userId,
        asunto: `Fondo IDEA: ya no es integrante de ${org.nombre}`,
        cuerpo: [
          `Hola ${q.user.nombre}:`,
          "",
          `El equipo FOSIS revisó quién actúa por la organización «${org.nombre}» (RUT ${formatearRut(org.rut)}) y le quitó como integrante: ya no puede enviar perfiles a su nombre.`,
          ...motivos,
          "",
          "Si cree que es un error, responda a este correo.",
          "",
          "Fondo IDEA · FOSIS",
        ].join("\n"),
      });
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
