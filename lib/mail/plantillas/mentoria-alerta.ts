// Alert of missed mentoring weeks (mentoria.enviarAlertas, sent by FOSIS staff at most once a day per
// mentoría): to the mentor, to log the sessions held; to the team, to arrange the ones missing.
import { urlPortal } from "@/lib/config/url-portal";
import { SEMANAS_MENTORIA } from "@/lib/domain/mentoria";
import { FIRMA, mensaje } from "../mensaje";

export type DatosMentoriaAlerta = {
  para: "mentor" | "equipo";
  nombre: string;
  proyecto: string;
  mentoriaId: string;
  /** The weeks (1–8) past their due date without a logged session. */
  semanas: number[];
};

function listaSemanas(s: number[]): string {
  if (s.length === 1) return `la semana ${s[0]}`;
  return `las semanas ${s.slice(0, -1).join(", ")} y ${s[s.length - 1]}`;
}

export function correoMentoriaAlerta(d: DatosMentoriaAlerta) {
  const cuales = listaSemanas(d.semanas);
  const cuerpo =
    d.para === "mentor"
      ? [
          `La mentoría del proyecto «${d.proyecto}» no tiene registrada la sesión de ${cuales} (de ${SEMANAS_MENTORIA}).`,
          "",
          "Si la sesión se hizo, regístrela en el portal; si no, acuerde con el equipo cómo recuperarla:",
          urlPortal(`/mentor/${d.mentoriaId}`),
        ]
      : [
          `Su mentoría del proyecto «${d.proyecto}» no tiene registrada la sesión de ${cuales} (de ${SEMANAS_MENTORIA}).`,
          "",
          "Coordinen con su mentor o mentora la sesión pendiente. Cuando la registre, confírmela aquí:",
          urlPortal("/postulante/incubacion/mentoria"),
        ];
  return mensaje(`Fondo IDEA: semanas de mentoría sin sesión («${d.proyecto}»)`, [`Hola ${d.nombre}:`, "", ...cuerpo, "", FIRMA]);
}
