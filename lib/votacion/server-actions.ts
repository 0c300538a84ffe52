"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { configurarVotacion } from "./actions/configurar";
import { emitirVoto } from "./actions/emitir";

export const configurarVotacionAction = serverAction(configurarVotacion);
export const emitirVotoAction = serverAction(emitirVoto);
