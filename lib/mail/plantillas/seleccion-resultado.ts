// To each applicant of a round's candidates, when the committee's acta is signed by every member present
// (acta.firmar closes the round): their decision, the amount when selected, the reasons when the committee
// wrote them, and where the signed acta and the results are published.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearClp } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { NOMBRE_DECISION, NOMBRE_FASE, type Decision, type Fase } from "@/lib/domain/seleccion";
import { mensaje } from "../mensaje";

export type DatosSeleccionResultado = {
  nombre: string;
  proyecto: string;
  folio: number | null;
  fase: Fase;
  decision: Decision;
  montoAsignado: number | null;
  fundamento: string;
};

export function correoSeleccionResultado(d: DatosSeleccionResultado) {
  const folio = d.folio !== null ? ` (folio ${formatearFolio(d.folio)})` : "";
  const seleccionada = d.decision === "SELECCIONADA";
  const siguiente =
    d.fase === "PRESELECCION"
      ? seleccionada
        ? "Su equipo pasa a la etapa de formación e incubación: le escribiremos con el programa, su mentor o mentora y el formulario completo."
        : d.decision === "LISTA_ESPERA"
          ? "Su perfil queda en lista de espera: si se libera un cupo, le escribiremos."
          : "Gracias por postular: su perfil y sus puntajes quedan en la guía pública de proyectos ranqueados."
      : seleccionada
        ? "Su piloto será financiado: el equipo FOSIS le escribirá para el convenio y el inicio de la ejecución."
        : d.decision === "LISTA_ESPERA"
          ? "Su piloto queda en lista de espera: si se libera financiamiento, le escribiremos."
          : "Gracias por su trabajo en la incubación: su proyecto queda en la guía pública de proyectos ranqueados.";
  return mensaje(`Fondo IDEA: resultado de la ${NOMBRE_FASE[d.fase].toLowerCase()} para «${d.proyecto}»`, [
    `Hola ${d.nombre}:`,
    "",
    `El comité del Fondo IDEA firmó el acta de la ${NOMBRE_FASE[d.fase].toLowerCase()}. Resultado de su perfil «${d.proyecto}»${folio}:`,
    "",
    `Decisión: ${NOMBRE_DECISION[d.decision].toUpperCase()}`,
    ...(seleccionada && d.montoAsignado !== null ? [`Monto asignado: ${formatearClp(d.montoAsignado)}`] : []),
    ...(d.fundamento ? ["Fundamento del comité:", d.fundamento] : []),
    "",
    siguiente,
    "",
    `Resultados y acta firmada: ${urlPortal("/resultados")}`,
    `Su postulación: ${urlPortal("/postulante")}`,
  ]);
}
