import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { urlPortal } from "@/lib/config/url-portal";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoMentorRevision } from "@/lib/mail/plantillas/mentor-revision";
import { RUTA_AREA_MENTOR, RUTA_REGISTRO_MENTOR } from "../rutas";
import { revisarSchema } from "../schema";

// Staff review a registration in the mentor pool. Approving grants the MENTOR role (if the account lacks it:
// a role change ends the person's sessions, ADR 0002) and may also approve one rejected before; rejecting,
// with the reason (e-mailed and in the audit), applies only to a pending one. Either way the person is told.
export const revisarMentor = defineAction({
  name: "mentor.revisar",
  schema: revisarSchema,
  async run({ input, tx, user }) {
    const m = await tx.mentorPerfil.findUnique({
      where: { id: input.mentorPerfilId },
      select: { id: true, estado: true, userId: true, user: { select: { nombre: true, email: true, roles: { select: { rol: true } } } } },
    });
    if (!m) throw new ActionError("La inscripción no existe.");
    const aprobar = input.decision === "APROBAR";
    if (aprobar && m.estado === "APROBADO") throw new ActionError("Esta inscripción ya está aprobada.");
    if (!aprobar && m.estado !== "PENDIENTE") throw new ActionError("Solo se puede rechazar una inscripción pendiente de revisión.");
    const estado = aprobar ? "APROBADO" : "RECHAZADO";
    // Conditional on the state read: two staff members reviewing at once cannot both apply.
    const { count } = await tx.mentorPerfil.updateMany({ where: { id: m.id, estado: m.estado }, data: { estado, revisadoPorId: user.id, revisadoEn: new Date() } });
    if (count !== 1) throw new ActionError("La inscripción cambió mientras la revisaba: recargue la página.");
    const otorgaRol = aprobar && !m.user.roles.some((r) => r.rol === "MENTOR");
    if (otorgaRol) {
      await tx.userRol.create({ data: { userId: m.userId, rol: "MENTOR", otorgadoPor: user.id } });
      await tx.user.update({ where: { id: m.userId }, data: { sessionVersion: { increment: 1 } } });
    }
    const motivo = aprobar ? null : (input.motivo ?? null);
    await encolarCorreo(
      tx,
      { para: m.user.email, userId: m.userId },
      correoMentorRevision({ nombre: m.user.nombre, aprobada: aprobar, motivo, enlace: urlPortal(aprobar ? RUTA_AREA_MENTOR : RUTA_REGISTRO_MENTOR) }),
    );
    return {
      data: { id: m.id, estado },
      audit: { entidad: "MentorPerfil", entidadId: m.id, datos: { decision: input.decision, estado, motivo, otorgaRol } },
      mensaje: aprobar ? `Inscripción de ${m.user.nombre} aprobada${otorgaRol ? ": ahora tiene el rol de mentor" : ""}.` : `Inscripción de ${m.user.nombre} rechazada.`,
    };
  },
  revalidate: () => ["/seguimiento/incubacion/mentores", "/mentores/registro"],
});
