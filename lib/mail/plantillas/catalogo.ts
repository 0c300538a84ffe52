// Every mail template, with when it is sent and sample data: the staff preview (/admin/correos) lists
// them, and the tests render each one (also with hostile data). A new template gets a row here.
import { urlPortal } from "@/lib/config/url-portal";
import type { MensajeCorreo } from "../mensaje";
import { correoAdmisibilidadDecidida } from "./admisibilidad-decidida";
import { correoAsignacionesEvaluacion } from "./asignaciones-evaluacion";
import { correoAsignacionesSinEvaluador } from "./asignaciones-sin-evaluador";
import { correoAuditoriaCabezaDiaria } from "./auditoria-cabeza-diaria";
import { correoJuradoAsignado } from "./jurado-asignado";
import { correoConvocatoriaCerradaAntes } from "./convocatoria-cerrada-antes";
import { correoConfirmarCorreo } from "./correo-confirmar";
import { correoDatosSolicitudNueva } from "./datos-solicitud-nueva";
import { correoDatosSolicitudRecibida } from "./datos-solicitud-recibida";
import { correoDatosSolicitudResuelta } from "./datos-solicitud-resuelta";
import { correoFormularioEnviado } from "./formulario-enviado";
import { correoHitoRecordatorio } from "./hito-recordatorio";
import { correoHitoRevisado } from "./hito-revisado";
import { correoMentoriaAlerta } from "./mentoria-alerta";
import { correoMentoriaAsignada } from "./mentoria-asignada";
import { correoMentorInvitacion } from "./mentor-invitacion";
import { correoMentorRevision } from "./mentor-revision";
import { correoOrganizacionInvitacion } from "./organizacion-invitacion";
import { correoOrganizacionMiembroQuitado } from "./organizacion-miembro-quitado";
import { correoOrganizacionSolicitud } from "./organizacion-solicitud";
import { correoOrganizacionSolicitudResuelta } from "./organizacion-solicitud-resuelta";
import { correoPerfilEnviado } from "./perfil-enviado";
import { correoRegistroBienvenida } from "./registro-bienvenida";
import { correoRegistroIntentoDuplicado } from "./registro-intento-duplicado";
import { correoScoutingInvitacion } from "./scouting-invitacion";
import { correoSeleccionResultado } from "./seleccion-resultado";
import { correoTallerConfirmada } from "./taller-confirmada";
import { correoTallerConfirmarInscripcion } from "./taller-confirmar-inscripcion";
import type { EventoCorreo } from "./taller-detalle";
import { correoTallerListaEspera } from "./taller-lista-espera";
import { correoTallerPromovida } from "./taller-promovida";
import { correoSistematizacionRevisada } from "./sistematizacion-revisada";
import { correoTallerMaterial } from "./taller-material";

export type EntradaCatalogo = {
  /** The template's file name in lib/mail/plantillas. */
  clave: string;
  titulo: string;
  /** When it is sent and to whom, in Spanish. */
  cuando: string;
  /** The template rendered with sample data. */
  ejemplo: () => MensajeCorreo;
};

const FECHA = new Date("2019-05-10T14:30:00-04:00");
const TALLER: EventoCorreo = {
  id: "taller-ejemplo",
  titulo: "Taller regional de ideación — Biobío",
  inicio: new Date("2019-05-20T18:30:00-04:00"),
  lugar: "Sede FOSIS Biobío, Concepción",
  enlace: null,
};
const ORGANIZACION = { nombre: "Junta de Vecinos Villa Esperanza", rut: "65123456-5" };

export const CATALOGO: readonly EntradaCatalogo[] = [
  {
    clave: "registro-bienvenida",
    titulo: "Cuenta creada",
    cuando: "A quien crea una cuenta en el portal.",
    ejemplo: () => correoRegistroBienvenida({ nombre: "Pedro Postulante" }),
  },
  {
    clave: "registro-intento-duplicado",
    titulo: "Intento de registro con datos existentes",
    cuando: "Al dueño de una cuenta cuando alguien intenta registrarse con su correo o su RUT (a lo más uno al día).",
    ejemplo: () => correoRegistroIntentoDuplicado({ nombre: "Pedro Postulante" }),
  },
  {
    clave: "correo-confirmar",
    titulo: "Confirmar el correo de una cuenta de ClaveÚnica",
    cuando: "Al correo que una persona que ingresa con ClaveÚnica pide agregar a su cuenta (a lo más cinco al día por cuenta).",
    ejemplo: () => correoConfirmarCorreo({ nombre: "Ana Afiliada", enlace: urlPortal("/cuenta/correo/ejemplo"), vence: new Date("2026-10-02T15:00:00Z") }),
  },
  {
    clave: "perfil-enviado",
    titulo: "Perfil recibido",
    cuando: "A quien postula, al enviar un perfil.",
    ejemplo: () =>
      correoPerfilEnviado({
        nombre: "Pedro Postulante",
        proyecto: "Aulas que acompañan",
        desafio: "Volver a la escuela",
        convocatoria: "Fondo IDEA 2019",
        folio: 12,
        enviadaEn: FECHA,
        huella: "3f0a9c2e7b41d85e6a0c9f17b2d4e8a1c5f3b7d9e2a4c6b8d0f1e3a5c7b9d2f4",
        cierre: new Date("2019-05-31T23:59:59-04:00"),
      }),
  },
  {
    clave: "formulario-enviado",
    titulo: "Formulario completo recibido",
    cuando: "A quien postuló un perfil preseleccionado, al enviar su formulario completo durante la formación e incubación.",
    ejemplo: () =>
      correoFormularioEnviado({
        nombre: "Pedro Postulante",
        proyecto: "Aulas que acompañan",
        desafio: "Volver a la escuela",
        convocatoria: "Fondo IDEA 2019",
        folio: 12,
        enviadoEn: new Date("2019-08-20T16:45:00-04:00"),
        huella: "9c1e3a5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c",
      }),
  },
  {
    clave: "admisibilidad-decidida",
    titulo: "Decisión de admisibilidad",
    cuando: "A quien postuló, cuando el equipo FOSIS declara su perfil admisible o inadmisible (o cambia la decisión).",
    ejemplo: () =>
      correoAdmisibilidadDecidida({
        nombre: "Pedro Postulante",
        proyecto: "Aulas que acompañan",
        folio: 12,
        desafio: "Volver a la escuela",
        decision: "ADMISIBLE",
        motivos: "Cumple los requisitos de la línea y adjunta los documentos exigidos.",
        reemplazaAnterior: false,
      }),
  },
  {
    clave: "seleccion-resultado",
    titulo: "Resultado de la selección",
    cuando: "A quien postuló cada perfil candidato, cuando todos los miembros presentes del comité firman el acta de la preselección o de la selección final.",
    ejemplo: () =>
      correoSeleccionResultado({
        nombre: "Pedro Postulante",
        proyecto: "Aulas que acompañan",
        folio: 12,
        fase: "PRESELECCION",
        decision: "SELECCIONADA",
        montoAsignado: 25_000_000,
        fundamento: "",
      }),
  },
  {
    clave: "asignaciones-evaluacion",
    titulo: "Perfiles asignados para evaluar",
    cuando:
      "A cada evaluador que recibe perfiles: en la asignación del equipo FOSIS, en una tercera revisión o cuando otro evaluador declara un conflicto o se reasigna. Si no ha aprobado la capacitación, se lo recuerda.",
    ejemplo: () =>
      correoAsignacionesEvaluacion({
        nombre: "Elena Evaluadora",
        convocatoria: "Fondo IDEA 2019",
        perfiles: [
          { folio: 12, proyecto: "Aulas que acompañan" },
          { folio: 31, proyecto: "Respiro en casa" },
        ],
        motivo: "ORDINARIA",
        capacitacionAprobada: false,
      }),
  },
  {
    clave: "asignaciones-sin-evaluador",
    titulo: "Perfil sin evaluador",
    cuando: "A cada administrador y encargado técnico, cuando un evaluador declara un conflicto de interés y no hay otro evaluador elegible para reemplazarlo.",
    ejemplo: () =>
      correoAsignacionesSinEvaluador({
        nombre: "Ernesto Encargado Técnico",
        perfil: { folio: 12, proyecto: "Aulas que acompañan" },
        motivos: ["falta 1 evaluador elegible para la región de Aysén del General Carlos Ibáñez del Campo (afecta a 1 perfil)"],
      }),
  },
  {
    clave: "convocatoria-cerrada-antes",
    titulo: "La Convocatoria cerró antes de lo planificado",
    cuando: "A cada persona con perfiles en la convocatoria, cuando el administrador termina la etapa Convocatoria antes de su fin planificado.",
    ejemplo: () =>
      correoConvocatoriaCerradaAntes({
        afectado: { userId: "u1", nombre: "Pedro Postulante", email: "postulante@fondoidea.cl", borradores: ["«Huertos comunitarios»"], enviados: ["«Aulas que acompañan»"] },
        convocatoria: "Fondo IDEA 2019",
        finPlanificado: new Date("2019-05-31T23:59:59-04:00"),
        cierre: FECHA,
      }),
  },
  {
    clave: "taller-confirmar-inscripcion",
    titulo: "Confirmar inscripción en un taller",
    cuando: "A quien se inscribe en un taller sin cuenta: el enlace para confirmar (no lleva el nombre escrito en el formulario).",
    ejemplo: () =>
      correoTallerConfirmarInscripcion({
        evento: TALLER,
        enlace: urlPortal("/talleres/confirmar/ejemplo-de-enlace-de-confirmacion"),
        vence: new Date("2019-05-12T14:30:00-04:00"),
      }),
  },
  {
    clave: "taller-confirmada",
    titulo: "Inscripción confirmada",
    cuando: "A quien obtiene un cupo en un taller.",
    ejemplo: () => correoTallerConfirmada({ evento: TALLER, nombre: "Rosa Pérez" }),
  },
  {
    clave: "taller-lista-espera",
    titulo: "Lista de espera de un taller",
    cuando: "A quien se inscribe en un taller sin cupos libres.",
    ejemplo: () => correoTallerListaEspera({ evento: TALLER, nombre: "Tomás Soto" }),
  },
  {
    clave: "taller-promovida",
    titulo: "Se liberó un cupo",
    cuando: "A quien esperaba hace más tiempo, cuando otra persona cancela su cupo.",
    ejemplo: () => correoTallerPromovida({ evento: TALLER, nombre: "Tomás Soto" }),
  },
  {
    clave: "scouting-invitacion",
    titulo: "Invitación a postular (scouting)",
    cuando: "A una persona que el equipo FOSIS invita a postular a un desafío publicado, con un enlace firmado.",
    ejemplo: () =>
      correoScoutingInvitacion({
        nombre: "Inés Invitada",
        invitadoPor: "Ernesto Encargado Técnico",
        desafio: { titulo: "Volver a la escuela", resumen: "Que niños, niñas y adolescentes fuera de la escuela vuelvan a estudiar." },
        mensajePersonal: "Vimos su trabajo con jóvenes en Lota.",
        enlace: urlPortal("/invitacion/ejemplo.firma"),
        vence: new Date("2019-05-24T14:30:00-04:00"),
      }),
  },
  {
    clave: "organizacion-invitacion",
    titulo: "Invitación a una organización",
    cuando: "A una cuenta de postulante que un integrante invita a su organización.",
    ejemplo: () => correoOrganizacionInvitacion({ nombre: "Bea Bravo", organizacion: ORGANIZACION }),
  },
  {
    clave: "organizacion-solicitud",
    titulo: "Solicitud para unirse a una organización",
    cuando: "A cada integrante activo, cuando alguien pide unirse a su organización.",
    ejemplo: () => correoOrganizacionSolicitud({ nombre: "Ana Aravena", organizacion: ORGANIZACION }),
  },
  {
    clave: "organizacion-solicitud-resuelta",
    titulo: "Solicitud aprobada o rechazada",
    cuando: "A quien pidió unirse, cuando un integrante o el equipo FOSIS resuelve su solicitud.",
    ejemplo: () => correoOrganizacionSolicitudResuelta({ nombre: "Bea Bravo", organizacion: ORGANIZACION, aprobada: true, motivos: null }),
  },
  {
    clave: "organizacion-miembro-quitado",
    titulo: "Integrante quitado",
    cuando: "A cada integrante que el equipo FOSIS quita al resolver una disputa sobre quién actúa por una organización.",
    ejemplo: () =>
      correoOrganizacionMiembroQuitado({
        nombre: "Carla Castro",
        organizacion: ORGANIZACION,
        motivos: "La directiva acreditó con su acta quiénes actúan por la organización.",
      }),
  },
  {
    clave: "jurado-asignado",
    titulo: "Integra el jurado de un demo day",
    cuando: "A quien el equipo FOSIS suma al jurado de un demo day regional, con su hélice.",
    ejemplo: () => correoJuradoAsignado({ nombre: "Julia Jurado", helice: "ACADEMIA", evento: { id: "demo-day-ejemplo", titulo: "Demo day regional — Biobío", inicio: FECHA, lugar: "Sede FOSIS Biobío, Concepción", enlace: null, region: "Biobío" } }),
  },
  {
    clave: "mentor-invitacion",
    titulo: "Invitación al pool de mentores",
    cuando: "A una persona que el equipo FOSIS invita a inscribirse como mentora o mentor de los equipos preseleccionados.",
    ejemplo: () =>
      correoMentorInvitacion({ nombre: "Marta Mentora", invitadoPor: "Ernesto Encargado Técnico", institucion: "Universidad de Concepción", enlace: urlPortal("/mentores/registro") }),
  },
  {
    clave: "mentor-revision",
    titulo: "Inscripción de mentor revisada",
    cuando: "A quien se inscribió en el pool de mentores, cuando el equipo FOSIS aprueba (otorga el rol de mentor) o rechaza su inscripción.",
    ejemplo: () =>
      correoMentorRevision({ nombre: "Marta Mentora", aprobada: false, motivo: "Falta describir su experiencia con proyectos sociales.", enlace: urlPortal("/mentores/registro") }),
  },
  {
    clave: "mentoria-asignada",
    titulo: "Mentoría asignada",
    cuando: "Al mentor o mentora y a quien postuló, cuando el equipo FOSIS asigna (o reasigna) un mentor a un equipo preseleccionado.",
    ejemplo: () => correoMentoriaAsignada({ para: "mentor", nombre: "Marta Mentora", proyecto: "Aulas que acompañan", desafio: "Volver a la escuela", region: "Biobío", mentoriaId: "mentoria-ejemplo" }),
  },
  {
    clave: "mentoria-alerta",
    titulo: "Semanas de mentoría sin sesión",
    cuando: "Al mentor o mentora y a quien postuló, cuando el equipo FOSIS envía las alertas y la mentoría tiene semanas vencidas sin sesión (a lo más una al día).",
    ejemplo: () => correoMentoriaAlerta({ para: "equipo", nombre: "Pedro Postulante", proyecto: "Aulas que acompañan", mentoriaId: "mentoria-ejemplo", semanas: [2, 3] }),
  },
  {
    clave: "datos-solicitud-recibida",
    titulo: "Solicitud sobre datos personales recibida",
    cuando: "A quien pide rectificar o suprimir sus datos personales: el comprobante, con el plazo de respuesta (30 días corridos).",
    ejemplo: () => correoDatosSolicitudRecibida({ nombre: "Pedro Postulante", tipo: "SUPRESION", recibidaEn: FECHA, venceEn: new Date("2019-06-09T23:59:59-04:00"), enlace: urlPortal("/cuenta/datos") }),
  },
  {
    clave: "datos-solicitud-nueva",
    titulo: "Nueva solicitud sobre datos personales",
    cuando: "A cada administrador, cuando alguien pide rectificar o suprimir sus datos personales (sin los datos de la persona).",
    ejemplo: () => correoDatosSolicitudNueva({ nombre: "Ana Administradora", tipo: "RECTIFICACION", venceEn: new Date("2019-06-09T23:59:59-04:00"), enlace: urlPortal("/admin/datos-personales") }),
  },
  {
    clave: "datos-solicitud-resuelta",
    titulo: "Solicitud sobre datos personales resuelta o rechazada",
    cuando: "A quien pidió rectificar o suprimir sus datos, cuando un administrador la resuelve o la rechaza (tras una supresión, sin su nombre).",
    ejemplo: () => correoDatosSolicitudResuelta({ nombre: null, tipo: "SUPRESION", resuelta: true, respuesta: null }),
  },
  {
    clave: "hito-revisado",
    titulo: "Reporte de avance revisado",
    cuando: "A quien postuló un piloto, cuando el equipo FOSIS aprueba su reporte de avance de un hito (el hito queda cumplido) o pide cambios con el motivo.",
    ejemplo: () => correoHitoRevisado({ nombre: "Pedro Postulante", proyecto: "Aulas que acompañan", hito: "Primer ciclo de tutorías", decision: "OBSERVADO", motivo: "Falta la lista de asistencia firmada de las sesiones." }),
  },
  {
    clave: "hito-recordatorio",
    titulo: "Hitos por vencer o atrasados",
    cuando: "A quien postuló un piloto, cuando el equipo FOSIS envía los recordatorios: cada hito se recuerda una vez a 7 días de vencer y se avisa una vez cuando está atrasado.",
    ejemplo: () =>
      correoHitoRecordatorio({
        nombre: "Pedro Postulante",
        proyecto: "Aulas que acompañan",
        porVencer: [{ titulo: "Segundo ciclo de tutorías", vence: new Date("2019-10-20T23:59:59-03:00") }],
        atrasados: [{ titulo: "Diagnóstico de las familias", vence: new Date("2019-09-30T23:59:59-03:00") }],
      }),
  },
  {
    clave: "auditoria-cabeza-diaria",
    titulo: "Cabeza diaria de la bitácora",
    cuando: "A cada administrador, una vez al día: la última entrada verificada de la bitácora de auditoría.",
    ejemplo: () =>
      correoAuditoriaCabezaDiaria({
        dia: "2019-05-10",
        puntoDeControl: { id: 1234, hash: "9b2e4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b", createdAt: FECHA },
        falla: null,
      }),
  },
  {
    clave: "sistematizacion-revisada",
    titulo: "Informe final revisado",
    cuando: "A quien postuló el piloto, cuando el equipo FOSIS aprueba su informe final (se publica) o le pide cambios con el motivo.",
    ejemplo: () => correoSistematizacionRevisada({ nombre: "Pedro Postulante", proyecto: "Aulas que acompañan", aprobada: false, motivo: "Falta el resultado de la segunda métrica y el respaldo de los costos de difusión.", enlace: urlPortal("/postulante/piloto/informe") }),
  },
  {
    clave: "taller-material",
    titulo: "Material de un encuentro",
    cuando: "A cada persona con inscripción confirmada, cuando el equipo FOSIS comparte el material del taller o encuentro (una vez por persona).",
    ejemplo: () => correoTallerMaterial({ evento: TALLER, nombre: "Pedro Postulante", material: "Presentación: https://www.fosis.gob.cl/material/encuentro.pdf" }),
  },
];
