import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { asignarPendientes, mensajeInfactible } from "../asignar";
import { reasignarSchema } from "../schema";
import { exigirPerfilFueraDeActa } from "@/lib/seleccion/congelamiento";

const MENSAJE_NO_EXISTE = "La asignación no existe.";

// Staff move an evaluation not yet submitted to another evaluator: the one chosen (if eligible) or, by
// default, the most suitable eligible one. The old assignment is recused (kept for the audit; that
// evaluator may not take the perfil again). All or nothing: if nobody fits, nothing changes.
export const reasignarEvaluacion = defineAction({
  name: "evaluacion.reasignar",
  schema: reasignarSchema,
  async run({ input, tx, user, convocatoria }) {
    const a = await tx.asignacionEvaluacion.findFirst({
      where: { id: input.asignacionId, postulacion: { convocatoriaId: convocatoria.id, AND: [wherePostulaciones(user, "evaluacion.reasignar")] } },
      select: { id: true, evaluadorId: true, recusadaEn: true, evaluacion: { select: { enviadaEn: true } }, postulacion: { select: { id: true, estado: true, folio: true } } },
    });
    if (!a) throw new ActionError(MENSAJE_NO_EXISTE);
    if (a.recusadaEn) throw new ActionError("Esta asignación ya no está vigente (fue reasignada o el evaluador declaró un conflicto). Recargue la página.");
    if (a.evaluacion?.enviadaEn) throw new ActionError("Esta evaluación ya fue enviada: no se puede reasignar.");
    if (a.postulacion.estado !== "ADMISIBLE") throw new ActionError("Solo se reasignan evaluaciones de perfiles admisibles en evaluación.");
    await exigirPerfilFueraDeActa(tx, convocatoria, a.postulacion.id);
    if (input.evaluadorId === a.evaluadorId) throw new ActionError("Elija a otra persona: esa es quien ya tiene la evaluación.", { evaluadorId: ["Elija a otra persona."] });

    const { count } = await tx.asignacionEvaluacion.updateMany({
      where: { id: a.id, recusadaEn: null, OR: [{ evaluacion: { is: null } }, { evaluacion: { is: { enviadaEn: null } } }] },
      data: { recusadaEn: new Date() },
    });
    if (count !== 1) throw new ActionError("La asignación cambió mientras se reasignaba. Recargue la página.");
    const r = await asignarPendientes(tx, convocatoria, { soloPostulacionId: a.postulacion.id, motivo: "REASIGNACION", asignadaPorId: user.id, evaluadorId: input.evaluadorId });
    if (r.motivos) throw new ActionError(mensajeInfactible(r.motivos), input.evaluadorId ? { evaluadorId: r.motivos } : {});
    const nueva = r.asignaciones[0];
    if (!nueva) throw new ActionError("El perfil ya tiene todos los evaluadores que necesita: no se reasignó.");
    return {
      data: { asignacionId: nueva.id, evaluadorId: nueva.evaluadorId },
      audit: {
        entidad: "AsignacionEvaluacion",
        entidadId: a.id,
        datos: { postulacionId: a.postulacion.id, folio: a.postulacion.folio, anterior: a.evaluadorId, nuevo: nueva.evaluadorId, nuevaAsignacionId: nueva.id, elegido: !!input.evaluadorId },
      },
      mensaje: "Evaluación reasignada: se avisó por correo a quien la recibe.",
    };
  },
  revalidate: () => ["/seguimiento/asignaciones", "/seguimiento/evaluacion", "/evaluador"],
});
