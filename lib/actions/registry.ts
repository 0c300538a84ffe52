// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// Every action the portal runs, in the order of the permission table (lib/auth/permissions.ts).
import { registrar } from "@/lib/cuentas/actions/registrar";
import { otorgarRol } from "@/lib/usuarios/actions/otorgar-rol";
import { revocarRol } from "@/lib/usuarios/actions/revocar-rol";
import { configurarConvocatoria } from "@/lib/convocatoria/actions/configurar";
import { guardarCalendario } from "@/lib/convocatoria/actions/guardar-calendario";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { crearDesafio } from "@/lib/desafios/actions/crear";
import { editarDesafio } from "@/lib/desafios/actions/editar";
import { publicarDesafio } from "@/lib/desafios/actions/publicar";
import { configurarLinea } from "@/lib/lineas/actions/configurar";
import { crearBorrador } from "@/lib/postulaciones/actions/crear-borrador";
import { guardarBorrador } from "@/lib/postulaciones/actions/guardar-borrador";
import { enviarPerfil } from "@/lib/postulaciones/actions/enviar";
import { retirarPerfil } from "@/lib/postulaciones/actions/retirar";
import { subirAdjunto } from "@/lib/adjuntos/actions/subir";
import { eliminarAdjunto } from "@/lib/adjuntos/actions/eliminar";
import { decidirAdmisibilidad } from "@/lib/admisibilidad/actions/decidir";
import { crearTaller } from "@/lib/talleres/actions/crear";
import { inscribirseTaller } from "@/lib/talleres/actions/inscribirse";
import { confirmarInscripcion } from "@/lib/talleres/actions/confirmar-inscripcion";
import { marcarAsistencia } from "@/lib/talleres/actions/marcar-asistencia";
import { cancelarInscripcion } from "@/lib/talleres/actions/cancelar-inscripcion";
import { invitar } from "@/lib/scouting/actions/invitar";
import { solicitarIngreso } from "@/lib/organizaciones/actions/solicitar-ingreso";
import { agregarMiembro } from "@/lib/organizaciones/actions/agregar-miembro";
import { aceptarInvitacion } from "@/lib/organizaciones/actions/aceptar-invitacion";
import { resolverSolicitud } from "@/lib/organizaciones/actions/resolver-solicitud";

export const ACCIONES = [
  registrar,
  otorgarRol,
  revocarRol,
  configurarConvocatoria,
  guardarCalendario,
  avanzarEtapa,
  crearDesafio,
  editarDesafio,
  publicarDesafio,
  configurarLinea,
  crearBorrador,
  guardarBorrador,
  enviarPerfil,
  retirarPerfil,
  subirAdjunto,
  eliminarAdjunto,
  decidirAdmisibilidad,
  crearTaller,
  inscribirseTaller,
  confirmarInscripcion,
  marcarAsistencia,
  cancelarInscripcion,
  invitar,
  solicitarIngreso,
  agregarMiembro,
  aceptarInvitacion,
  resolverSolicitud,
] as const;
