import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { asignarPendientes } from "../asignar";
import { avisarPerfilSinEvaluador } from "../avisos";
import { declararConflictoSchema } from "../schema";
import { exigirPerfilFueraDeActa } from "@/lib/seleccion/congelamiento";

const MENSAJE_NO_EXISTE = "El perfil no existe.";

// The evaluator declares a conflict of interest with a perfil assigned to them, before submitting its
// evaluation: the declaration is kept, their assignment is recused (it stays for the audit and keeps them
// off the perfil) and, in the same transaction, the perfil goes to another eligible evaluator. When nobody
// is eligible the recusal stands anyway, and the audit and an e-mail to the staff say the perfil lacks one.
export const declararConflicto = defineAction({
  name: "evaluacion.declararConflicto",
  schema: declararConflictoSchema,
  async run({ input, tx, user, convocatoria }) {
    // Scope in the WHERE clause: a perfil not assigned to the caller does not exist for this action.
    const perfil = await tx.postulacion.findFirst({
      where: { id: input.postulacionId, convocatoriaId: convocatoria.id, AND: [wherePostulaciones(user, "evaluacion.declararConflicto")] },
      select: {
        id: true,
        folio: true,
        nombreProyecto: true,
        asignaciones: { where: { evaluadorId: user.id, recusadaEn: null }, select: { id: true, evaluacion: { select: { enviadaEn: true } } } },
      },
    });
    const asignacion = perfil?.asignaciones[0];
    if (!perfil || !asignacion) throw new ActionError(MENSAJE_NO_EXISTE);
    await exigirPerfilFueraDeActa(tx, convocatoria, perfil.id);
    if (asignacion.evaluacion?.enviadaEn) {
      throw new ActionError("Ya envió su evaluación de este perfil: no puede declarar un conflicto sobre ella. Si el conflicto es grave, avise al encargado técnico.");
    }

    const ahora = new Date();
    // Conditional on the row still being live and unsubmitted: a submission or a reassignment in between wins.
    const { count } = await tx.asignacionEvaluacion.updateMany({
      where: { id: asignacion.id, recusadaEn: null, OR: [{ evaluacion: { is: null } }, { evaluacion: { is: { enviadaEn: null } } }] },
      data: { recusadaEn: ahora },
    });
    if (count !== 1) throw new ActionError("Su asignación de este perfil cambió mientras declaraba el conflicto. Recargue la página.");
    await tx.declaracionConflicto.create({ data: { asignacionId: asignacion.id, tieneConflicto: true, detalle: input.detalle, declaradaEn: ahora } });

    const r = await asignarPendientes(tx, convocatoria, { soloPostulacionId: perfil.id, motivo: "REASIGNACION", asignadaPorId: null });
    const sinReemplazo = r.motivos ?? null;
    const avisados = sinReemplazo ? await avisarPerfilSinEvaluador(tx, perfil, sinReemplazo) : 0;
    return {
      data: { postulacionId: perfil.id, reasignado: !sinReemplazo && r.asignaciones.length > 0 },
      audit: {
        entidad: "AsignacionEvaluacion",
        entidadId: asignacion.id,
        datos: {
          postulacionId: perfil.id,
          folio: perfil.folio,
          detalle: input.detalle,
          reemplazo: r.asignaciones.map((a) => ({ asignacionId: a.id, evaluadorId: a.evaluadorId })),
          ...(sinReemplazo ? { sinEvaluador: true, motivos: sinReemplazo, equipoAvisado: avisados } : {}),
        },
      },
      mensaje: sinReemplazo
        ? "Registramos su conflicto de interés y ya no evaluará este perfil. Se avisó al equipo FOSIS para asignarlo a otra persona."
        : "Registramos su conflicto de interés y ya no evaluará este perfil: se asignó a otro evaluador.",
    };
  },
  revalidate: () => ["/evaluador", "/seguimiento/asignaciones", "/seguimiento/evaluacion"],
});
