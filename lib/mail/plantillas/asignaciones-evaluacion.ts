// To each evaluator who receives perfiles to evaluate (evaluacion.asignar, a third review, a reassignment
// after a conflict or by the technical lead): one e-mail listing them, with the link to «Mis
// evaluaciones», and a reminder to pass the capacitación first when they have not yet.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFolio } from "@/lib/domain/huella";
import { FIRMA, mensaje } from "../mensaje";

export type MotivoCorreoAsignacion = "ORDINARIA" | "TERCERA_REVISION" | "REASIGNACION";

export type DatosAsignacionesEvaluacion = {
  nombre: string;
  convocatoria: string;
  perfiles: { folio: number | null; proyecto: string }[];
  motivo: MotivoCorreoAsignacion;
  capacitacionAprobada: boolean;
};

const INTRO: Record<MotivoCorreoAsignacion, (n: number) => string> = {
  ORDINARIA: (n) => (n === 1 ? "Se le asignó un perfil para la evaluación técnica" : `Se le asignaron ${n} perfiles para la evaluación técnica`),
  TERCERA_REVISION: (n) => (n === 1 ? "Se le pidió una tercera revisión de un perfil" : `Se le pidió una tercera revisión de ${n} perfiles`),
  REASIGNACION: (n) =>
    n === 1 ? "Se le asignó un perfil que otro evaluador no pudo evaluar" : `Se le asignaron ${n} perfiles que otros evaluadores no pudieron evaluar`,
};

export function correoAsignacionesEvaluacion(d: DatosAsignacionesEvaluacion) {
  const n = d.perfiles.length;
  return mensaje(n === 1 ? "Fondo IDEA: tiene un perfil asignado para evaluar" : `Fondo IDEA: tiene ${n} perfiles asignados para evaluar`, [
    `Hola ${d.nombre}:`,
    "",
    `${INTRO[d.motivo](n)} en ${d.convocatoria}:`,
    ...d.perfiles.map((p) => `- ${p.folio !== null ? `Folio ${formatearFolio(p.folio)}: ` : ""}«${p.proyecto || "Perfil sin nombre"}»`),
    "",
    ...(d.capacitacionAprobada
      ? ["Evalúe cada perfil en «Mis evaluaciones»:", urlPortal("/evaluador")]
      : [
          "Antes de evaluar debe aprobar la capacitación: lea la guía de cada criterio y califique los perfiles de referencia del ejercicio de calibración. Mientras no la apruebe no verá estos perfiles.",
          urlPortal("/evaluador/capacitacion"),
          "",
          "Luego evalúe cada perfil en «Mis evaluaciones»:",
          urlPortal("/evaluador"),
        ]),
    "",
    "Si tiene un conflicto de interés con alguno (conoce a quien postula, trabajó con la organización, u otro motivo), declárelo en el perfil antes de evaluarlo: se asignará a otra persona.",
    "",
    FIRMA,
  ]);
}
