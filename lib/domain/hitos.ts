// The hitos of a pilot (issue 14, item 1): where they come from (the frozen formulario completo's
// cronograma, dated against the convenio's start), a pilot's progress, which hito is late and which
// reminders are due. Pure: no I/O, so the rules are unit-tested (tests/unit/hitos.test.ts).
import { instanteEnSantiago } from "./formato";

const DIA = 86_400_000;

/** Days before its due date that a hito's reminder goes to the team (once). */
export const DIAS_RECORDATORIO = 7;

/** Shortest reason staff give when they ask for changes to a progress report. */
export const LARGO_MINIMO_MOTIVO_REVISION = 10;

/** A row of the formulario completo's cronograma (lib/domain/formulario-completo.ts): a week or a date. */
export type FilaCronograma = { titulo: string; descripcion: string; semana: number | null; fecha: string };

export type HitoNuevo = { titulo: string; descripcion: string; orden: number; vence: Date };

/**
 * When a hito of the cronograma is due: its date (the end of that day in Chile) when it has one, else the
 * end of its week counted from the convenio's start (fechaInicio + semana × 7 days); null with neither.
 */
export function venceHito(fila: Pick<FilaCronograma, "semana" | "fecha">, fechaInicio: Date): Date | null {
  if (fila.fecha) return instanteEnSantiago(fila.fecha, "23:59:59");
  if (fila.semana !== null && Number.isInteger(fila.semana) && fila.semana > 0) return new Date(fechaInicio.getTime() + fila.semana * 7 * DIA);
  return null;
}

/**
 * The hitos of a pilot from its cronograma, in the order listed (orden 1, 2…). A row without a week nor a
 * date is skipped (a sent formulario has none: revisarEnvio asks for one); a row without a title gets
 * "Hito N".
 */
export function hitosDesdeCronograma(cronograma: readonly FilaCronograma[], fechaInicio: Date): HitoNuevo[] {
  const hitos: HitoNuevo[] = [];
  cronograma.forEach((fila, i) => {
    const vence = venceHito(fila, fechaInicio);
    if (!vence) return;
    hitos.push({ titulo: fila.titulo.trim() || `Hito ${i + 1}`, descripcion: fila.descripcion.trim(), orden: hitos.length + 1, vence });
  });
  return hitos;
}

export type HitoEstado = { vence: Date; cumplidoEn: Date | null };

/** Late: its due date has passed and it is not closed. */
export function estaAtrasado(h: HitoEstado, ahora: Date): boolean {
  return h.cumplidoEn === null && h.vence.getTime() < ahora.getTime();
}

export type Progreso = { cerrados: number; total: number; porcentaje: number };

/** A pilot's progress: closed hitos over its hitos, as a whole percentage (0 without hitos). */
export function progresoPiloto(hitos: readonly { cumplidoEn: Date | null }[]): Progreso {
  const total = hitos.length;
  const cerrados = hitos.filter((h) => h.cumplidoEn !== null).length;
  return { cerrados, total, porcentaje: total === 0 ? 0 : Math.floor((cerrados * 100) / total) };
}

export type EstadoReporte = "ENVIADO" | "APROBADO" | "OBSERVADO";

/** What a hito is for the team and staff, in one word (the timeline says it in text, not only in colour). */
export type EstadoHito = "cumplido" | "en_revision" | "observado" | "atrasado" | "pendiente";

export const NOMBRE_ESTADO_HITO: Record<EstadoHito, string> = {
  cumplido: "Cumplido",
  en_revision: "Reporte en revisión",
  observado: "Reporte observado: falta corregir",
  atrasado: "Atrasado",
  pendiente: "Pendiente",
};

/** The state of a hito from its dates and its last report's review. A late hito with a report under review is "en revisión". */
export function estadoHito(h: HitoEstado, ultimoReporte: EstadoReporte | null, ahora: Date): EstadoHito {
  if (h.cumplidoEn !== null) return "cumplido";
  if (ultimoReporte === "ENVIADO") return "en_revision";
  if (estaAtrasado(h, ahora)) return "atrasado";
  if (ultimoReporte === "OBSERVADO") return "observado";
  return "pendiente";
}

export type HitoRecordable = HitoEstado & { id: string; recordadoEn: Date | null; atrasoAvisadoEn: Date | null };

export type Recordatorio = { hitoId: string; tipo: "por_vencer" | "atrasado" };

/**
 * The reminders due now, each at most once: "por_vencer" for an open hito due within DIAS_RECORDATORIO days
 * not yet reminded (recordadoEn), "atrasado" for a late one not yet warned (atrasoAvisadoEn). A closed
 * hito gets nothing; a hito already late when first seen gets only the late warning.
 */
export function recordatoriosPendientes(hitos: readonly HitoRecordable[], ahora: Date): Recordatorio[] {
  const out: Recordatorio[] = [];
  for (const h of hitos) {
    if (h.cumplidoEn !== null) continue;
    if (estaAtrasado(h, ahora)) {
      if (h.atrasoAvisadoEn === null) out.push({ hitoId: h.id, tipo: "atrasado" });
    } else if (h.recordadoEn === null && h.vence.getTime() - ahora.getTime() <= DIAS_RECORDATORIO * DIA) {
      out.push({ hitoId: h.id, tipo: "por_vencer" });
    }
  }
  return out;
}

/** Days from `ahora` to the due date, rounded up (0 on the day, negative when late). */
export function diasHasta(vence: Date, ahora: Date): number {
  return Math.ceil((vence.getTime() - ahora.getTime()) / DIA);
}
