// The líneas feature's actions (lib/actions/registry.ts lists them with every other feature's).
import { configurarLinea } from "./actions/configurar";

export const ACCIONES_LINEAS = [configurarLinea] as const;
