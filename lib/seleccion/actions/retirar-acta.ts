import { defineAction } from "@/lib/actions/pipeline";
import { bloquearRonda, exigirMiembroPresente, faseActual } from "../ronda";
import { retirarActaSchema } from "../schema";

// Withdraws an acta that not every member present has signed yet, with the reason, so the committee can
// correct decisions: the acta and its signatures are discarded (the audit log keeps both) and the round
// is ABIERTA again. A signed (CERRADA) acta cannot be withdrawn.
export const retirarActa = defineAction({
  name: "acta.retirar",
  schema: retirarActaSchema,
  async run({ input, tx, user, convocatoria }) {
    const fase = faseActual(convocatoria);
    const ronda = await bloquearRonda(tx, convocatoria.id, fase, ["EN_FIRMA"]);
    await exigirMiembroPresente(tx, ronda.id, user.id);
    const acta = await tx.acta.delete({ where: { rondaId: ronda.id } });
    const firmas = await tx.miembroRonda.updateMany({ where: { rondaId: ronda.id, firmadaEn: { not: null } }, data: { firmadaEn: null, postura: null, nota: "" } });
    await tx.rondaSeleccion.update({ where: { id: ronda.id }, data: { estado: "ABIERTA" } });
    return {
      data: { rondaId: ronda.id },
      audit: { entidad: "Acta", entidadId: acta.id, datos: { fase, motivo: input.motivo, firmasDescartadas: firmas.count } },
      mensaje: "Acta retirada: la ronda vuelve a estar abierta para corregir decisiones.",
    };
  },
  revalidate: () => ["/comite/seleccion", "/comite/seleccion/acta"],
});
