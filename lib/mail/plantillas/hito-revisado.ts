// The review of a progress report (hito.revisarReporte, by FOSIS staff), to the team: approved (the hito is
// closed) or observed, with the reasons to correct and report again.
import { urlPortal } from "@/lib/config/url-portal";
import { FIRMA, mensaje } from "../mensaje";

export type DatosHitoRevisado = {
  nombre: string;
  proyecto: string;
  hito: string;
  decision: "APROBADO" | "OBSERVADO";
  /** The staff's reasons (required when observed; may be empty when approved). */
  motivo: string;
};

export function correoHitoRevisado(d: DatosHitoRevisado) {
  const cuerpo =
    d.decision === "APROBADO"
      ? [
          `El equipo FOSIS aprobó su reporte de avance del hito «${d.hito}» del proyecto «${d.proyecto}»: el hito quedó cumplido.`,
          ...(d.motivo ? ["", "Comentarios del equipo FOSIS:", d.motivo] : []),
        ]
      : [
          `El equipo FOSIS revisó su reporte de avance del hito «${d.hito}» del proyecto «${d.proyecto}» y pide cambios antes de darlo por cumplido:`,
          "",
          d.motivo,
          "",
          "Envíe un nuevo reporte del hito con lo que se pide.",
        ];
  return mensaje(
    d.decision === "APROBADO" ? `Fondo IDEA: hito cumplido («${d.hito}»)` : `Fondo IDEA: su reporte del hito «${d.hito}» tiene observaciones`,
    [`Hola ${d.nombre}:`, "", ...cuerpo, "", "Vea el avance de su piloto en el portal:", urlPortal("/postulante/piloto"), "", FIRMA],
  );
}
