import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { erroresParaActa, NOMBRE_FASE } from "@/lib/domain/seleccion";
import { construirContenido, contenidoCanonico } from "../acta-contenido";
import { bloquearRonda, candidatosDeRonda, exigirEvaluacionYVotacionTerminadas, exigirMiembroPresente, faseActual, leerSugerencia } from "../ronda";
import { generarActaSchema } from "../schema";

// Closes the deliberation. The preselection's acta waits until every admissible perfil has its technical
// evaluations and the popular vote has closed (the scores it prints are then final). It checks that every candidate has its decision (with reasons where it departs from
// the suggestion), that the selected amounts are within the band and the budget, and writes the acta from
// the decisions. The round goes to EN_FIRMA: decisions are refused until the acta is withdrawn (acta.retirar)
// or signed by every member present (acta.firmar), which locks it for good.
export const generarActa = defineAction({
  name: "acta.generar",
  schema: generarActaSchema,
  async run({ tx, user, convocatoria }) {
    const fase = faseActual(convocatoria);
    const ronda = await bloquearRonda(tx, convocatoria.id, fase, ["ABIERTA"]);
    await exigirMiembroPresente(tx, ronda.id, user.id);
    if (fase === "PRESELECCION") await exigirEvaluacionYVotacionTerminadas(tx, convocatoria.id);
    const [filas, decisiones, presentes, conv] = await Promise.all([
      candidatosDeRonda(tx, convocatoria.id, fase),
      tx.decisionComite.findMany({ where: { rondaId: ronda.id } }),
      tx.miembroRonda.count({ where: { rondaId: ronda.id, presente: true } }),
      tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoria.id }, select: { montoMinProyecto: true, montoMaxProyecto: true } }),
    ]);
    // A decision on a perfil that is no longer a candidate (declared inadmissible or withdrawn since) is not
    // part of the round any more: dropped here, recorded in this action's audit entry.
    const candidatas = new Set(filas.map((f) => f.postulacionId));
    const caducas = decisiones.filter((d) => !candidatas.has(d.postulacionId));
    if (caducas.length) await tx.decisionComite.deleteMany({ where: { id: { in: caducas.map((d) => d.id) } } });
    const vigentes = decisiones.filter((d) => candidatas.has(d.postulacionId));
    const errores = erroresParaActa({
      candidatos: filas.filter((f) => f.consolidado !== null).map((f) => ({ postulacionId: f.postulacionId, folio: f.folio, nombre: f.nombreProyecto, regionCut: f.regionCut, montoSolicitado: f.montoSolicitado ?? 0 })),
      decisiones: vigentes,
      presupuesto: ronda.presupuesto,
      banda: { min: conv.montoMinProyecto, max: conv.montoMaxProyecto },
      miembrosPresentes: presentes,
    });
    const sinPuntaje = filas.filter((f) => f.consolidado === null).length;
    if (sinPuntaje) errores.unshift(`${sinPuntaje === 1 ? "1 perfil candidato no tiene" : `${sinPuntaje} perfiles candidatos no tienen`} puntaje técnico.`);
    if (errores.length) throw new ActionError(`El acta aún no puede generarse: ${errores.join(" ")}`);

    // The scores are final now: each decision keeps the consolidated score the acta prints.
    for (const d of vigentes) {
      const f = filas.find((x) => x.postulacionId === d.postulacionId);
      if (f?.consolidado != null && f.consolidado !== d.puntaje) await tx.decisionComite.update({ where: { id: d.id }, data: { puntaje: f.consolidado } });
    }
    const numero = 1;
    const contenido = await construirContenido(tx, { convocatoriaId: convocatoria.id, fase, numero, presupuesto: ronda.presupuesto, rondaId: ronda.id, filas, sugerencia: leerSugerencia(ronda.sugerencia) });
    const texto = contenidoCanonico(contenido);
    const acta = await tx.acta.create({ data: { convocatoriaId: convocatoria.id, rondaId: ronda.id, fase, numero, contenido: texto } });
    await tx.rondaSeleccion.update({ where: { id: ronda.id }, data: { estado: "EN_FIRMA" } });
    return {
      data: { actaId: acta.id, rondaId: ronda.id },
      audit: { entidad: "Acta", entidadId: acta.id, datos: { fase, decisiones: contenido.decisiones.length, descartadas: caducas.map((d) => ({ postulacionId: d.postulacionId, decision: d.decision })), montoSeleccionado: contenido.montoSeleccionado, miembros: contenido.miembrosPresentes.map((m) => m.id) } },
      mensaje: `Acta de ${NOMBRE_FASE[fase].toLowerCase()} generada: ahora la firma cada miembro presente.`,
    };
  },
  revalidate: () => ["/comite/seleccion", "/comite/seleccion/acta"],
});
