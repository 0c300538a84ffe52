import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { avisosDelBorrador } from "../avisos-borrador";
import { wherePostulaciones } from "../alcance";
import { exigirPlazoAbierto } from "../plazo";
import { borradorSchema } from "../schema";

// Autosave. `version` is the draft version the browser last saw: a save from a stale tab is refused
// instead of silently overwriting newer text (the browser keeps its copy and tells the user).
export const guardarBorrador = defineAction({
  name: "perfil.guardarBorrador",
  schema: borradorSchema,
  async run({ input, tx, user, convocatoria }) {
    const { id, version, regiones, montoSolicitado: monto, ...campos } = input;
    await exigirPlazoAbierto(tx, convocatoria.id, "postular");
    const actual = await tx.postulacion.findFirst({
      where: { id, estado: "BORRADOR", AND: [wherePostulaciones(user, "perfil.guardarBorrador")] },
      select: { id: true, borradorVersion: true },
    });
    if (!actual) throw new ActionError("No encontramos ese borrador, o ya fue enviado.");
    // Conditional update: two saves with the same version cannot both win.
    const { count } = await tx.postulacion.updateMany({
      where: { id, borradorVersion: version },
      data: { ...campos, ...(monto && { montoSolicitado: monto.pesos }), borradorVersion: { increment: 1 } },
    });
    if (count !== 1) {
      throw new ActionError("Este borrador cambió en otra pestaña o dispositivo. Recargue la página para ver la versión más reciente.", {
        version: [String(actual.borradorVersion)],
      });
    }
    if (regiones) {
      await tx.postulacionRegion.deleteMany({ where: { postulacionId: id } });
      if (regiones.length) await tx.postulacionRegion.createMany({ data: [...new Set(regiones)].map((regionCut) => ({ postulacionId: id, regionCut })) });
    }
    const avisos = await avisosDelBorrador(tx, id, monto?.aviso ?? null);
    // The audit keeps the version, not the applicant's text (that lives in the row).
    return { data: { version: version + 1, guardadoEn: new Date().toISOString(), avisos }, audit: { entidad: "Postulacion", entidadId: id, datos: { version: version + 1 } } };
  },
});
