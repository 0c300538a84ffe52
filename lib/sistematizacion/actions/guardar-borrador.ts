import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { armarInforme } from "@/lib/domain/sistematizacion";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { asegurarInforme, exigirPiloto, fuentesInforme } from "../piloto";
import { borradorSistematizacionSchema, MENSAJE_CONFLICTO, MENSAJE_NO_EDITABLE } from "../schema";

// Autosave of the pilot's final report (the formulario completo's pattern): only the team's own pilot
// (a project with its signed convenio), while the report is a draft or was sent back with observations;
// `version` is the one the browser last saw and the update is conditional on it, so a stale tab never
// overwrites newer text. The metric and cost rows are rebuilt from their sources (the desafío's baseline,
// the formulario completo's targets and budget): only the results, comments and executed amounts typed are kept.
export const guardarBorradorSistematizacion = defineAction({
  name: "sistematizacion.guardarBorrador",
  schema: borradorSistematizacionSchema,
  async run({ input, tx, user, convocatoria }) {
    const { id, version, ...escrito } = input;
    const p = await exigirPiloto(tx, convocatoria.id, id, wherePostulaciones(user, "sistematizacion.guardarBorrador"));
    const fila = await asegurarInforme(tx, p.id);
    const c = armarInforme(await fuentesInforme(tx, p.id), escrito);
    const { count } = await tx.sistematizacion.updateMany({
      where: { postulacionId: p.id, version, estado: { in: ["BORRADOR", "OBSERVADA"] } },
      data: {
        loRealizado: c.loRealizado,
        aprendizajes: c.aprendizajes,
        evidenciaCoproduccion: c.evidenciaCoproduccion,
        resultadosMetricas: JSON.stringify(c.resultadosMetricas),
        costos: JSON.stringify(c.costos),
        recomendacion: c.recomendacion,
        fundamentoRecomendacion: c.fundamentoRecomendacion,
        version: { increment: 1 },
      },
    });
    if (count !== 1) {
      const actual = await tx.sistematizacion.findUniqueOrThrow({ where: { postulacionId: p.id }, select: { version: true, estado: true } });
      if (actual.estado === "ENVIADA" || actual.estado === "APROBADA") throw new ActionError(MENSAJE_NO_EDITABLE);
      throw new ActionError(MENSAJE_CONFLICTO, { version: [String(actual.version)] });
    }
    // The audit keeps the version, not the team's text (that lives in the row).
    return {
      data: { id: p.id, version: version + 1, guardadoEn: new Date().toISOString() },
      audit: { entidad: "Sistematizacion", entidadId: fila.id, datos: { postulacionId: p.id, version: version + 1 } },
    };
  },
});
