import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { formatearFechaHora } from "@/lib/domain/formato";
import { bloquearReglasParaCambiar } from "../bloqueo";
import { MENSAJES_VOTO, textoCupo, ventanaDentroDeEtapa } from "../reglas";
import { configurarVotacionSchema } from "../schema";
import { exigirPreseleccionSinActa, MENSAJE_VOTACION_CON_ACTA } from "@/lib/seleccion/congelamiento";

// The rules of the popular vote: the window (typed in Chile's time), the scope and its number of votes,
// and whether counts stay hidden until the window closes. Frozen once the first vote is cast: a vote
// counted under some rules is never re-read under others (lib/votacion/bloqueo.ts: no overlap with a vote
// in flight on PostgreSQL).
export const configurarVotacion = defineAction({
  name: "votacion.configurar",
  schema: configurarVotacionSchema,
  async run({ input, tx, convocatoria }) {
    await bloquearReglasParaCambiar(tx);
    await exigirPreseleccionSinActa(tx, convocatoria, MENSAJE_VOTACION_CON_ACTA);
    const voto = await tx.voto.findFirst({ where: { convocatoriaId: convocatoria.id }, select: { id: true } });
    if (voto) throw new ActionError(MENSAJES_VOTO.reglasCongeladas);
    await tx.convocatoria.update({ where: { id: convocatoria.id }, data: input });
    const etapa = await tx.etapaCalendario.findUnique({
      where: { convocatoriaId_etapa: { convocatoriaId: convocatoria.id, etapa: "SELECCION_CONTRATACION" } },
      select: { inicio: true, fin: true },
    });
    const fuera = !ventanaDentroDeEtapa(input.votacionInicio, input.votacionFin, etapa);
    return {
      data: { id: convocatoria.id },
      audit: {
        entidad: "Convocatoria",
        entidadId: convocatoria.id,
        datos: { ...input, votacionInicio: input.votacionInicio.toISOString(), votacionFin: input.votacionFin.toISOString() },
      },
      mensaje:
        `Reglas de la votación guardadas: ${textoCupo(input).toLowerCase()}, del ${formatearFechaHora(input.votacionInicio)} al ${formatearFechaHora(input.votacionFin)}.` +
        (fuera ? " Atención: la ventana sale de las fechas planificadas de la etapa Selección y contratación; solo se puede votar mientras la convocatoria esté en esa etapa." : ""),
    };
  },
  revalidate: () => ["/admin/votacion"],
  // The perfil pages show the window and whether counts are hidden.
  etiquetas: [ETIQUETAS.perfiles],
});
