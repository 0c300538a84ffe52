// Formato es-CL: pesos sin decimales, "650 MM", fechas en America/Santiago.
// Mismo resultado en servidor y cliente (zona fija), para no provocar desajustes de hidratación.

export const ZONA_HORARIA = "America/Santiago";

const clp = new Intl.NumberFormat("es-CL", { style: "currency", currency: "CLP", maximumFractionDigits: 0 });
const entero = new Intl.NumberFormat("es-CL", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("es-CL", { maximumFractionDigits: 2 });

/** 650000000 → "$650.000.000" */
export function formatearClp(pesos: number): string {
  return clp.format(pesos);
}

/** 650000000 → "650 MM"; 22500000 → "22,5 MM" (millones, como se escribe en Chile). */
export function formatearMM(pesos: number): string {
  return `${decimal.format(pesos / 1_000_000)} MM`;
}

/**
 * An amount in pesos as Chileans type it → integer pesos, or null when it is not one.
 * "25.000.000", "$25.000.000", "$ 25.000.000.-", "25000000", "25 000 000", "25.000.000,00" → 25000000.
 * Dots group thousands (so "2.5" or "25.00" are not amounts); a comma starts decimals, which may only be zeros.
 */
export function parsearPesos(texto: string): number | null {
  // NFKC turns the no-break spaces of Intl's output (and pasted text) into plain spaces.
  const t = texto
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/^(CLP)?\$?/i, "")
    .replace(/\.?-$/, "")
    .replace(/,0*$/, "");
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(t)) return null;
  const n = Number(t.replace(/\./g, ""));
  return Number.isSafeInteger(n) ? n : null;
}

/** Longest amount the pesos input takes, in digits (9.999.999.999: beyond any fund's budget). */
export const MAX_DIGITOS_PESOS = 10;

/**
 * What a pesos input holds while someone types: the digits before any decimal comma (pesos have no
 * cents), at most MAX_DIGITOS_PESOS of them; null when there are none. "$25.000.000" → 25000000,
 * "25.000.000,50" → 25000000, "abc" → null.
 */
export function pesosAlEscribir(texto: string): number | null {
  const digitos = texto.split(",")[0].replace(/\D/g, "").replace(/^0+(?=\d)/, "").slice(0, MAX_DIGITOS_PESOS);
  return digitos ? Number(digitos) : null;
}

/** The text a pesos input shows: 25000000 → "25.000.000"; null → "". */
export function formatearPesosEntrada(pesos: number | null): string {
  // Grouped by hand, not with Intl: the same text in every browser, whatever its locale data.
  return pesos === null ? "" : String(pesos).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function formatearNumero(n: number): string {
  return Number.isInteger(n) ? entero.format(n) : decimal.format(n);
}

const fechaLarga = new Intl.DateTimeFormat("es-CL", { timeZone: ZONA_HORARIA, day: "numeric", month: "long", year: "numeric" });
const fechaCorta = new Intl.DateTimeFormat("es-CL", { timeZone: ZONA_HORARIA, day: "2-digit", month: "2-digit", year: "numeric" });
const fechaHora = new Intl.DateTimeFormat("es-CL", {
  timeZone: ZONA_HORARIA,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23", // hour12: false gives "24:00" for midnight in es-CL
});

/** "5 de marzo de 2025" */
export function formatearFecha(d: Date): string {
  return fechaLarga.format(d);
}

/** "05-03-2025" */
export function formatearFechaCorta(d: Date): string {
  return fechaCorta.format(d).replace(/\//g, "-");
}

/** "05-03-2025 14:30" (hora de Chile continental) */
export function formatearFechaHora(d: Date): string {
  return fechaHora.format(d).replace(/\//g, "-").replace(",", "");
}

// Built once: creating an Intl.DateTimeFormat is far costlier than using one.
const partes = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONA_HORARIA,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

function partesEnSantiago(d: Date) {
  const f = partes;
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: +p.year, m: +p.month, d: +p.day, h: +p.hour % 24, mi: +p.minute, s: +p.second };
}

/** Fecha del calendario "YYYY-MM-DD" para un input type=date, en hora de Chile. */
export function aFechaInput(d: Date): string {
  const p = partesEnSantiago(d);
  return `${p.y}-${String(p.m).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
}

/**
 * Instante UTC de una hora local de Santiago ("2019-05-31", 23:59:59). Calcula el desfase de esa fecha
 * (UTC−3 en verano, UTC−4 en invierno) en vez de suponerlo.
 */
export function instanteEnSantiago(fecha: string, hora = "00:00:00"): Date {
  const [y, m, d] = fecha.split("-").map(Number);
  const [h, mi, s] = hora.split(":").map(Number);
  const comoUtc = Date.UTC(y, m - 1, d, h, mi, s ?? 0);
  // Primer intento con el desfase de ese instante; se corrige una vez por si cruza un cambio de hora.
  let t = comoUtc;
  for (let i = 0; i < 2; i++) {
    const p = partesEnSantiago(new Date(t));
    const vista = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s);
    t += comoUtc - vista;
  }
  // A wall time in the hour skipped when summer time starts (Saturday 24:00 → Sunday 01:00) does not
  // exist: take the first instant after the gap, on the same calendar day, not the night before.
  const p = partesEnSantiago(new Date(t));
  if (Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) !== comoUtc) t += 3_600_000;
  return new Date(t);
}
