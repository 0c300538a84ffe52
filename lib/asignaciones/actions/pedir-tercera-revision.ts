import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { evaluacionesRequeridas } from "@/lib/domain/etapas";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { asignarPendientes, mensajeInfactible } from "../asignar";
import { pedirTerceraRevisionSchema } from "../schema";
import { exigirPerfilFueraDeActa } from "@/lib/seleccion/congelamiento";

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

// Staff ask one more evaluation of a perfil whose evaluations are all in (e.g. its evaluators disagree):
// one more eligible evaluator is assigned (motivo TERCERA_REVISION) and e-mailed; the perfil then needs
// that evaluation too before the etapa may end.
export const pedirTerceraRevision = defineAction({
  name: "evaluacion.pedirTerceraRevision",
  schema: pedirTerceraRevisionSchema,
  async run({ input, tx, user, convocatoria }) {
    const perfil = await tx.postulacion.findFirst({
      where: { id: input.postulacionId, convocatoriaId: convocatoria.id, AND: [wherePostulaciones(user, "evaluacion.pedirTerceraRevision")] },
      select: {
        id: true,
        estado: true,
        folio: true,
        convocatoria: { select: { evaluadoresPorPerfil: true } },
        asignaciones: { select: { motivo: true, recusadaEn: true, evaluacion: { select: { enviadaEn: true } } } },
      },
    });
    if (!perfil) throw new ActionError("El perfil no existe.");
    if (perfil.estado !== "ADMISIBLE") throw new ActionError("Solo se pide una tercera revisión de un perfil admisible en evaluación.");
    await exigirPerfilFueraDeActa(tx, convocatoria, perfil.id);
    const terceras = perfil.asignaciones.filter((a) => a.motivo === "TERCERA_REVISION").length;
    const requeridas = evaluacionesRequeridas(perfil.convocatoria.evaluadoresPorPerfil, terceras);
    const enviadas = perfil.asignaciones.filter((a) => a.recusadaEn === null && a.evaluacion?.enviadaEn).length;
    if (enviadas < requeridas) {
      throw new ActionError(
        terceras > 0 && enviadas >= requeridas - terceras
          ? "Ya se pidió una revisión más de este perfil y aún no se envía: espere esa evaluación antes de pedir otra."
          : `El perfil tiene ${plural(enviadas, "evaluación enviada", "evaluaciones enviadas")} de ${requeridas}: la tercera revisión se pide cuando estén todas.`,
      );
    }
    const r = await asignarPendientes(tx, convocatoria, { soloPostulacionId: perfil.id, motivo: "TERCERA_REVISION", asignadaPorId: user.id });
    if (r.motivos) throw new ActionError(mensajeInfactible(r.motivos));
    const nueva = r.asignaciones[0];
    return {
      data: { postulacionId: perfil.id, asignacionId: nueva.id },
      audit: { entidad: "AsignacionEvaluacion", entidadId: nueva.id, datos: { postulacionId: perfil.id, folio: perfil.folio, evaluadorId: nueva.evaluadorId, motivo: "TERCERA_REVISION" } },
      mensaje: "Se pidió una tercera revisión: se asignó el perfil a otro evaluador y se le avisó por correo.",
    };
  },
  revalidate: () => ["/seguimiento/asignaciones", "/seguimiento/evaluacion", "/evaluador"],
});
