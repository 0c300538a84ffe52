import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearClp } from "@/lib/domain/formato";
import { LARGO_MINIMO_FUNDAMENTO, NOMBRE_DECISION, seApartaDeSugerencia } from "@/lib/domain/seleccion";
import { bloquearRonda, candidatosDeRonda, exigirMiembroPresente, faseActual, leerSugerencia, seleccionSugerida } from "../ronda";
import { decidirSchema } from "../schema";

// A committee member present records (or changes, while the round is ABIERTA) the decision on one candidate:
// seleccionada (with its amount, within the band; by default the amount requested), lista de espera or no
// seleccionada. Departing from the optimiser's suggestion needs its reasons, at once.
export const decidir = defineAction({
  name: "seleccion.decidir",
  schema: decidirSchema,
  async run({ input, tx, user, convocatoria }) {
    const fase = faseActual(convocatoria);
    const ronda = await bloquearRonda(tx, convocatoria.id, fase, ["ABIERTA"]);
    await exigirMiembroPresente(tx, ronda.id, user.id);
    const candidato = (await candidatosDeRonda(tx, convocatoria.id, fase)).find((f) => f.postulacionId === input.postulacionId);
    if (!candidato) throw new ActionError("Ese perfil no es candidato en esta ronda.");
    if (candidato.consolidado === null) throw new ActionError("Ese perfil aún no tiene puntaje consolidado (le falta el puntaje técnico).");

    const sugerida = seleccionSugerida(leerSugerencia(ronda.sugerencia)).has(input.postulacionId);
    const fundamento = input.fundamento ?? "";
    if (seApartaDeSugerencia(sugerida, input.decision) && fundamento.length < LARGO_MINIMO_FUNDAMENTO) {
      const msg = sugerida
        ? "La cartera sugerida incluye este perfil: explique por qué no se selecciona (al menos 15 caracteres)."
        : "La cartera sugerida no incluye este perfil: explique por qué se selecciona (al menos 15 caracteres).";
      throw new ActionError(msg, { fundamento: [msg] });
    }
    let montoAsignado: number | null = null;
    if (input.decision === "SELECCIONADA") {
      const conv = await tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoria.id }, select: { montoMinProyecto: true, montoMaxProyecto: true } });
      montoAsignado = input.montoAsignado ?? candidato.montoSolicitado;
      if (montoAsignado === null || montoAsignado < conv.montoMinProyecto || montoAsignado > conv.montoMaxProyecto) {
        const msg = `El monto asignado debe estar entre ${formatearClp(conv.montoMinProyecto)} y ${formatearClp(conv.montoMaxProyecto)}.`;
        throw new ActionError(msg, { montoAsignado: [msg] });
      }
    }
    const datos = { decision: input.decision, montoAsignado, puntaje: candidato.consolidado, sugerida, fundamento, decididaPorId: user.id };
    const d = await tx.decisionComite.upsert({
      where: { postulacionId_fase: { postulacionId: input.postulacionId, fase } },
      create: { convocatoriaId: convocatoria.id, rondaId: ronda.id, postulacionId: input.postulacionId, fase, ...datos },
      update: datos,
    });
    return {
      data: { decisionId: d.id, postulacionId: input.postulacionId },
      audit: { entidad: "DecisionComite", entidadId: d.id, datos: { fase, postulacionId: input.postulacionId, decision: input.decision, montoAsignado, sugerida, fundamento } },
      mensaje: `«${candidato.nombreProyecto}»: ${NOMBRE_DECISION[input.decision].toLowerCase()}.`,
    };
  },
  revalidate: () => ["/comite/seleccion"],
});
