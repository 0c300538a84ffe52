import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearFechaHora } from "@/lib/domain/formato";
import { cierreConvocatoria } from "../plazo";
import { retiroSchema } from "../schema";

// Withdrawing is possible until the deadline. The organisation is released so it can apply again.
export const retirarPerfil = defineAction({
  name: "perfil.retirar",
  schema: retiroSchema,
  async run({ input, tx, user, convocatoria }) {
    const cierre = await cierreConvocatoria(tx, convocatoria.id);
    if (!cierre || new Date() > cierre) throw new ActionError(cierre ? `El plazo para retirar perfiles cerró el ${formatearFechaHora(cierre)}.` : "La convocatoria no tiene fecha de cierre.");
    const { count } = await tx.postulacion.updateMany({
      where: { id: input.id, postulanteId: user!.id, estado: "ENVIADA" },
      data: { estado: "RETIRADA", organizacionId: null },
    });
    if (count !== 1) throw new ActionError("No encontramos un perfil enviado con ese identificador.");
    return { data: { id: input.id }, audit: { entidad: "Postulacion", entidadId: input.id, datos: { estado: "RETIRADA" } }, mensaje: "Perfil retirado." };
  },
  revalidate: (d) => ["/postulante", `/postulante/perfiles/${d.id}`],
});
