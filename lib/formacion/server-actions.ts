"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { completarModulo } from "./actions/completar-modulo";
import { guardarModulo } from "./actions/guardar-modulo";

export const guardarModuloAction = serverAction(guardarModulo);
export const completarModuloAction = serverAction(completarModulo);
