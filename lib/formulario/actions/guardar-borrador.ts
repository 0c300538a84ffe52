import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { exigirPreseleccionada } from "@/lib/incubacion/preseleccionadas";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { exigirPlazoFormulario } from "../plazo";
import { borradorFormularioSchema, MENSAJE_CONFLICTO, MENSAJE_YA_ENVIADO } from "../schema";

// Autosave of the formulario completo (the perfil's pattern, docs/decisions/0006): only the team's own
// preselected perfil, before the deadline; `version` is the one the browser last saw, and the update is
// conditional on it, so a stale tab never overwrites newer text. The first save creates the row.
export const guardarBorradorFormulario = defineAction({
  name: "formulario.guardarBorrador",
  schema: borradorFormularioSchema,
  async run({ input, tx, user, convocatoria }) {
    const { id, version, ...contenido } = input;
    // Out of scope, not preselected or nonexistent: one refusal (nothing written).
    await exigirPreseleccionada(tx, convocatoria.id, id, wherePostulaciones(user, "formulario.guardarBorrador"));
    await exigirPlazoFormulario(tx, convocatoria.id);
    // The row exists from the first save on (version 0 until the conditional update below).
    const fila = await tx.formularioCompleto.upsert({ where: { postulacionId: id }, create: { postulacionId: id }, update: {}, select: { id: true } });
    const { count } = await tx.formularioCompleto.updateMany({
      where: { postulacionId: id, version, enviadoEn: null },
      data: { contenido: JSON.stringify(contenido), version: { increment: 1 } },
    });
    if (count !== 1) {
      const actual = await tx.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: id }, select: { version: true, enviadoEn: true } });
      if (actual.enviadoEn) throw new ActionError(MENSAJE_YA_ENVIADO);
      throw new ActionError(MENSAJE_CONFLICTO, { version: [String(actual.version)] });
    }
    // The audit keeps the version, not the team's text (that lives in the row).
    return {
      data: { version: version + 1, guardadoEn: new Date().toISOString() },
      audit: { entidad: "FormularioCompleto", entidadId: fila.id, datos: { postulacionId: id, version: version + 1 } },
    };
  },
});
