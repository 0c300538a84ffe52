import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { urlPortal } from "@/lib/config/url-portal";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoSistematizacionRevisada } from "@/lib/mail/plantillas/sistematizacion-revisada";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { exigirPiloto } from "../piloto";
import { MENSAJE_NO_REVISABLE, revisarSistematizacionSchema } from "../schema";

// Staff review a sent final report: APROBAR publishes it (aprobadaEn, publicadaEn: the public learning
// repository shows it from then on); OBSERVAR sends it back to the team with the reasons, to edit and send
// again. Only a sent report is reviewed, once per sending (a conditional write: of two reviewers at the same
// instant, one wins). The team is told by e-mail either way.
export const revisarSistematizacion = defineAction({
  name: "sistematizacion.revisar",
  schema: revisarSistematizacionSchema,
  async run({ input, tx, user, convocatoria }) {
    const ahora = new Date();
    const p = await exigirPiloto(tx, convocatoria.id, input.id, wherePostulaciones(user, "sistematizacion.revisar"));
    const aprobar = input.decision === "APROBAR";
    const { count } = await tx.sistematizacion.updateMany({
      where: { postulacionId: p.id, estado: "ENVIADA" },
      data: aprobar
        ? { estado: "APROBADA", aprobadaEn: ahora, publicadaEn: ahora, revisadoPorId: user.id, revisionMotivo: input.motivo }
        : { estado: "OBSERVADA", revisadoPorId: user.id, revisionMotivo: input.motivo },
    });
    if (count !== 1) throw new ActionError(MENSAJE_NO_REVISABLE);
    const fila = await tx.sistematizacion.findUniqueOrThrow({ where: { postulacionId: p.id }, select: { id: true } });
    await encolarCorreo(
      tx,
      { para: p.postulante.email, userId: p.postulante.id },
      correoSistematizacionRevisada({
        nombre: p.postulante.nombre,
        proyecto: p.nombreProyecto,
        aprobada: aprobar,
        motivo: input.motivo || null,
        enlace: urlPortal("/postulante/piloto/informe"),
      }),
    );
    return {
      data: { id: p.id, estado: aprobar ? ("APROBADA" as const) : ("OBSERVADA" as const) },
      audit: { entidad: "Sistematizacion", entidadId: fila.id, datos: { postulacionId: p.id, decision: input.decision, motivo: input.motivo } },
      mensaje: aprobar
        ? "Informe final aprobado: ya aparece en el repositorio público de aprendizajes. Avisamos al equipo por correo."
        : "Observaciones enviadas: el equipo recibió el motivo por correo y puede corregir el informe y enviarlo de nuevo.",
    };
  },
  revalidate: () => ["/postulante/piloto/informe", "/seguimiento/ejecucion/informes"],
  etiquetas: [ETIQUETAS.aprendizajes],
});
