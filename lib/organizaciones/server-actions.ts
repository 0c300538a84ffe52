"use server";
// Server actions of the organisation membership feature, bound to Next's session.
import { serverAction } from "@/lib/actions/next";
import { agregarMiembro } from "./actions/agregar-miembro";
import { resolverSolicitud } from "./actions/resolver-solicitud";
import { solicitarIngreso } from "./actions/solicitar-ingreso";

export const solicitarIngresoAction = serverAction(solicitarIngreso);
export const agregarMiembroAction = serverAction(agregarMiembro);
export const resolverSolicitudAction = serverAction(resolverSolicitud);
