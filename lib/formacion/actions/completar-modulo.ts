import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { exigirPreseleccionada } from "@/lib/incubacion/preseleccionadas";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { completarModuloSchema } from "../schema";

// A preselected team marks one formation module as done for its own perfil. A perfil outside the caller's
// rows, or not preselected, gets the same refusal as one that does not exist; a module already done is
// refused, writing nothing.
export const completarModulo = defineAction({
  name: "formacion.completarModulo",
  schema: completarModuloSchema,
  async run({ input, tx, user, convocatoria }) {
    const perfil = await exigirPreseleccionada(tx, convocatoria.id, input.postulacionId, wherePostulaciones(user, "formacion.completarModulo"));
    const modulo = await tx.moduloFormacion.findFirst({ where: { id: input.moduloId, convocatoriaId: convocatoria.id }, select: { id: true, titulo: true } });
    if (!modulo) throw new ActionError("El módulo de formación no existe.");
    const hecho = await tx.avanceModulo.findUnique({ where: { moduloId_postulacionId: { moduloId: modulo.id, postulacionId: perfil.id } }, select: { completadoEn: true } });
    if (hecho) throw new ActionError(`El equipo ya marcó como completado el módulo «${modulo.titulo}».`);
    const a = await tx.avanceModulo.create({ data: { moduloId: modulo.id, postulacionId: perfil.id, completadoPorId: user.id }, select: { id: true } });
    return {
      data: { id: a.id },
      audit: { entidad: "AvanceModulo", entidadId: a.id, datos: { moduloId: modulo.id, postulacionId: perfil.id } },
      mensaje: `Módulo «${modulo.titulo}» marcado como completado.`,
    };
  },
  revalidate: () => ["/postulante/incubacion/formacion", "/postulante/incubacion", "/seguimiento/incubacion/formacion"],
});
