// To the applicant, when staff decide their perfil's admissibility (perfil.decidirAdmisibilidad), with the
// written reasons; says so when it replaces an earlier decision.
import { NOMBRE_DECISION, type DecisionAdmisibilidad } from "@/lib/admisibilidad/schema";
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFolio } from "@/lib/domain/huella";
import { mensaje } from "../mensaje";

export type DatosAdmisibilidadDecidida = {
  nombre: string;
  proyecto: string;
  folio: number | null;
  desafio: string;
  decision: DecisionAdmisibilidad;
  motivos: string;
  /** It replaces a decision already told to the applicant. */
  reemplazaAnterior: boolean;
};

export function correoAdmisibilidadDecidida(d: DatosAdmisibilidadDecidida) {
  const admisible = d.decision === "ADMISIBLE";
  const folio = d.folio !== null ? ` (folio ${formatearFolio(d.folio)})` : "";
  return mensaje(`Fondo IDEA: su perfil «${d.proyecto}» fue declarado ${NOMBRE_DECISION[d.decision]}`, [
    `Hola ${d.nombre}:`,
    "",
    `El equipo del Fondo IDEA revisó la admisibilidad de su perfil «${d.proyecto}»${folio} para el desafío «${d.desafio}».`,
    "",
    `Decisión: ${admisible ? "ADMISIBLE" : "INADMISIBLE"}`,
    "Motivos:",
    d.motivos,
    "",
    ...(d.reemplazaAnterior ? ["Esta decisión reemplaza la que le comunicamos anteriormente.", ""] : []),
    ...(admisible ? ["Su perfil continúa a la evaluación técnica y tendrá una página pública para compartir.", ""] : []),
    `Revise el estado de su postulación en «Mis postulaciones»: ${urlPortal("/postulante")}`,
  ]);
}
