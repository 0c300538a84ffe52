// To FOSIS staff (administrators and technical leads) when a perfil loses an evaluator (a declared
// conflict) and nobody eligible can take it: someone must assign it by hand or change the rules.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFolio } from "@/lib/domain/huella";
import { FIRMA, mensaje } from "../mensaje";

export type DatosAsignacionesSinEvaluador = {
  nombre: string;
  perfil: { folio: number | null; proyecto: string };
  /** Why no eligible evaluator was found (lib/domain/asignacion.ts). */
  motivos: string[];
};

export function correoAsignacionesSinEvaluador(d: DatosAsignacionesSinEvaluador) {
  const folio = d.perfil.folio !== null ? ` (folio ${formatearFolio(d.perfil.folio)})` : "";
  return mensaje(`Fondo IDEA: un perfil quedó sin evaluador${folio}`, [
    `Hola ${d.nombre}:`,
    "",
    `Un evaluador declaró un conflicto de interés con el perfil «${d.perfil.proyecto || "Perfil sin nombre"}»${folio} y no hay otro evaluador elegible para reemplazarlo:`,
    ...d.motivos.map((m) => `- ${m}`),
    "",
    "El perfil necesita un evaluador más: otorgue el rol Evaluador a otra persona (en «Usuarios y roles») y use «Asignar evaluadores» en la página de asignaciones:",
    urlPortal("/seguimiento/asignaciones"),
    "",
    FIRMA,
  ]);
}
