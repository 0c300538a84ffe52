"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { confirmarCorreo } from "./actions/confirmar-correo";
import { registrar } from "./actions/registrar";
import { solicitarCorreo } from "./actions/solicitar-correo";

export const registrarAction = serverAction(registrar);
export const solicitarCorreoAction = serverAction(solicitarCorreo);
export const confirmarCorreoAction = serverAction(confirmarCorreo);
