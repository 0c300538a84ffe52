// Every mail template, with when it is sent and sample data: the staff preview (/admin/correos) lists
// them, and the tests render each one (also with hostile data). A new template gets a row here.
import { urlPortal } from "@/lib/config/url-portal";
import type { MensajeCorreo } from "../mensaje";
import { correoAdmisibilidadDecidida } from "./admisibilidad-decidida";
import { correoAuditoriaCabezaDiaria } from "./auditoria-cabeza-diaria";
import { correoConvocatoriaCerradaAntes } from "./convocatoria-cerrada-antes";
import { correoOrganizacionInvitacion } from "./organizacion-invitacion";
import { correoOrganizacionMiembroQuitado } from "./organizacion-miembro-quitado";
import { correoOrganizacionSolicitud } from "./organizacion-solicitud";
import { correoOrganizacionSolicitudResuelta } from "./organizacion-solicitud-resuelta";
import { correoPerfilEnviado } from "./perfil-enviado";
import { correoRegistroBienvenida } from "./registro-bienvenida";
import { correoRegistroIntentoDuplicado } from "./registro-intento-duplicado";
import { correoScoutingInvitacion } from "./scouting-invitacion";
import { correoTallerConfirmada } from "./taller-confirmada";
import { correoTallerConfirmarInscripcion } from "./taller-confirmar-inscripcion";
import type { EventoCorreo } from "./taller-detalle";
import { correoTallerListaEspera } from "./taller-lista-espera";
import { correoTallerPromovida } from "./taller-promovida";

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
];
