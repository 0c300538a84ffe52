import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearClp } from "@/lib/domain/formato";
import { NOMBRE_FASE } from "@/lib/domain/seleccion";
import { bloquearRonda, calcularSugerencia, candidatosDeRonda, exigirMiembroPresente, faseActual } from "../ronda";
import { prepararRondaSchema } from "../schema";

// Prepares (or re-prepares, while ABIERTA) the round of the current etapa: budget, optional max per desafío,
// the committee members present, and the optimiser's suggested portfolio the decisions are compared with.
// The committee may start while evaluations and the vote finish (the acta waits for them: acta.generar).
// Selección final: only once the preselection's acta is signed. Re-running keeps the decisions taken; those
// that now depart from the new suggestion need their reasons before the acta (lib/domain/seleccion.ts).
export const prepararRonda = defineAction({
  name: "seleccion.prepararRonda",
  schema: prepararRondaSchema,
  async run({ input, tx, user, convocatoria }) {
    const fase = faseActual(convocatoria);
    const conv = await tx.convocatoria.findUniqueOrThrow({
      where: { id: convocatoria.id },
      select: { presupuestoTotal: true, montoMinProyecto: true, montoMaxProyecto: true },
    });
    if (input.presupuesto > conv.presupuestoTotal) {
      throw new ActionError(`El presupuesto de la ronda no puede superar el de la convocatoria (${formatearClp(conv.presupuestoTotal)}).`, {
        presupuesto: [`Como máximo ${formatearClp(conv.presupuestoTotal)}.`],
      });
    }
    if (fase === "SELECCION_FINAL") {
      const pre = await tx.rondaSeleccion.findUnique({ where: { convocatoriaId_fase: { convocatoriaId: convocatoria.id, fase: "PRESELECCION" } }, select: { estado: true } });
      if (pre?.estado !== "CERRADA") throw new ActionError("La selección final se prepara después de firmada el acta de preselección.");
    }
    const comite = await tx.user.findMany({ where: { id: { in: input.miembros }, roles: { some: { rol: "COMITE" } } }, select: { id: true } });
    if (comite.length !== input.miembros.length) throw new ActionError("Solo pueden registrarse como presentes cuentas con el rol de comité.", { miembros: ["Revise los miembros marcados."] });

    const existente = await tx.rondaSeleccion.findUnique({ where: { convocatoriaId_fase: { convocatoriaId: convocatoria.id, fase } }, select: { id: true } });
    if (existente) await bloquearRonda(tx, convocatoria.id, fase, ["ABIERTA"]);
    // Staff (ADMIN) set who is present. A committee member may prepare or re-run the round only as one of
    // the members present, and stays one: nobody absent takes over the round by naming only themselves.
    if (!user.roles.includes("ADMIN")) {
      if (existente) await exigirMiembroPresente(tx, existente.id, user.id);
      if (!input.miembros.includes(user.id)) throw new ActionError("Márquese entre los miembros presentes: solo el personal del FOSIS prepara una ronda en la que no participa.", { miembros: ["Márquese entre los presentes."] });
    }
    const filas = await candidatosDeRonda(tx, convocatoria.id, fase);
    if (filas.length === 0) throw new ActionError("No hay perfiles candidatos para esta ronda.");
    const maxPorDesafio = input.maxPorDesafio ?? null;
    const sugerencia = await calcularSugerencia(filas, { presupuesto: input.presupuesto, maxPorDesafio, banda: { min: conv.montoMinProyecto, max: conv.montoMaxProyecto } });
    const datos = { presupuesto: input.presupuesto, maxPorDesafio, sugerencia: JSON.stringify(sugerencia), sugeridaEn: new Date(sugerencia.calculadaEn) };
    const ronda = existente
      ? await tx.rondaSeleccion.update({ where: { id: existente.id }, data: datos })
      : await tx.rondaSeleccion.create({ data: { convocatoriaId: convocatoria.id, fase, ...datos } });

    // Members present: exactly the ones marked now (nobody has signed while the round is ABIERTA).
    await tx.miembroRonda.deleteMany({ where: { rondaId: ronda.id, usuarioId: { notIn: input.miembros } } });
    for (const usuarioId of input.miembros) {
      await tx.miembroRonda.upsert({ where: { rondaId_usuarioId: { rondaId: ronda.id, usuarioId } }, create: { rondaId: ronda.id, usuarioId }, update: { presente: true } });
    }
    // Decisions already taken keep their choice; whether each matches the suggestion is recomputed.
    const sugeridas = new Set(sugerencia.factible ? sugerencia.seleccion : []);
    const decisiones = await tx.decisionComite.findMany({ where: { rondaId: ronda.id }, select: { id: true, postulacionId: true, sugerida: true } });
    for (const d of decisiones) {
      const s = sugeridas.has(d.postulacionId);
      if (s !== d.sugerida) await tx.decisionComite.update({ where: { id: d.id }, data: { sugerida: s } });
    }

    const resumenSugerencia = sugerencia.factible
      ? `La cartera sugerida tiene ${sugerencia.seleccion.length} proyectos por ${formatearClp(sugerencia.montoTotal)}.`
      : `El optimizador no encontró una cartera factible: ${sugerencia.motivo}`;
    return {
      data: { rondaId: ronda.id, fase, factible: sugerencia.factible },
      audit: {
        entidad: "RondaSeleccion",
        entidadId: ronda.id,
        datos: {
          fase,
          presupuesto: input.presupuesto,
          maxPorDesafio,
          miembros: input.miembros,
          candidatos: sugerencia.candidatos,
          sugerencia: sugerencia.factible ? { seleccion: sugerencia.seleccion, puntajeTotal: sugerencia.puntajeTotal, montoTotal: sugerencia.montoTotal } : { motivo: sugerencia.motivo },
        },
      },
      mensaje: `${NOMBRE_FASE[fase]}: ronda preparada. ${resumenSugerencia}`,
    };
  },
  revalidate: () => ["/comite/seleccion"],
});
