"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { asignarEvaluaciones } from "./actions/asignar";
import { declararConflicto } from "./actions/declarar-conflicto";
import { pedirTerceraRevision } from "./actions/pedir-tercera-revision";
import { reasignarEvaluacion } from "./actions/reasignar";

export const asignarEvaluacionesAction = serverAction(asignarEvaluaciones);
export const declararConflictoAction = serverAction(declararConflicto);
export const pedirTerceraRevisionAction = serverAction(pedirTerceraRevision);
export const reasignarEvaluacionAction = serverAction(reasignarEvaluacion);
