import { defineAction } from "@/lib/actions/pipeline";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { formatoNota } from "@/lib/domain/nota";
import { errorPesos, notaPonderada } from "@/lib/domain/rubrica";
import { asignacionParaEvaluar, criteriosDeConvocatoria, exigirCriteriosConocidos } from "../acceso";
import { escribirEvaluacion, escribirPuntajes } from "../escribir";
import { campoNota, envioEvaluacionSchema, MENSAJE_FALTA_NOTA } from "../schema";
import { exigirPerfilFueraDeActa } from "@/lib/seleccion/congelamiento";

// Submit a score sheet: a valid grade for every criterion of the rubric and the evaluator's confidence.
// The final grade is the rubric's weighted mean (lib/domain/rubrica.ts notaPonderada), stored unrounded.
// Once sent it is locked: every later save or submission is refused (lib/evaluacion/acceso.ts), and only
// then does the evaluator see the other evaluations of the perfil.
export const enviarEvaluacion = defineAction({
  name: "evaluacion.enviar",
  schema: envioEvaluacionSchema,
  async run({ input, tx, user, convocatoria }) {
    const a = await asignacionParaEvaluar(tx, "evaluacion.enviar", user, convocatoria.id, input.postulacionId);
    await exigirPerfilFueraDeActa(tx, convocatoria, a.postulacionId);
    const criterios = await criteriosDeConvocatoria(tx, convocatoria.id);
    exigirCriteriosConocidos(input.puntajes, criterios);

    const faltan = criterios.filter((c) => input.puntajes[c.clave] === undefined);
    if (faltan.length) {
      const fieldErrors: FieldErrors = Object.fromEntries(faltan.map((c) => [campoNota(c.clave), [MENSAJE_FALTA_NOTA]]));
      throw new ActionError(faltan.length === 1 ? `Falta la nota de «${faltan[0].nombre}».` : `Faltan las notas de ${faltan.length} criterios.`, fieldErrors);
    }
    const pesos = errorPesos(criterios.map((c) => c.peso));
    if (pesos) throw new ActionError(`La rúbrica de la convocatoria no es válida (${pesos}): avise al equipo FOSIS.`);
    const notaFinal = notaPonderada(Object.fromEntries(criterios.map((c) => [c.id, input.puntajes[c.clave].nota])), criterios);

    const enviadaEn = new Date();
    const e = await escribirEvaluacion(tx, a, input.version, {
      ...(input.comentario !== undefined && { comentario: input.comentario }),
      confianza: input.confianza,
      notaFinal,
      enviadaEn,
    });
    await escribirPuntajes(
      tx,
      e.id,
      criterios.map((c) => ({ criterioId: c.id, nota: input.puntajes[c.clave].nota, comentario: input.puntajes[c.clave].comentario })),
    );
    return {
      data: { postulacionId: a.postulacionId, notaFinal, enviadaEn: enviadaEn.toISOString() },
      audit: { entidad: "Evaluacion", entidadId: e.id, datos: { postulacionId: a.postulacionId, notaFinal, confianza: input.confianza } },
      mensaje: `Evaluación enviada. Nota final: ${formatoNota(notaFinal)}.`,
    };
  },
  revalidate: (d) => ["/evaluador", `/evaluador/perfiles/${d.postulacionId}`, "/seguimiento/evaluacion", "/comite/evaluaciones"],
});
