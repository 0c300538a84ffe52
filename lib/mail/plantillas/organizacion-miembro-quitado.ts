// To each member removed when staff settle a disputed organisation (organizacion.resolverSolicitud,
// APROBAR_Y_QUITAR), with the written reasons.
import { formatearRut } from "@/lib/domain/rut";
import { citarEnCorreo } from "@/lib/domain/texto-en-correo";
import { FIRMA, mensaje } from "../mensaje";
import type { OrganizacionCorreo } from "./organizacion-invitacion";

export function correoOrganizacionMiembroQuitado(d: { nombre: string; organizacion: OrganizacionCorreo; motivos: string | null }) {
  return mensaje("Fondo IDEA: ya no es integrante de una organización", [
    `Hola ${d.nombre}:`,
    "",
    `El equipo FOSIS revisó quién actúa por la organización «${citarEnCorreo(d.organizacion.nombre)}» (RUT ${formatearRut(d.organizacion.rut)}) y le quitó como integrante: ya no puede enviar perfiles a su nombre.`,
    ...(d.motivos ? ["", "Motivos:", d.motivos] : []),
    "",
    "Si cree que es un error, responda a este correo.",
    "",
    FIRMA,
  ]);
}
