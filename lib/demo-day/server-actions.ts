"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { asignarJurado } from "./actions/asignar-jurado";
import { calificar } from "./actions/calificar";
import { declararConflictoDemoDay } from "./actions/declarar-conflicto";

export const asignarJuradoAction = serverAction(asignarJurado);
export const declararConflictoDemoDayAction = serverAction(declararConflictoDemoDay);
export const calificarAction = serverAction(calificar);
