"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { aceptarInvitacion } from "./actions/aceptar-invitacion";
import { agregarMiembro } from "./actions/agregar-miembro";
import { resolverSolicitud } from "./actions/resolver-solicitud";
import { solicitarIngreso } from "./actions/solicitar-ingreso";

export const solicitarIngresoAction = serverAction(solicitarIngreso);
export const agregarMiembroAction = serverAction(agregarMiembro);
export const aceptarInvitacionAction = serverAction(aceptarInvitacion);
export const resolverSolicitudAction = serverAction(resolverSolicitud);
