import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { contenidoDeFila, revisarEnvioSistematizacion } from "@/lib/domain/sistematizacion";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { exigirPiloto } from "../piloto";
import { envioSistematizacionSchema, MENSAJE_CONFLICTO, MENSAJE_NO_CUMPLE, MENSAJE_NO_EDITABLE } from "../schema";

// Submit the final report for review: what is stored, at the version the browser shows, complete (every
// section, a result for every metric, the executed amount of every budget category, a recommendation with
// reasons of at least 30 characters). It is then frozen (ENVIADA, enviadaEn) until staff review it.
export const enviarSistematizacion = defineAction({
  name: "sistematizacion.enviar",
  schema: envioSistematizacionSchema,
  async run({ input, tx, user, convocatoria }) {
    const ahora = new Date();
    const p = await exigirPiloto(tx, convocatoria.id, input.id, wherePostulaciones(user, "sistematizacion.enviar"));
    // Claim the row first (a conditional write): of concurrent submissions only one finds it editable at
    // this version; the others wait for it and then find nothing to claim.
    const { count } = await tx.sistematizacion.updateMany({
      where: { postulacionId: p.id, version: input.version, estado: { in: ["BORRADOR", "OBSERVADA"] } },
      data: { estado: "ENVIADA", enviadaEn: ahora },
    });
    if (count !== 1) {
      const actual = await tx.sistematizacion.findUnique({ where: { postulacionId: p.id }, select: { version: true, estado: true } });
      if (!actual) throw new ActionError("Aún no hay nada guardado en este informe: complételo antes de enviarlo.");
      if (actual.estado === "ENVIADA" || actual.estado === "APROBADA") throw new ActionError(MENSAJE_NO_EDITABLE);
      throw new ActionError(MENSAJE_CONFLICTO, { version: [String(actual.version)] });
    }
    const fila = await tx.sistematizacion.findUniqueOrThrow({ where: { postulacionId: p.id } });
    const errores = revisarEnvioSistematizacion(contenidoDeFila(fila));
    // Refused: the transaction rolls back, the estado included.
    if (Object.keys(errores).length) throw new ActionError(MENSAJE_NO_CUMPLE, errores);
    return {
      data: { id: p.id },
      audit: { entidad: "Sistematizacion", entidadId: fila.id, datos: { postulacionId: p.id, version: fila.version, recomendacion: fila.recomendacion } },
      mensaje: "Informe final enviado a revisión. El equipo FOSIS le avisará por correo cuando lo revise.",
    };
  },
  revalidate: () => ["/postulante/piloto/informe", "/seguimiento/ejecucion/informes"],
});
