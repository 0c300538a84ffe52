"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { avanzarEtapa } from "./actions/avanzar-etapa";
import { cerrarConvocatoria } from "./actions/cerrar";
import { configurarConvocatoria } from "./actions/configurar";
import { crearSiguiente } from "./actions/crear-siguiente";
import { guardarCalendario } from "./actions/guardar-calendario";

export const configurarConvocatoriaAction = serverAction(configurarConvocatoria);
export const guardarCalendarioAction = serverAction(guardarCalendario);
export const avanzarEtapaAction = serverAction(avanzarEtapa);
export const cerrarConvocatoriaAction = serverAction(cerrarConvocatoria);
export const crearSiguienteAction = serverAction(crearSiguiente);
