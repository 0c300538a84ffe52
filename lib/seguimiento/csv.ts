// CSV for Excel in es-CL: UTF-8 with BOM (so accents open right), ";" as separator (Excel's list
// separator with the Chilean locale, where "," is the decimal mark) and CRLF line ends (RFC 4180).
// Pure: the export route and the tests use the same functions.

export const SEPARADOR = ";";
export const BOM = "\uFEFF";
const FIN_DE_LINEA = "\r\n";

/**
 * One cell. A value starting with = + - @ (or a tab / carriage return) would be run by a spreadsheet as a
 * formula ("CSV injection"): it gets a leading apostrophe, which Excel reads as "this is text". Then a
 * value holding the separator, a quote or a line break is quoted, with its quotes doubled.
 */
export function celdaCsv(valor: string | number | boolean | null | undefined): string {
  if (valor === null || valor === undefined) return "";
  let s = typeof valor === "boolean" ? (valor ? "Sí" : "No") : String(valor);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function lineaCsv(celdas: readonly (string | number | boolean | null | undefined)[]): string {
  return celdas.map(celdaCsv).join(SEPARADOR);
}

/** The whole file: BOM, header row, one line per row, each line ended with CRLF. */
export function documentoCsv(encabezados: readonly string[], filas: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return BOM + [encabezados, ...filas].map((f) => lineaCsv(f) + FIN_DE_LINEA).join("");
}
