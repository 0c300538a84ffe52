"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { anotarSeguimiento } from "./actions/anotar";
import { enviarRecordatorios } from "./actions/enviar-recordatorios";
import { prepararHitos } from "./actions/preparar-hitos";
import { revisarReporte } from "./actions/revisar-reporte";

export const prepararHitosAction = serverAction(prepararHitos);
export const revisarReporteAction = serverAction(revisarReporte);
export const anotarSeguimientoAction = serverAction(anotarSeguimiento);
export const enviarRecordatoriosAction = serverAction(enviarRecordatorios);
