"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { otorgarRol } from "./actions/otorgar-rol";
import { revocarRol } from "./actions/revocar-rol";
import { verificarRut } from "./actions/verificar-rut";

export const otorgarRolAction = serverAction(otorgarRol);
export const revocarRolAction = serverAction(revocarRol);
export const verificarRutAction = serverAction(verificarRut);
