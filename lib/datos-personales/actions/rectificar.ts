import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { ROLES_CON_ALCANCE_REGIONAL } from "../reglas";
import { rectificarSchema } from "../schema";

// A signed-in person corrects their own name and region (Ley 21.719, rectificación). Only the caller's own
// account: there is no id in the input. RUT and e-mail are identity keys (sign-in, one vote per RUT): they
// are corrected by staff through a request (datos.solicitar). Nor may an account whose region is its scope
// (a regional evaluator) move itself to another region. The audit records which fields changed, not their values.
export const rectificarDatos = defineAction({
  name: "datos.rectificar",
  schema: rectificarSchema,
  async run({ input, tx, user }) {
    const actual = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { nombre: true, regionCut: true } });
    const region = input.regionCut === undefined ? actual.regionCut : input.regionCut;
    if (region !== actual.regionCut && user.roles.some((r) => ROLES_CON_ALCANCE_REGIONAL.includes(r))) {
      const m = "Su región define qué perfiles revisa: para cambiarla, pida una rectificación al equipo FOSIS.";
      throw new ActionError(m, { regionCut: [m] });
    }
    const campos = [...(input.nombre !== actual.nombre ? ["nombre"] : []), ...(region !== actual.regionCut ? ["regionCut"] : [])];
    if (campos.length) await tx.user.update({ where: { id: user.id }, data: { nombre: input.nombre, regionCut: region } });
    return {
      data: { campos },
      audit: { entidad: "User", entidadId: user.id, datos: { campos } },
      mensaje: campos.length ? "Sus datos quedaron corregidos." : "No había nada que corregir: sus datos ya eran esos.",
    };
  },
  revalidate: () => ["/cuenta", "/cuenta/datos"],
});
