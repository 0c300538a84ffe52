import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { mensajeCierrePendiente } from "@/lib/domain/sistematizacion";
import { cerrarConvocatoriaSchema, estadoCierre } from "../cierre";
import { MENSAJE_SIN_SIGUIENTE, traspasarConvocatoriaActiva } from "../historia";

// Close the convocatoria (CIERRE, admin): only when every pilot's final report is approved; the refusal
// says how many are missing and names up to five. Nothing is deleted: activa = false, and the convocatoria
// stays in the history, and next year's convocatoria (made before with convocatoria.crearSiguiente, inactive)
// becomes the current one (lib/convocatoria/historia.ts); closing is refused until it exists.
export const cerrarConvocatoria = defineAction({
  name: "convocatoria.cerrar",
  schema: cerrarConvocatoriaSchema,
  async run({ input, tx, convocatoria }) {
    if (input.anio !== convocatoria.anio) throw new ActionError(`La convocatoria actual es la ${convocatoria.anio}, no la ${input.anio}: recargue la página.`);
    const { pilotos, pendientes } = await estadoCierre(tx, convocatoria.id);
    const falta = mensajeCierrePendiente(pendientes, pilotos);
    if (falta) throw new ActionError(falta);
    // Without next year's convocatoria nothing would be active afterwards, and no action (not even creating
    // it) could run: it is made first (docs/decisions/0018-historial-de-convocatorias.md).
    const siguiente = await tx.convocatoria.findUnique({ where: { anio: convocatoria.anio + 1 }, select: { id: true } });
    if (!siguiente) throw new ActionError(MENSAJE_SIN_SIGUIENTE(convocatoria.anio));
    const { count } = await tx.convocatoria.updateMany({ where: { id: convocatoria.id, activa: true }, data: { activa: false } });
    if (count !== 1) throw new ActionError("La convocatoria ya estaba cerrada: recargue la página.");
    await traspasarConvocatoriaActiva(tx, convocatoria);
    return {
      data: { id: convocatoria.id, anio: convocatoria.anio, siguienteId: siguiente.id },
      audit: { entidad: "Convocatoria", entidadId: convocatoria.id, datos: { activa: false, pilotos, siguienteId: siguiente.id } },
      mensaje: `Convocatoria ${convocatoria.anio} cerrada. Queda en el historial con ${pilotos === 1 ? "su piloto" : `sus ${pilotos} pilotos`} y sus informes finales. La convocatoria ${convocatoria.anio + 1} pasa a ser la activa.`,
    };
  },
  revalidate: () => ["/", "/admin/convocatoria", "/seguimiento/ejecucion/informes"],
  etiquetas: [ETIQUETAS.convocatoria, ETIQUETAS.aprendizajes],
});
