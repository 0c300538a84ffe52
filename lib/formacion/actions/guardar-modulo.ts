import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { modulosBaseFaltantes } from "@/lib/domain/formacion";
import { guardarModuloSchema } from "../schema";

/** What was saved: the module's id (null when loading the base ones) and the base modules loaded. */
type Guardado = { id: string | null; cargados: string[] };

// Staff prepare the formation programme of the current convocatoria: create a module, edit one (by id), or
// load the four base modules (lib/domain/formacion.ts MODULOS_BASE) that are still missing.
export const guardarModulo = defineAction({
  name: "formacion.guardarModulo",
  schema: guardarModuloSchema,
  async run({ input, tx, convocatoria }) {
    if ("base" in input) {
      const existentes = await tx.moduloFormacion.findMany({ where: { convocatoriaId: convocatoria.id }, select: { clave: true } });
      const faltan = modulosBaseFaltantes(existentes.map((m) => m.clave));
      if (faltan.length === 0) throw new ActionError("Los cuatro módulos base ya están cargados en esta convocatoria.");
      for (const m of faltan) await tx.moduloFormacion.create({ data: { convocatoriaId: convocatoria.id, ...m } });
      const claves = faltan.map((m) => m.clave);
      return {
        data: { id: null, cargados: claves } as Guardado,
        audit: { entidad: "ModuloFormacion", entidadId: null, datos: { base: claves } },
        mensaje: faltan.length === 1 ? "Se cargó 1 módulo base." : `Se cargaron ${faltan.length} módulos base.`,
      };
    }
    const { id, ...campos } = input;
    const mismaClave = await tx.moduloFormacion.findUnique({ where: { convocatoriaId_clave: { convocatoriaId: convocatoria.id, clave: campos.clave } }, select: { id: true } });
    if (mismaClave && mismaClave.id !== id) {
      const m = "Ya hay un módulo con esa clave en esta convocatoria.";
      throw new ActionError(m, { clave: [m] });
    }
    if (id) {
      const actual = await tx.moduloFormacion.findFirst({ where: { id, convocatoriaId: convocatoria.id }, select: { id: true } });
      if (!actual) throw new ActionError("El módulo no existe.");
      await tx.moduloFormacion.update({ where: { id }, data: campos });
      return {
        data: { id, cargados: [] } as Guardado,
        audit: { entidad: "ModuloFormacion", entidadId: id, datos: { clave: campos.clave, titulo: campos.titulo, orden: campos.orden, editado: true } },
        mensaje: `Módulo «${campos.titulo}» guardado.`,
      };
    }
    const m = await tx.moduloFormacion.create({ data: { convocatoriaId: convocatoria.id, ...campos }, select: { id: true } });
    return {
      data: { id: m.id, cargados: [] } as Guardado,
      audit: { entidad: "ModuloFormacion", entidadId: m.id, datos: { clave: campos.clave, titulo: campos.titulo, orden: campos.orden } },
      mensaje: `Módulo «${campos.titulo}» creado.`,
    };
  },
  revalidate: () => ["/seguimiento/incubacion/formacion", "/postulante/incubacion/formacion"],
});
