// When FOSIS staff assign a mentor to a preselected team (mentoria.asignar): one message to the mentor (the
// team, its desafío and where to log the 8 weekly sessions) and one to the team (who their mentor is and
// where to confirm the sessions). The team's e-mail gives only the mentor's name and institution.
import { urlPortal } from "@/lib/config/url-portal";
import { SEMANAS_MENTORIA } from "@/lib/domain/mentoria";
import { FIRMA, mensaje } from "../mensaje";

export type DatosMentoriaAsignada =
  | { para: "mentor"; nombre: string; proyecto: string; desafio: string; region: string; mentoriaId: string }
  | { para: "equipo"; nombre: string; proyecto: string; mentor: string; institucion: string };

export function correoMentoriaAsignada(d: DatosMentoriaAsignada) {
  if (d.para === "mentor") {
    return mensaje(`Fondo IDEA: le asignamos un equipo para mentorear («${d.proyecto}»)`, [
      `Hola ${d.nombre}:`,
      "",
      `El equipo FOSIS le asignó la mentoría del proyecto «${d.proyecto}» (desafío «${d.desafio}», región ${d.region}).`,
      "",
      `Son ${SEMANAS_MENTORIA} sesiones semanales. Después de cada una, registre en el portal la fecha, los temas, los acuerdos y los próximos pasos; el equipo la confirmará:`,
      urlPortal(`/mentor/${d.mentoriaId}`),
      "",
      "Si tiene un conflicto de interés con este equipo, declárelo en esa misma página: la mentoría pasará a otra persona.",
      "",
      FIRMA,
    ]);
  }
  const institucion = d.institucion ? ` (${d.institucion})` : "";
  return mensaje(`Fondo IDEA: su equipo ya tiene mentor o mentora («${d.proyecto}»)`, [
    `Hola ${d.nombre}:`,
    "",
    `${d.mentor}${institucion} acompañará a su equipo del proyecto «${d.proyecto}» durante ${SEMANAS_MENTORIA} sesiones semanales de mentoría. Se pondrá en contacto con ustedes para acordar la primera.`,
    "",
    "Después de cada sesión, confirme en el portal lo que su mentor o mentora registró:",
    urlPortal("/postulante/incubacion/mentoria"),
    "",
    FIRMA,
  ]);
}
