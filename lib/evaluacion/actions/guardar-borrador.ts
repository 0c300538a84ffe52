import { defineAction } from "@/lib/actions/pipeline";
import type { FieldErrors } from "@/lib/actions/result";
import { asignacionParaEvaluar, criteriosDeConvocatoria, exigirCriteriosConocidos } from "../acceso";
import { escribirEvaluacion, escribirPuntajes } from "../escribir";
import { borradorEvaluacionSchema, campoNota, leerNotaBorrador } from "../schema";
import { exigirPerfilFueraDeActa } from "@/lib/seleccion/congelamiento";

// Autosave of a score sheet, with the perfil draft's guarantees (lib/postulaciones/actions/guardar-borrador.ts):
// whatever was typed is saved; a grade that cannot be one (8, "5,25", "cinco") is stored empty and comes
// back as a warning next to its field instead of refusing the save; a save from a stale tab (an older
// `version`) is refused. Only the assigned evaluator, after passing the capacitación, before sending.
export const guardarBorradorEvaluacion = defineAction({
  name: "evaluacion.guardarBorrador",
  schema: borradorEvaluacionSchema,
  async run({ input, tx, user, convocatoria }) {
    const a = await asignacionParaEvaluar(tx, "evaluacion.guardarBorrador", user, convocatoria.id, input.postulacionId);
    await exigirPerfilFueraDeActa(tx, convocatoria, a.postulacionId);
    const criterios = await criteriosDeConvocatoria(tx, convocatoria.id);
    exigirCriteriosConocidos(input.puntajes, criterios);

    const avisos: FieldErrors = {};
    const puntajes = criterios.flatMap((c) => {
      const p = input.puntajes?.[c.clave];
      if (!p) return [];
      let nota: number | null | undefined;
      if (p.nota !== undefined) {
        const lectura = leerNotaBorrador(p.nota);
        nota = lectura.nota;
        if (lectura.aviso) avisos[campoNota(c.clave)] = [lectura.aviso];
      }
      return [{ criterioId: c.id, nota, comentario: p.comentario }];
    });

    const e = await escribirEvaluacion(tx, a, input.version, {
      ...(input.comentario !== undefined && { comentario: input.comentario }),
      ...(input.confianza !== undefined && { confianza: input.confianza }),
    });
    await escribirPuntajes(tx, e.id, puntajes);
    // The audit keeps the version, not the evaluator's grades or words (those live in the rows).
    return {
      data: { version: e.version, guardadoEn: new Date().toISOString(), avisos },
      audit: { entidad: "Evaluacion", entidadId: e.id, datos: { postulacionId: a.postulacionId, version: e.version } },
    };
  },
});
