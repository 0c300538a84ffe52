import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { despertarExportador } from "../runner";
import { WHERE_PILOTO_RECOMENDADO } from "../pilotos";
import { NOMBRE_TIPO_EXPORTACION, solicitarExportacionSchema, type ParametrosExportacion } from "../schema";

export const MENSAJE_SIN_MESA = "No se encontró la Mesa Compromiso País pedida.";
export const MENSAJE_SIN_PILOTO_RECOMENDADO = "No se encontró un piloto recomendado (informe final aprobado que recomienda escalar o ajustar) con ese identificador.";

// Queues an export (a Mesa report, the ex-ante sheets or the open data): one PENDIENTE row, generated in the
// background once this transaction has committed (lib/exportaciones/runner.ts). The same export already
// queued or in progress is not queued twice: its row is returned (a double click makes one file).
export const solicitarExportacion = defineAction({
  name: "exportacion.solicitar",
  schema: solicitarExportacionSchema,
  async run({ input, tx, user, afterCommit }) {
    const parametros: ParametrosExportacion = {};
    if (input.tipo === "mesa") {
      const g = await tx.grupoVulnerable.findUnique({ where: { id: input.grupoVulnerableId }, select: { id: true } });
      if (!g) throw new ActionError(MENSAJE_SIN_MESA, { grupoVulnerableId: [MENSAJE_SIN_MESA] });
      parametros.grupoVulnerableId = g.id;
    }
    if (input.tipo === "exante" && input.postulacionId) {
      const p = await tx.postulacion.findFirst({ where: { id: input.postulacionId, ...WHERE_PILOTO_RECOMENDADO }, select: { id: true } });
      if (!p) throw new ActionError(MENSAJE_SIN_PILOTO_RECOMENDADO, { postulacionId: [MENSAJE_SIN_PILOTO_RECOMENDADO] });
      parametros.postulacionId = p.id;
    }
    const texto = JSON.stringify(parametros);
    const enCola = await tx.exportacion.findFirst({ where: { tipo: input.tipo, parametros: texto, estado: { in: ["PENDIENTE", "EN_CURSO"] } }, select: { id: true } });
    const fila = enCola ?? (await tx.exportacion.create({ data: { tipo: input.tipo, parametros: texto, solicitadaPorId: user.id }, select: { id: true } }));
    afterCommit(async () => despertarExportador());
    return {
      data: { exportacionId: fila.id, nueva: !enCola },
      audit: { entidad: "Exportacion", entidadId: fila.id, datos: { tipo: input.tipo, parametros, yaEnCola: !!enCola } },
      mensaje: enCola
        ? `${NOMBRE_TIPO_EXPORTACION[input.tipo]}: ya estaba en preparación; su avance se ve en la lista.`
        : `${NOMBRE_TIPO_EXPORTACION[input.tipo]}: solicitada. Se genera en segundo plano; su avance se ve en la lista.`,
    };
  },
  revalidate: () => ["/seguimiento/exportaciones"],
});
