// The attachment actions, for lib/actions/registry.ts.
import { eliminarAdjunto } from "./actions/eliminar";
import { subirAdjunto } from "./actions/subir";

export const ACCIONES_ADJUNTOS = [subirAdjunto, eliminarAdjunto] as const;
