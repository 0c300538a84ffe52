// Deadlines of the data-subject requests (Ley 19.628 as amended by Ley 21.719, CHILE.md «Personal data»):
// a request is answered within 30 calendar days. Counted in Chile's calendar: the day the request arrives
// is day 0, and the deadline is the end (23:59:59, hora de Chile continental) of the 30th day after it, so
// a request made at 23:50 does not lose its last day and a change of summer time moves nothing.
import { aFechaInput, instanteEnSantiago } from "./formato";

export const DIAS_PLAZO_SOLICITUD = 30;
const DIA_MS = 86_400_000;

/** "2019-05-10" + n days, on the calendar (no time zone involved: pure dates). */
export function sumarDiasCalendario(fecha: string, dias: number): string {
  const [y, m, d] = fecha.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + dias)).toISOString().slice(0, 10);
}

/** The instant a request made at `creada` must be answered by: end of the 30th calendar day, Chile time. */
export function venceSolicitud(creada: Date, dias = DIAS_PLAZO_SOLICITUD): Date {
  return instanteEnSantiago(sumarDiasCalendario(aFechaInput(creada), dias), "23:59:59");
}

/** Whole calendar days (Chile) from `ahora` to the deadline's day: 0 on its last day, negative once overdue. */
export function diasRestantes(vence: Date, ahora: Date): number {
  const a = Date.parse(`${aFechaInput(ahora)}T00:00:00Z`);
  const v = Date.parse(`${aFechaInput(vence)}T00:00:00Z`);
  return Math.round((v - a) / DIA_MS);
}

export function estaVencida(vence: Date, ahora: Date): boolean {
  return ahora.getTime() > vence.getTime();
}

/** "Vence hoy", "Quedan 3 días", "Vencida hace 2 días": for both the person and staff. */
export function textoPlazo(vence: Date, ahora: Date): string {
  const n = diasRestantes(vence, ahora);
  if (estaVencida(vence, ahora)) {
    const atraso = Math.max(1, -n);
    return `Vencida hace ${atraso} ${atraso === 1 ? "día" : "días"}`;
  }
  if (n === 0) return "Vence hoy";
  return n === 1 ? "Queda 1 día" : `Quedan ${n} días`;
}
