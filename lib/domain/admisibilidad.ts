import { formatearClp } from "./formato";

// Automatic admissibility checks of a perfil (pure). The same rules refuse a submission that breaks
// them and are shown to staff next to their ADMISIBLE / INADMISIBLE decision.

export type DatosAdmisibilidad = {
  /** Required text fields of the perfil, by their Spanish label. */
  campos: Record<string, string>;
  montoSolicitado: number | null;
  /** The chosen línea, or null when none was chosen. */
  linea: { habilitada: boolean; montoMaximo: number; adjuntosRequeridos: string[] } | null;
  /** The convocatoria's per-project band (CLP 20–30 MM in 2019). */
  banda: { min: number; max: number };
  /** Normalized organisation RUT, or null when the one typed is not a valid RUT. */
  organizacionRut: string | null;
  /** Categories of the attachments uploaded. */
  adjuntos: string[];
  enviadaEn: Date | null;
  /** End of the CONVOCATORIA etapa (the deadline). */
  cierre: Date | null;
};

export type Chequeo = { regla: string; ok: boolean; detalle: string };

export const NOMBRE_DOCUMENTO: Record<string, string> = {
  ESTATUTOS: "Estatutos de la organización",
  CERTIFICADO_VIGENCIA: "Certificado de vigencia",
  CEDULA: "Cédula de identidad",
  OTRO: "Otro documento",
};

export function chequeosAdmisibilidad(d: DatosAdmisibilidad): Chequeo[] {
  const vacios = Object.entries(d.campos)
    .filter(([, v]) => !v.trim())
    .map(([k]) => k);
  const faltanDocs = (d.linea?.adjuntosRequeridos ?? []).filter((c) => !d.adjuntos.includes(c));
  const monto = d.montoSolicitado;
  const tope = d.linea ? Math.min(d.linea.montoMaximo, d.banda.max) : d.banda.max;
  return [
    { regla: "Campos obligatorios", ok: vacios.length === 0, detalle: vacios.length ? `Faltan: ${vacios.join(", ")}.` : "Completos." },
    {
      regla: "Línea de postulación",
      ok: !!d.linea?.habilitada,
      detalle: !d.linea ? "No eligió una línea." : d.linea.habilitada ? "La línea está abierta." : "La línea elegida no está abierta en esta convocatoria.",
    },
    {
      regla: "Monto solicitado",
      ok: monto !== null && monto >= d.banda.min && monto <= tope,
      detalle: monto === null ? "No indicó el monto." : `${formatearClp(monto)}; debe estar entre ${formatearClp(d.banda.min)} y ${formatearClp(tope)}.`,
    },
    { regla: "RUT de la organización", ok: d.organizacionRut !== null, detalle: d.organizacionRut ? "Válido." : "El RUT no es válido." },
    {
      regla: "Documentos exigidos",
      ok: faltanDocs.length === 0,
      detalle: faltanDocs.length ? `Faltan: ${faltanDocs.map((c) => NOMBRE_DOCUMENTO[c] ?? c).join(", ")}.` : "Completos.",
    },
    {
      regla: "Enviado a tiempo",
      ok: !!d.enviadaEn && !!d.cierre && d.enviadaEn <= d.cierre,
      detalle: !d.enviadaEn ? "No ha sido enviado." : !d.cierre ? "La convocatoria no tiene fecha de cierre." : d.enviadaEn <= d.cierre ? "Dentro del plazo." : "Después del cierre.",
    },
  ];
}
