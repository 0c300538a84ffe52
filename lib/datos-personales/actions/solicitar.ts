import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFechaHora } from "@/lib/domain/formato";
import { venceSolicitud } from "@/lib/domain/plazos-datos";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoDatosSolicitudNueva } from "@/lib/mail/plantillas/datos-solicitud-nueva";
import { correoDatosSolicitudRecibida } from "@/lib/mail/plantillas/datos-solicitud-recibida";
import { ROLES_QUE_RESUELVEN } from "../reglas";
import { solicitarSchema } from "../schema";

// A signed-in person asks staff to rectify their data (what to correct, in `detalle`) or to erase it
// (Ley 21.719). It is answered within 30 calendar days (lib/domain/plazos-datos.ts), a deadline both sides
// see; the person gets a receipt with it and each administrator a notice (without the person's data).
// One open request per type per person: the account's row is locked first, so two clicks at once make one.
export const solicitarDatos = defineAction({
  name: "datos.solicitar",
  schema: solicitarSchema,
  async run({ input, tx, user }) {
    await tx.user.updateMany({ where: { id: user.id }, data: { updatedAt: new Date() } });
    const abierta = await tx.solicitudDatos.findFirst({ where: { userId: user.id, tipo: input.tipo, estado: "PENDIENTE" }, select: { venceEn: true } });
    if (abierta) {
      const que = input.tipo === "SUPRESION" ? "supresión" : "rectificación";
      throw new ActionError(`Ya tiene una solicitud de ${que} pendiente: el equipo FOSIS la responderá a más tardar el ${formatearFechaHora(abierta.venceEn)}.`);
    }
    const ahora = new Date();
    const venceEn = venceSolicitud(ahora);
    const s = await tx.solicitudDatos.create({ data: { userId: user.id, tipo: input.tipo, detalle: input.detalle ?? "", venceEn, createdAt: ahora }, select: { id: true } });

    await encolarCorreo(
      tx,
      { para: user.email, userId: user.id },
      correoDatosSolicitudRecibida({ nombre: user.nombre, tipo: input.tipo, recibidaEn: ahora, venceEn, enlace: urlPortal("/cuenta/datos") }),
    );
    const equipo = await tx.user.findMany({ where: { roles: { some: { rol: { in: [...ROLES_QUE_RESUELVEN] } } } }, select: { id: true, nombre: true, email: true }, orderBy: { id: "asc" } });
    for (const p of equipo) {
      await encolarCorreo(tx, { para: p.email, userId: p.id }, correoDatosSolicitudNueva({ nombre: p.nombre, tipo: input.tipo, venceEn, enlace: urlPortal("/admin/datos-personales") }));
    }
    return {
      data: { solicitudId: s.id, venceEn },
      audit: { entidad: "SolicitudDatos", entidadId: s.id, datos: { tipo: input.tipo, venceEn: venceEn.toISOString() } },
      mensaje: `Solicitud recibida. El equipo FOSIS la responderá a más tardar el ${formatearFechaHora(venceEn)}; le enviamos un comprobante por correo.`,
    };
  },
  revalidate: () => ["/cuenta/datos", "/admin/datos-personales"],
});
