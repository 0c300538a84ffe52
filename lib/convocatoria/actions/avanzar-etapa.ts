import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { evaluarAvance, NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha } from "@/lib/domain/formato";
import { avisarCorteConvocatoria, evaluarCorteAhora, registrarFechasReales } from "../corte-anticipado";
import { leerResumen } from "../resumen";
import { avanceSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

// `desde` is the etapa the admin saw: two admins clicking at once advance it once, not twice.
// Before the planned end of `desde` the advance is early: it is refused unless the admin confirmed after
// reading what it cuts short (aceptaCorteAnticipado, "Avanzar igual"); a Convocatoria cut short e-mails
// everyone holding a perfil in it. Either way the actual end of `desde` and start of the next are recorded.
export const avanzarEtapa = defineAction({
  name: "convocatoria.avanzarEtapa",
  schema: avanceSchema,
  async run({ input, tx, convocatoria }) {
    const ahora = new Date();
    if (convocatoria.etapaActual !== input.desde) {
      throw new ActionError(`La convocatoria ya no está en ${NOMBRE_ETAPA[input.desde]}: recargue la página.`);
    }
    const evaluacion = evaluarAvance(await leerResumen(tx, convocatoria.id));
    if (!evaluacion.puede) throw new ActionError("No se cumplen las condiciones para avanzar.", { _form: evaluacion.faltantes });
    const { count } = await tx.convocatoria.updateMany({
      where: { id: convocatoria.id, etapaActual: input.desde },
      data: { etapaActual: evaluacion.hacia },
    });
    if (count !== 1) throw new ActionError("La etapa cambió mientras se procesaba la solicitud: recargue la página.");
    // Read after the update holds the convocatoria's row: what the cut affects, as of now.
    const corte = await evaluarCorteAhora(tx, convocatoria.id, input.desde, ahora);
    if (corte.anticipado && input.aceptaCorteAnticipado !== "si") {
      throw new ActionError(
        `La etapa ${NOMBRE_ETAPA[input.desde]} está planificada hasta el ${formatearFecha(corte.finPlanificado)}: avanzar ahora la termina antes. Lea el aviso y confirme con «Avanzar igual».`,
        { _form: corte.avisos },
      );
    }
    await registrarFechasReales(tx, convocatoria.id, input.desde, evaluacion.hacia, ahora);
    const avisados = corte.anticipado ? await avisarCorteConvocatoria(tx, convocatoria.id, corte, ahora) : 0;
    return {
      data: { etapa: evaluacion.hacia },
      audit: {
        entidad: "Convocatoria",
        entidadId: convocatoria.id,
        datos: corte.anticipado
          ? { desde: input.desde, hacia: evaluacion.hacia, anticipado: true, finPlanificado: corte.finPlanificado.toISOString(), avisados }
          : { desde: input.desde, hacia: evaluacion.hacia },
      },
      mensaje: `La convocatoria pasó a la etapa ${NOMBRE_ETAPA[evaluacion.hacia]}.${avisados ? ` Se avisó por correo a ${avisados === 1 ? "1 persona" : `${avisados} personas`}.` : ""}`,
    };
  },
  revalidate: () => ["/", "/admin/convocatoria", "/desafios", "/como-postular", "/cuenta"],
  etiquetas: [ETIQUETAS.convocatoria],
});
