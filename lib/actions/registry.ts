// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// Every action the portal runs, in the order of the permission table (lib/auth/permissions.ts).
import { registrar } from "@/lib/cuentas/actions/registrar";
import { solicitarCorreo } from "@/lib/cuentas/actions/solicitar-correo";
import { confirmarCorreo } from "@/lib/cuentas/actions/confirmar-correo";
import { otorgarRol } from "@/lib/usuarios/actions/otorgar-rol";
import { revocarRol } from "@/lib/usuarios/actions/revocar-rol";
import { verificarRut } from "@/lib/usuarios/actions/verificar-rut";
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
import { guardarRubrica } from "@/lib/rubrica/actions/guardar";
import { calibrar } from "@/lib/capacitacion/actions/calibrar";
import { asignarEvaluaciones } from "@/lib/asignaciones/actions/asignar";
import { declararConflicto } from "@/lib/asignaciones/actions/declarar-conflicto";
import { pedirTerceraRevision } from "@/lib/asignaciones/actions/pedir-tercera-revision";
import { reasignarEvaluacion } from "@/lib/asignaciones/actions/reasignar";
import { guardarBorradorEvaluacion } from "@/lib/evaluacion/actions/guardar-borrador";
import { enviarEvaluacion } from "@/lib/evaluacion/actions/enviar";
import { configurarVotacion } from "@/lib/votacion/actions/configurar";
import { emitirVoto } from "@/lib/votacion/actions/emitir";
import { prepararRonda } from "@/lib/seleccion/actions/preparar-ronda";
import { decidir } from "@/lib/seleccion/actions/decidir";
import { adoptarSugerencia } from "@/lib/seleccion/actions/adoptar-sugerencia";
import { generarActa } from "@/lib/seleccion/actions/generar-acta";
import { firmarActa } from "@/lib/seleccion/actions/firmar-acta";
import { retirarActa } from "@/lib/seleccion/actions/retirar-acta";
import { guardarModulo } from "@/lib/formacion/actions/guardar-modulo";
import { completarModulo } from "@/lib/formacion/actions/completar-modulo";
import { registrarMentor } from "@/lib/mentores/actions/registrarse";
import { invitarMentor } from "@/lib/mentores/actions/invitar";
import { revisarMentor } from "@/lib/mentores/actions/revisar";
import { asignarMentoria } from "@/lib/mentoria/actions/asignar";
import { declararConflictoMentoria } from "@/lib/mentoria/actions/declarar-conflicto";
import { registrarSesion } from "@/lib/mentoria/actions/registrar-sesion";
import { confirmarSesion } from "@/lib/mentoria/actions/confirmar-sesion";
import { enviarAlertas } from "@/lib/mentoria/actions/enviar-alertas";
import { guardarBorradorFormulario } from "@/lib/formulario/actions/guardar-borrador";
import { enviarFormulario } from "@/lib/formulario/actions/enviar";
import { asignarJurado } from "@/lib/demo-day/actions/asignar-jurado";
import { declararConflictoDemoDay } from "@/lib/demo-day/actions/declarar-conflicto";
import { calificar } from "@/lib/demo-day/actions/calificar";
import { registrarConvenio } from "@/lib/convenio/actions/registrar";
import { prepararHitos } from "@/lib/ejecucion/actions/preparar-hitos";
import { reportarAvance } from "@/lib/ejecucion/actions/reportar-avance";
import { revisarReporte } from "@/lib/ejecucion/actions/revisar-reporte";
import { anotarSeguimiento } from "@/lib/ejecucion/actions/anotar";
import { enviarRecordatorios } from "@/lib/ejecucion/actions/enviar-recordatorios";
import { compartirMaterial } from "@/lib/talleres/actions/compartir-material";
import { guardarBorradorSistematizacion } from "@/lib/sistematizacion/actions/guardar-borrador";
import { enviarSistematizacion } from "@/lib/sistematizacion/actions/enviar";
import { revisarSistematizacion } from "@/lib/sistematizacion/actions/revisar";
import { cerrarConvocatoria } from "@/lib/convocatoria/actions/cerrar";
import { crearSiguiente } from "@/lib/convocatoria/actions/crear-siguiente";
import { solicitarExportacion } from "@/lib/exportaciones/actions/solicitar";
import { solicitarDatos } from "@/lib/datos-personales/actions/solicitar";
import { rectificarDatos } from "@/lib/datos-personales/actions/rectificar";
import { resolverSolicitudDatos } from "@/lib/datos-personales/actions/resolver";

export const ACCIONES = [
  registrar,
  solicitarCorreo,
  confirmarCorreo,
  otorgarRol,
  revocarRol,
  verificarRut,
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
  guardarRubrica,
  calibrar,
  asignarEvaluaciones,
  declararConflicto,
  pedirTerceraRevision,
  reasignarEvaluacion,
  guardarBorradorEvaluacion,
  enviarEvaluacion,
  configurarVotacion,
  emitirVoto,
  prepararRonda,
  decidir,
  adoptarSugerencia,
  generarActa,
  firmarActa,
  retirarActa,
  guardarModulo,
  completarModulo,
  registrarMentor,
  invitarMentor,
  revisarMentor,
  asignarMentoria,
  declararConflictoMentoria,
  registrarSesion,
  confirmarSesion,
  enviarAlertas,
  guardarBorradorFormulario,
  enviarFormulario,
  asignarJurado,
  declararConflictoDemoDay,
  calificar,
  registrarConvenio,
  prepararHitos,
  reportarAvance,
  revisarReporte,
  anotarSeguimiento,
  enviarRecordatorios,
  compartirMaterial,
  guardarBorradorSistematizacion,
  enviarSistematizacion,
  revisarSistematizacion,
  cerrarConvocatoria,
  crearSiguiente,
  solicitarExportacion,
  solicitarDatos,
  rectificarDatos,
  resolverSolicitudDatos,
] as const;
