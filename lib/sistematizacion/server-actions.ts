"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { enviarSistematizacion } from "./actions/enviar";
import { guardarBorradorSistematizacion } from "./actions/guardar-borrador";
import { revisarSistematizacion } from "./actions/revisar";

export const guardarBorradorSistematizacionAction = serverAction(guardarBorradorSistematizacion);
export const enviarSistematizacionAction = serverAction(enviarSistematizacion);
export const revisarSistematizacionAction = serverAction(revisarSistematizacion);
