// A strict reader of the portal's CSV (lib/seguimiento/csv.ts: UTF-8 with BOM, ";" separator, CRLF, RFC 4180
// quoting), for tests: throws on anything malformed (an unclosed quote, a row with another number of cells).
export function leerCsv(texto: string): { encabezados: string[]; filas: string[][] } {
  if (!texto.startsWith("\uFEFF")) throw new Error("El CSV no empieza con BOM.");
  const s = texto.slice(1);
  const filas: string[][] = [];
  let fila: string[] = [];
  let celda = "";
  let i = 0;
  let entreComillas = false;
  while (i < s.length) {
    const c = s[i];
    if (entreComillas) {
      if (c === '"' && s[i + 1] === '"') {
        celda += '"';
        i += 2;
      } else if (c === '"') {
        entreComillas = false;
        i += 1;
      } else {
        celda += c;
        i += 1;
      }
      continue;
    }
    if (c === '"' && celda === "") {
      entreComillas = true;
      i += 1;
    } else if (c === ";") {
      fila.push(celda);
      celda = "";
      i += 1;
    } else if (c === "\r" && s[i + 1] === "\n") {
      fila.push(celda);
      filas.push(fila);
      fila = [];
      celda = "";
      i += 2;
    } else if (c === "\n" || c === "\r" || c === '"') {
      throw new Error(`Carácter inesperado en la posición ${i}.`);
    } else {
      celda += c;
      i += 1;
    }
  }
  if (entreComillas) throw new Error("Comillas sin cerrar.");
  if (celda !== "" || fila.length) throw new Error("La última línea no termina en CRLF.");
  const [encabezados, ...resto] = filas;
  if (!encabezados) throw new Error("El CSV está vacío.");
  for (const [n, f] of resto.entries()) if (f.length !== encabezados.length) throw new Error(`La fila ${n + 2} tiene ${f.length} celdas y el encabezado ${encabezados.length}.`);
  return { encabezados, filas: resto };
}
