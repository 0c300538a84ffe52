import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { bloquearRonda, candidatosDeRonda, exigirMiembroPresente, faseActual, leerSugerencia } from "../ronda";
import { adoptarSugerenciaSchema } from "../schema";

// Records the suggested portfolio as the committee's decision for every candidate still without one: the
// suggested ones seleccionadas with the amount requested, the rest no seleccionadas. Decisions already taken
// are left as they are. Nothing departs from the suggestion, so no reasons are needed.
export const adoptarSugerencia = defineAction({
  name: "seleccion.adoptarSugerencia",
  schema: adoptarSugerenciaSchema,
  async run({ tx, user, convocatoria }) {
    const fase = faseActual(convocatoria);
    const ronda = await bloquearRonda(tx, convocatoria.id, fase, ["ABIERTA"]);
    await exigirMiembroPresente(tx, ronda.id, user.id);
    const sugerencia = leerSugerencia(ronda.sugerencia);
    if (!sugerencia?.factible) throw new ActionError("No hay una cartera sugerida factible que adoptar: decida perfil por perfil, con sus fundamentos.");
    const sugeridas = new Set(sugerencia.seleccion);
    const decididas = new Set((await tx.decisionComite.findMany({ where: { rondaId: ronda.id }, select: { postulacionId: true } })).map((d) => d.postulacionId));
    const filas = (await candidatosDeRonda(tx, convocatoria.id, fase)).filter((f) => f.consolidado !== null && !decididas.has(f.postulacionId));
    for (const f of filas) {
      const sugerida = sugeridas.has(f.postulacionId);
      await tx.decisionComite.create({
        data: {
          convocatoriaId: convocatoria.id,
          rondaId: ronda.id,
          postulacionId: f.postulacionId,
          fase,
          decision: sugerida ? "SELECCIONADA" : "NO_SELECCIONADA",
          montoAsignado: sugerida ? f.montoSolicitado : null,
          puntaje: f.consolidado!,
          sugerida,
          decididaPorId: user.id,
        },
      });
    }
    const seleccionadas = filas.filter((f) => sugeridas.has(f.postulacionId)).length;
    return {
      data: { rondaId: ronda.id, decididas: filas.length },
      audit: { entidad: "RondaSeleccion", entidadId: ronda.id, datos: { fase, decididas: filas.map((f) => f.postulacionId), seleccionadas } },
      mensaje: filas.length
        ? `Se registraron ${filas.length} decisiones según la sugerencia (${seleccionadas} seleccionadas).`
        : "Todos los perfiles ya tenían decisión: no se cambió nada.",
    };
  },
  revalidate: () => ["/comite/seleccion"],
});
