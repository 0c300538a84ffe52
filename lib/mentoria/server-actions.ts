"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { asignarMentoria } from "./actions/asignar";
import { confirmarSesion } from "./actions/confirmar-sesion";
import { declararConflictoMentoria } from "./actions/declarar-conflicto";
import { enviarAlertas } from "./actions/enviar-alertas";
import { registrarSesion } from "./actions/registrar-sesion";

export const asignarMentoriaAction = serverAction(asignarMentoria);
export const declararConflictoMentoriaAction = serverAction(declararConflictoMentoria);
export const registrarSesionAction = serverAction(registrarSesion);
export const confirmarSesionAction = serverAction(confirmarSesion);
export const enviarAlertasAction = serverAction(enviarAlertas);
