import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { bloquearBorrador, MENSAJE_ADJUNTO_NO_ENCONTRADO } from "../borrador";
import { eliminarAdjuntoSchema } from "../schema";
import { borrarArchivo } from "../storage";

export const eliminarAdjunto = defineAction({
  name: "adjunto.eliminar",
  schema: eliminarAdjuntoSchema,
  async run({ input, user, tx, convocatoria, afterCommit }) {
    // Scope (the owner's) in the WHERE clause: someone else's document answers exactly like a missing one.
    const a = await tx.adjunto.findFirst({
      where: { id: input.id, postulacion: { convocatoriaId: convocatoria.id, AND: [wherePostulaciones(user, "adjunto.eliminar")] } },
      select: { id: true, clave: true, postulacionId: true, categoria: true, nombreArchivo: true, sha256: true },
    });
    if (!a?.postulacionId) throw new ActionError(MENSAJE_ADJUNTO_NO_ENCONTRADO);
    await bloquearBorrador(tx, { postulacionId: a.postulacionId, user, accion: "adjunto.eliminar", convocatoriaId: convocatoria.id });
    const { count } = await tx.adjunto.deleteMany({ where: { id: a.id } });
    if (count !== 1) throw new ActionError(MENSAJE_ADJUNTO_NO_ENCONTRADO);
    // The file goes only once the row is gone for good: a rolled-back delete keeps both.
    afterCommit(() => borrarArchivo(a.clave));
    return {
      data: { id: a.id, postulacionId: a.postulacionId },
      audit: { entidad: "Adjunto", entidadId: a.id, datos: { postulacionId: a.postulacionId, categoria: a.categoria, nombreArchivo: a.nombreArchivo, sha256: a.sha256 } },
      mensaje: `Documento «${a.nombreArchivo}» eliminado.`,
    };
  },
});
