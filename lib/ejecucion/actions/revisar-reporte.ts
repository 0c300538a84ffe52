import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoHitoRevisado } from "@/lib/mail/plantillas/hito-revisado";
import { MENSAJE_SIN_REPORTE, wherePilotosVisibles } from "../alcance";
import { revisarReporteSchema } from "../schema";

// FOSIS staff review a progress report awaiting review: APROBADO closes its hito (cumplidoEn), OBSERVADO
// asks for changes with the reasons (at least 10 characters); either way the team gets an e-mail. A report
// is reviewed once: the review is a conditional update of a report still ENVIADO, so two staff reviewing
// at once leave one review (and one audit entry); the other is told it was already reviewed.
export const revisarReporte = defineAction({
  name: "hito.revisarReporte",
  schema: revisarReporteSchema,
  async run({ input, tx, user, convocatoria }) {
    const r = await tx.reporteAvance.findFirst({
      where: { id: input.reporteId, tipo: "AVANCE", hitoId: { not: null }, postulacion: wherePilotosVisibles(user, convocatoria.id, "hito.revisarReporte") },
      select: {
        id: true,
        hito: { select: { id: true, titulo: true } },
        postulacion: { select: { id: true, nombreProyecto: true, postulante: { select: { id: true, nombre: true, email: true } } } },
      },
    });
    if (!r || !r.hito) throw new ActionError(MENSAJE_SIN_REPORTE);
    const ahora = new Date();
    const { count } = await tx.reporteAvance.updateMany({
      where: { id: r.id, estado: "ENVIADO" },
      data: { estado: input.decision, revisionMotivo: input.motivo, revisadoPorId: user.id, revisadoEn: ahora },
    });
    if (count !== 1) throw new ActionError("Este reporte ya fue revisado: recargue la página para ver su estado.");
    if (input.decision === "APROBADO") await tx.hito.updateMany({ where: { id: r.hito.id, cumplidoEn: null }, data: { cumplidoEn: ahora } });

    const e = r.postulacion.postulante;
    await encolarCorreo(
      tx,
      { para: e.email, userId: e.id },
      correoHitoRevisado({ nombre: e.nombre, proyecto: r.postulacion.nombreProyecto, hito: r.hito.titulo, decision: input.decision, motivo: input.motivo }),
    );
    return {
      data: { reporteId: r.id, hitoId: r.hito.id, postulacionId: r.postulacion.id, decision: input.decision },
      audit: { entidad: "ReporteAvance", entidadId: r.id, datos: { postulacionId: r.postulacion.id, hitoId: r.hito.id, decision: input.decision, motivo: input.motivo } },
      mensaje:
        input.decision === "APROBADO"
          ? `Reporte aprobado: el hito «${r.hito.titulo}» de «${r.postulacion.nombreProyecto}» quedó cumplido. Se avisó al equipo por correo.`
          : `Se pidieron cambios al reporte del hito «${r.hito.titulo}» de «${r.postulacion.nombreProyecto}». Se avisó al equipo por correo.`,
    };
  },
  revalidate: (d) => ["/seguimiento/ejecucion", `/seguimiento/ejecucion/${d.postulacionId}`, "/postulante/piloto", "/mentor/pilotos"],
});
