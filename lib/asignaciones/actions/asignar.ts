import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { asignarPendientes, mensajeInfactible } from "../asignar";
import { asignarSchema } from "../schema";

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

// Staff assign evaluators to every admissible perfil that lacks them (N per perfil, plus third reviews),
// with the domain's rules: no conflict, organisation or RUT of their own, the rubric's region rule and cap,
// balanced load. All or nothing: when it cannot cover everything it says why and writes nothing. Running
// it again assigns only what is still missing (nothing, when everything is covered).
export const asignarEvaluaciones = defineAction({
  name: "evaluacion.asignar",
  schema: asignarSchema,
  async run({ tx, user, convocatoria }) {
    const r = await asignarPendientes(tx, convocatoria, { motivo: "ORDINARIA", asignadaPorId: user.id });
    if (r.motivos) throw new ActionError(mensajeInfactible(r.motivos));
    const n = r.asignaciones.length;
    return {
      data: { asignaciones: n, perfiles: r.perfiles, evaluadores: r.correos },
      audit: { entidad: "Convocatoria", entidadId: convocatoria.id, datos: { asignaciones: n, perfiles: r.perfiles, evaluadores: r.correos } },
      mensaje:
        n === 0
          ? "Todos los perfiles admisibles ya tienen sus evaluadores: no se asignó nada nuevo."
          : `Se crearon ${plural(n, "asignación", "asignaciones")} para ${plural(r.perfiles, "perfil", "perfiles")}; se avisó por correo a ${plural(r.correos, "evaluador", "evaluadores")}.`,
    };
  },
  revalidate: () => ["/seguimiento/asignaciones", "/seguimiento/evaluacion", "/evaluador"],
});
