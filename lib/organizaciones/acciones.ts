// The organisation membership actions (lib/actions/registry.ts lists them with every other feature's).
import { agregarMiembro } from "./actions/agregar-miembro";
import { resolverSolicitud } from "./actions/resolver-solicitud";
import { solicitarIngreso } from "./actions/solicitar-ingreso";

export const ACCIONES_ORGANIZACIONES = [solicitarIngreso, agregarMiembro, resolverSolicitud] as const;
