"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { crearBorrador } from "./actions/crear-borrador";
import { enviarPerfil } from "./actions/enviar";
import { guardarBorrador } from "./actions/guardar-borrador";
import { retirarPerfil } from "./actions/retirar";

export const crearBorradorAction = serverAction(crearBorrador);
export const guardarBorradorAction = serverAction(guardarBorrador);
export const enviarPerfilAction = serverAction(enviarPerfil);
export const retirarPerfilAction = serverAction(retirarPerfil);
