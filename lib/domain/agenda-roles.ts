// What each role can do now and what comes next, by etapa: the cards of a person's home (/cuenta).
// Pure: the page passes the current etapa and the calendar. As later issues land (voting, evaluation,
// comité, demo day, mentorías), they change a role's texts and links here, and its test.
import { NOMBRE_ETAPA, type Etapa } from "./etapas";
import { finEfectivo, inicioEfectivo, type FechasEtapa } from "./fechas-etapa";
import { formatearFecha } from "./formato";
import { NOMBRE_ROL, ROLES, type Rol } from "./roles";

export type Enlace = { href: string; texto: string };

/** What comes next for a role, and the etapa whose calendar dates say when. */
type Despues = { etapa: Etapa; texto: string };

/** One role in one etapa: what it can do now, and (unless nothing follows) what comes next. */
type Momento = { ahora: string; despues: Despues | null };

type AgendaRol = { enlaces: Enlace[]; etapas: Record<Etapa, Momento> };

const DESAFIOS: Enlace = { href: "/desafios", texto: "Ver los desafíos" };
const TALLERES: Enlace = { href: "/talleres", texto: "Ver talleres y encuentros" };

export const AGENDA: Record<Rol, AgendaRol> = {
  POSTULANTE: {
    enlaces: [{ href: "/postulante", texto: "Mis postulaciones" }, { href: "/postulante/incubacion", texto: "Incubación" }, DESAFIOS, { href: "/como-postular", texto: "Cómo postular" }],
    etapas: {
      DESARROLLO_CONCURSO: {
        ahora: "Lea los desafíos y prepare su idea. La recepción de perfiles todavía no abre.",
        despues: { etapa: "CONVOCATORIA", texto: "Podrá escribir y enviar su perfil durante la Convocatoria." },
      },
      CONVOCATORIA: {
        ahora: "Escriba y envíe su perfil para un desafío; el borrador se guarda solo. Puede retirar un perfil enviado hasta el cierre.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "Los perfiles enviados pasan a admisibilidad, evaluación técnica y votación popular." },
      },
      SELECCION_CONTRATACION: {
        ahora: "Sus perfiles enviados están en admisibilidad, evaluación técnica y votación popular. Revise su estado en «Mis postulaciones».",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Los proyectos preseleccionados participan en talleres, mentorías y el demo day." },
      },
      FORMACION_INCUBACION: {
        ahora: "Si su proyecto fue preseleccionado: módulos de formación, 8 semanas de mentoría, formulario completo y demo day, en «Incubación».",
        despues: { etapa: "EJECUCION", texto: "Los proyectos seleccionados firman convenio y ejecutan su piloto." },
      },
      EJECUCION: {
        ahora: "Si su proyecto fue seleccionado: ejecute su piloto, cumpla sus hitos y envíe sus reportes de avance.",
        despues: { etapa: "CIERRE", texto: "Sistematización del piloto y resultados frente a la línea base." },
      },
      CIERRE: {
        ahora: "Los pilotos se sistematizan y sus aprendizajes se publican. Esté atento a la próxima convocatoria.",
        despues: null,
      },
    },
  },
  AFILIADO: {
    enlaces: [DESAFIOS],
    etapas: {
      DESARROLLO_CONCURSO: {
        ahora: "Conozca los desafíos publicados. Todavía no hay proyectos para votar.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "Votación popular: un voto por desafío, en la etapa Selección y contratación." },
      },
      CONVOCATORIA: {
        ahora: "Las personas y organizaciones están enviando sus perfiles. Todavía no hay proyectos para votar.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "Votación popular: un voto por desafío, en la etapa Selección y contratación." },
      },
      SELECCION_CONTRATACION: {
        ahora: "Esta es la etapa de la votación popular: un voto por desafío entre los proyectos admisibles.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "La votación popular cierra con esta etapa." },
      },
      FORMACION_INCUBACION: {
        ahora: "La votación popular terminó. Los proyectos preseleccionados se preparan para el demo day.",
        despues: { etapa: "EJECUCION", texto: "Los proyectos seleccionados ejecutan sus pilotos." },
      },
      EJECUCION: {
        ahora: "La votación popular terminó. Los proyectos seleccionados ejecutan sus pilotos.",
        despues: { etapa: "CIERRE", texto: "Se publican los resultados y aprendizajes de los pilotos." },
      },
      CIERRE: { ahora: "Se publican los resultados y aprendizajes de los pilotos.", despues: null },
    },
  },
  EVALUADOR: {
    enlaces: [{ href: "/seguimiento/postulaciones", texto: "Perfiles de su región" }, DESAFIOS],
    etapas: {
      DESARROLLO_CONCURSO: {
        ahora: "Todavía no hay perfiles que evaluar. Conozca los desafíos que recibirán perfiles de su región.",
        despues: { etapa: "CONVOCATORIA", texto: "Recepción de perfiles: podrá ver los perfiles enviados de su región." },
      },
      CONVOCATORIA: {
        ahora: "Se están recibiendo perfiles: puede ver los enviados de su región.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "Evaluación técnica de los perfiles admisibles de su región que le asignen." },
      },
      SELECCION_CONTRATACION: {
        ahora: "Esta es la etapa de la evaluación técnica: evalúe los perfiles admisibles de su región que le asignen.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Los proyectos preseleccionados de su región pasan a talleres, mentorías y demo day." },
      },
      FORMACION_INCUBACION: {
        ahora: "La evaluación técnica terminó. Los proyectos preseleccionados de su región están en formación e incubación.",
        despues: { etapa: "EJECUCION", texto: "Los proyectos seleccionados de su región ejecutan sus pilotos." },
      },
      EJECUCION: {
        ahora: "Los proyectos seleccionados de su región ejecutan sus pilotos.",
        despues: { etapa: "CIERRE", texto: "Sistematización de los pilotos." },
      },
      CIERRE: { ahora: "Los pilotos se sistematizan y sus aprendizajes se publican.", despues: null },
    },
  },
  ENCARGADO_TECNICO: {
    enlaces: [
      { href: "/seguimiento/postulaciones", texto: "Perfiles y admisibilidad" },
      { href: "/seguimiento/talleres", texto: "Talleres y asistencia" },
      { href: "/seguimiento/organizaciones", texto: "Organizaciones" },
    ],
    etapas: {
      DESARROLLO_CONCURSO: {
        ahora: "Coordine con los equipos regionales los talleres y el scouting de la Convocatoria.",
        despues: { etapa: "CONVOCATORIA", texto: "Admisibilidad de los perfiles, talleres y disputas de organizaciones." },
      },
      CONVOCATORIA: {
        ahora: "Revise la admisibilidad de los perfiles enviados y resuelva las disputas de organizaciones.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "Evaluación técnica y preparación de la preselección del comité." },
      },
      SELECCION_CONTRATACION: {
        ahora: "Cierre la admisibilidad pendiente y coordine la evaluación técnica de los perfiles admisibles.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Talleres, mentorías y demo day de los preseleccionados." },
      },
      FORMACION_INCUBACION: {
        ahora: "Coordine talleres, mentorías y el demo day de los proyectos preseleccionados.",
        despues: { etapa: "EJECUCION", texto: "Seguimiento técnico de los pilotos." },
      },
      EJECUCION: {
        ahora: "Haga el seguimiento técnico de los pilotos: hitos y reportes de avance.",
        despues: { etapa: "CIERRE", texto: "Sistematización y resultados frente a la línea base." },
      },
      CIERRE: { ahora: "Coordine la sistematización y los resultados frente a la línea base.", despues: null },
    },
  },
  COMITE: {
    enlaces: [{ href: "/comite/seleccion", texto: "Selección del comité" }, { href: "/comite/evaluaciones", texto: "Evaluación técnica" }, DESAFIOS],
    etapas: {
      DESARROLLO_CONCURSO: {
        ahora: "Conozca los desafíos publicados. Todavía no hay proyectos que decidir.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "Preselección: al menos un proyecto por región, con fundamentos escritos." },
      },
      CONVOCATORIA: {
        ahora: "Se están recibiendo los perfiles. Todavía no hay proyectos que decidir.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "Preselección: al menos un proyecto por región, con fundamentos escritos." },
      },
      SELECCION_CONTRATACION: {
        ahora: "Esta es la etapa de la preselección: al menos un proyecto por región, con fundamentos escritos.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Selección final, después del demo day." },
      },
      FORMACION_INCUBACION: {
        ahora: "Esta es la etapa de la selección final, después del demo day, con fundamentos escritos.",
        despues: { etapa: "EJECUCION", texto: "Los proyectos seleccionados ejecutan sus pilotos." },
      },
      EJECUCION: {
        ahora: "Las decisiones del comité están tomadas. Los proyectos seleccionados ejecutan sus pilotos.",
        despues: { etapa: "CIERRE", texto: "Resultados de los pilotos frente a la línea base." },
      },
      CIERRE: { ahora: "Se publican los resultados de los pilotos frente a la línea base.", despues: null },
    },
  },
  JURADO: {
    enlaces: [{ href: "/jurado", texto: "Mis demo days" }, TALLERES],
    etapas: {
      DESARROLLO_CONCURSO: {
        ahora: "Todavía no hay proyectos que evaluar.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Demo day: evaluará las presentaciones de los proyectos preseleccionados." },
      },
      CONVOCATORIA: {
        ahora: "Todavía no hay proyectos que evaluar.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Demo day: evaluará las presentaciones de los proyectos preseleccionados." },
      },
      SELECCION_CONTRATACION: {
        ahora: "El comité está preseleccionando los proyectos que llegarán al demo day.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Demo day: evaluará las presentaciones de los proyectos preseleccionados." },
      },
      FORMACION_INCUBACION: {
        ahora: "Esta es la etapa del demo day: evaluará las presentaciones de los proyectos preseleccionados.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "El demo day termina con esta etapa." },
      },
      EJECUCION: {
        ahora: "El demo day terminó. Los proyectos seleccionados ejecutan sus pilotos.",
        despues: { etapa: "CIERRE", texto: "Resultados de los pilotos." },
      },
      CIERRE: { ahora: "Se publican los resultados de los pilotos.", despues: null },
    },
  },
  MENTOR: {
    enlaces: [{ href: "/mentor", texto: "Mis mentorías" }, DESAFIOS, TALLERES],
    etapas: {
      DESARROLLO_CONCURSO: {
        ahora: "Todavía no hay proyectos que acompañar. Conozca los desafíos.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Mentorías: 8 semanas con los proyectos preseleccionados que le asignen." },
      },
      CONVOCATORIA: {
        ahora: "Todavía no hay proyectos que acompañar. Conozca los desafíos.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Mentorías: 8 semanas con los proyectos preseleccionados que le asignen." },
      },
      SELECCION_CONTRATACION: {
        ahora: "El comité está preseleccionando los proyectos que recibirán mentoría.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Mentorías: 8 semanas con los proyectos preseleccionados que le asignen." },
      },
      FORMACION_INCUBACION: {
        ahora: "Esta es la etapa de las mentorías: 8 semanas con los proyectos preseleccionados que le asignen.",
        despues: { etapa: "EJECUCION", texto: "Acompañamiento de los pilotos en ejecución." },
      },
      EJECUCION: {
        ahora: "Acompañe a los pilotos en ejecución, sus hitos y reportes.",
        despues: { etapa: "CIERRE", texto: "Sistematización de los aprendizajes." },
      },
      CIERRE: { ahora: "Aporte a la sistematización de los aprendizajes de los pilotos.", despues: null },
    },
  },
  ADMIN: {
    enlaces: [
      { href: "/admin/convocatoria", texto: "Convocatoria y etapas" },
      { href: "/admin", texto: "Ir a la administración" },
    ],
    etapas: {
      DESARROLLO_CONCURSO: {
        ahora: "Publique los desafíos, configure líneas, montos y calendario, y abra la Convocatoria cuando esté todo listo.",
        despues: { etapa: "CONVOCATORIA", texto: "Lanzamiento público: recepción de perfiles y talleres regionales." },
      },
      CONVOCATORIA: {
        ahora: "Siga la recepción de perfiles y la admisibilidad. Para avanzar, todos los perfiles enviados deben tener decisión de admisibilidad.",
        despues: { etapa: "SELECCION_CONTRATACION", texto: "Evaluación técnica, votación popular y preselección del comité." },
      },
      SELECCION_CONTRATACION: {
        ahora: "Siga la evaluación técnica, la votación popular y la preselección del comité.",
        despues: { etapa: "FORMACION_INCUBACION", texto: "Talleres, mentorías, demo day y selección final." },
      },
      FORMACION_INCUBACION: {
        ahora: "Siga los talleres, las mentorías, el demo day y la selección final.",
        despues: { etapa: "EJECUCION", texto: "Convenios y ejecución de los pilotos." },
      },
      EJECUCION: {
        ahora: "Siga los convenios, hitos y reportes de avance de los pilotos.",
        despues: { etapa: "CIERRE", texto: "Sistematización y repositorio de aprendizajes." },
      },
      CIERRE: { ahora: "Cierre la convocatoria: sistematización, resultados y repositorio de aprendizajes.", despues: null },
    },
  },
};

export type EtapaCalendario = FechasEtapa & { etapa: Etapa };

export type TarjetaRol = {
  rol: Rol;
  titulo: string;
  /** What the role can do now, and until when (end of the current etapa; null without a calendar). */
  ahora: { texto: string; hasta: string | null };
  /** What comes next and when, from the calendar ("por definir" when the etapa has no dates). */
  despues: { texto: string; cuando: string } | null;
  enlaces: Enlace[];
};

/** "del 1 de mayo de 2027 al 31 de mayo de 2027" (actual dates once known), or "hasta el …" for the current etapa. */
function cuando(etapa: Etapa, actual: Etapa, calendario: readonly EtapaCalendario[]): string {
  const f = calendario.find((c) => c.etapa === etapa);
  if (!f) return `${NOMBRE_ETAPA[etapa]}: fechas por definir`;
  if (etapa === actual) return `${NOMBRE_ETAPA[etapa]}, hasta el ${formatearFecha(finEfectivo(f))}`;
  return `${NOMBRE_ETAPA[etapa]}, del ${formatearFecha(inicioEfectivo(f))} al ${formatearFecha(finEfectivo(f))}`;
}

export function agendaDeRol(rol: Rol, etapa: Etapa, calendario: readonly EtapaCalendario[]): TarjetaRol {
  const { ahora, despues } = AGENDA[rol].etapas[etapa];
  const actual = calendario.find((c) => c.etapa === etapa);
  return {
    rol,
    titulo: NOMBRE_ROL[rol],
    ahora: { texto: ahora, hasta: actual ? formatearFecha(finEfectivo(actual)) : null },
    despues: despues ? { texto: despues.texto, cuando: cuando(despues.etapa, etapa, calendario) } : null,
    enlaces: AGENDA[rol].enlaces,
  };
}

/** One card per role the person holds, in the portal's role order. */
export function agendaDeRoles(roles: readonly Rol[], etapa: Etapa, calendario: readonly EtapaCalendario[]): TarjetaRol[] {
  return ROLES.filter((r) => roles.includes(r)).map((r) => agendaDeRol(r, etapa, calendario));
}
