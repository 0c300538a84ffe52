import { defineAction } from "@/lib/actions/pipeline";
import { escribirRubrica } from "../persistir";
import { guardarRubricaSchema } from "../schema";

// The admin sets the rubric of the active convocatoria in etapa 1 (the permission table): criteria whose
// weights add up to 100 %, the evaluation settings and the three reference perfiles of the calibration.
// Once any grade exists its criteria are frozen (escribirRubrica refuses); the rest may still change.
export const guardarRubrica = defineAction({
  name: "rubrica.guardar",
  schema: guardarRubricaSchema,
  async run({ input, tx, convocatoria }) {
    const r = await escribirRubrica(tx, convocatoria.id, input);
    return {
      data: { id: r.rubricaId },
      audit: {
        entidad: "Rubrica",
        entidadId: r.rubricaId,
        datos: {
          creada: r.creada,
          criteriosCambiados: r.criteriosCambiados,
          criterios: input.criterios.map((c) => ({ clave: c.clave, peso: c.peso })),
          evaluadoresPorPerfil: input.evaluadoresPorPerfil,
          topeEvaluador: input.topeEvaluador,
          reglaRegion: input.reglaRegion,
          umbralCalibracion: input.umbralCalibracion,
          limiteIndulgencia: input.limiteIndulgencia,
          minMuestra: input.minMuestra,
          brechaDiscrepancia: input.brechaDiscrepancia,
          normalizar: input.normalizar === "si",
          referencias: input.referencias.length,
        },
      },
      mensaje: r.creada ? "Rúbrica creada." : "Rúbrica guardada.",
    };
  },
  revalidate: () => ["/admin/rubrica", "/evaluador/capacitacion"],
});
