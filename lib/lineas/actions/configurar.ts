import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearClp } from "@/lib/domain/formato";
import { configurarLineaSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

// Opens or closes one cell of the matrix and sets its maximum amount (inside the convocatoria's band
// per project) and the documents an applicant must attach.
export const configurarLinea = defineAction({
  name: "linea.configurar",
  schema: configurarLineaSchema,
  async run({ input, tx, convocatoria }) {
    const linea = await tx.lineaPostulacion.findFirst({
      where: { id: input.id, convocatoriaId: convocatoria.id },
      select: { id: true, nivelMadurez: true, tipoEjecutor: true, convocatoria: { select: { montoMinProyecto: true, montoMaxProyecto: true } } },
    });
    if (!linea) throw new ActionError("La línea de postulación no existe.");
    const { montoMinProyecto: min, montoMaxProyecto: max } = linea.convocatoria;
    if (input.montoMaximo < min || input.montoMaximo > max) {
      const mensaje = `El monto máximo debe estar entre ${formatearClp(min)} y ${formatearClp(max)}, la banda por proyecto de la convocatoria.`;
      throw new ActionError(mensaje, { montoMaximo: [mensaje] });
    }
    await tx.lineaPostulacion.update({
      where: { id: linea.id },
      data: { habilitada: input.habilitada, montoMaximo: input.montoMaximo, adjuntosRequeridos: JSON.stringify(input.adjuntosRequeridos) },
    });
    return {
      data: { id: linea.id },
      audit: {
        entidad: "LineaPostulacion",
        entidadId: linea.id,
        datos: { nivelMadurez: linea.nivelMadurez, tipoEjecutor: linea.tipoEjecutor, habilitada: input.habilitada, montoMaximo: input.montoMaximo, adjuntosRequeridos: input.adjuntosRequeridos },
      },
      mensaje: input.habilitada ? "Línea guardada: queda abierta." : "Línea guardada: queda cerrada.",
    };
  },
  revalidate: (d) => ["/admin/lineas", `/admin/lineas/${d.id}`],
  etiquetas: [ETIQUETAS.lineas],
});
