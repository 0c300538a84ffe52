import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { wherePostulaciones } from "../alcance";
import { exigirPlazoAbierto } from "../plazo";
import { retiroSchema } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";

// Withdrawing is possible until the deadline. The organisation is released so it can apply again.
export const retirarPerfil = defineAction({
  name: "perfil.retirar",
  schema: retiroSchema,
  async run({ input, tx, user, convocatoria }) {
    await exigirPlazoAbierto(tx, convocatoria.id, "retirar");
    const { count } = await tx.postulacion.updateMany({
      where: { id: input.id, estado: "ENVIADA", AND: [wherePostulaciones(user, "perfil.retirar")] },
      data: { estado: "RETIRADA", organizacionId: null },
    });
    if (count !== 1) throw new ActionError("No encontramos un perfil enviado con ese identificador.");
    return { data: { id: input.id }, audit: { entidad: "Postulacion", entidadId: input.id, datos: { estado: "RETIRADA" } }, mensaje: "Perfil retirado." };
  },
  revalidate: (d) => ["/postulante", `/postulante/perfiles/${d.id}`],
  etiquetas: [ETIQUETAS.perfiles],
});
