"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { rectificarDatos } from "./actions/rectificar";
import { resolverSolicitudDatos } from "./actions/resolver";
import { solicitarDatos } from "./actions/solicitar";

export const solicitarDatosAction = serverAction(solicitarDatos);
export const rectificarDatosAction = serverAction(rectificarDatos);
export const resolverSolicitudDatosAction = serverAction(resolverSolicitudDatos);
