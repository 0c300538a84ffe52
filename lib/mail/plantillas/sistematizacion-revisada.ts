// To the pilot's team, when FOSIS staff review its final report (sistematizacion.revisar): approved (and
// published in the learning repository), or sent back with the reasons to correct it and send it again.
import { FIRMA, mensaje } from "../mensaje";

export type DatosSistematizacionRevisada = {
  nombre: string;
  proyecto: string;
  aprobada: boolean;
  /** Staff's reasons (required when sent back; an optional comment when approved). */
  motivo: string | null;
  /** Absolute link to the team's final report. */
  enlace: string;
};

export function correoSistematizacionRevisada(d: DatosSistematizacionRevisada) {
  return mensaje(d.aprobada ? `Informe final aprobado: ${d.proyecto}` : `Informe final con observaciones: ${d.proyecto}`, [
    `Hola, ${d.nombre}:`,
    "",
    d.aprobada
      ? `El equipo FOSIS aprobó el informe final del piloto «${d.proyecto}». Ya aparece en el repositorio público de aprendizajes del Fondo IDEA, con sus resultados frente a la línea base del desafío.`
      : `El equipo FOSIS revisó el informe final del piloto «${d.proyecto}» y pide algunos cambios antes de aprobarlo.`,
    ...(d.motivo ? ["", d.aprobada ? "Comentario:" : "Qué corregir:", d.motivo] : []),
    "",
    d.aprobada ? `Su informe: ${d.enlace}` : `Corrija el informe y envíelo de nuevo: ${d.enlace}`,
    "",
    FIRMA,
  ]);
}
