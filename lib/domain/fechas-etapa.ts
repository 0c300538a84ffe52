// What the calendar says about an etapa, actual against planned: the planned dates come from the
// calendar the admin saved; the actual ones are set when the etapa is entered and left (an early
// advance ends it before its planned end). A missing actual date means "as planned".
import { aFechaInput, formatearFecha, formatearFechaHora } from "./formato";

export type FechasEtapa = { inicio: Date; fin: Date; inicioReal?: Date | null; finReal?: Date | null };

export type EstadoEtapa = "hecho" | "actual" | "pendiente";

/** Same calendar day in Chile: an etapa entered at 10:00 of its planned first day started as planned. */
export function mismoDia(a: Date, b: Date): boolean {
  return aFechaInput(a) === aFechaInput(b);
}

/** When the etapa started or starts: the actual start once it was entered, otherwise the planned one. */
export function inicioEfectivo(f: FechasEtapa): Date {
  return f.inicioReal ?? f.inicio;
}

/** When the etapa ended or ends: the actual end once it was left, otherwise the planned one. */
export function finEfectivo(f: FechasEtapa): Date {
  return f.finReal ?? f.fin;
}

/**
 * The dates line of a timeline step, in Spanish. As planned: "1 de marzo de 2027 al 15 de abril de 2027".
 * When an actual date differs from the planned day, both are shown:
 *   done:    "Comenzó el 1 de marzo de 2027; terminó el 10 de abril de 2027 (planificado: 15 de abril de 2027)"
 *   current: "Comenzó el 10 de abril de 2027 (planificado: 16 de abril de 2027); término planificado: 15 de mayo de 2027"
 * A pending etapa only has planned dates.
 */
export function textoFechasEtapa(f: FechasEtapa, estado: EstadoEtapa): string {
  const inicioCambio = estado !== "pendiente" && !!f.inicioReal && !mismoDia(f.inicioReal, f.inicio);
  const finCambio = estado === "hecho" && !!f.finReal && !mismoDia(f.finReal, f.fin);
  if (!inicioCambio && !finCambio) return `${formatearFecha(f.inicio)} al ${formatearFecha(f.fin)}`;
  const inicio = `comenzó el ${formatearFecha(inicioEfectivo(f))}${inicioCambio ? ` (planificado: ${formatearFecha(f.inicio)})` : ""}`;
  const fin =
    estado === "hecho"
      ? `terminó el ${formatearFecha(finEfectivo(f))}${finCambio ? ` (planificado: ${formatearFecha(f.fin)})` : ""}`
      : `término planificado: ${formatearFecha(f.fin)}`;
  const texto = `${inicio}; ${fin}`;
  return texto.charAt(0).toUpperCase() + texto.slice(1);
}

/** "12 de febrero de 2027 a las 23:59" (hora de Chile). */
export function fechaYHora(d: Date): string {
  return `${formatearFecha(d)} a las ${formatearFechaHora(d).slice(-5)}`;
}

/**
 * When perfiles are received, in one Spanish sentence, from the Convocatoria's calendar row, its state and
 * the deadline (lib/postulaciones/plazo.ts reads it). A Convocatoria cut short says when it actually closed.
 */
export function textoRecepcionPerfiles(f: FechasEtapa, estado: EstadoEtapa, cierre: Date, ahora: Date): string {
  if (estado === "pendiente") return `La recepción de perfiles abre el ${formatearFecha(f.inicio)} y cierra el ${fechaYHora(cierre)} (hora de Chile).`;
  if (estado === "actual") {
    return ahora <= cierre
      ? `La recepción de perfiles está abierta desde el ${formatearFecha(inicioEfectivo(f))} hasta el ${fechaYHora(cierre)} (hora de Chile).`
      : `La recepción de perfiles cerró el ${fechaYHora(cierre)} (hora de Chile).`;
  }
  if (f.finReal && f.finReal < cierre) {
    return `La recepción de perfiles cerró antes de lo planificado: el ${formatearFecha(f.finReal)} (estaba planificada hasta el ${formatearFecha(cierre)}).`;
  }
  return `La recepción de perfiles cerró el ${fechaYHora(cierre)} (hora de Chile).`;
}
