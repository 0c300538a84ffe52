// The open-data bundle and the ex-ante sheets as a ZIP, with fflate (a maintained, dependency-free
// (de)compression library): the staff download it whole and the public routes read one file out of it.
// Deterministic: every entry carries the export's date, so the same data gives the same bytes. Pure.
import { unzipSync, zipSync, type Zippable } from "fflate";

export type ArchivoZip = { nombre: string; datos: Uint8Array | string };

export function crearZip(archivos: readonly ArchivoZip[], fecha: Date): Buffer {
  const entradas: Zippable = {};
  const mtime = new Date(Math.max(fecha.getTime(), Date.UTC(1980, 0, 2)));
  for (const a of archivos) {
    const datos = typeof a.datos === "string" ? new TextEncoder().encode(a.datos) : a.datos;
    entradas[a.nombre] = [datos, { mtime, level: 6 }];
  }
  return Buffer.from(zipSync(entradas));
}

/** The files of a ZIP by name, in the order they were written. */
export function leerZip(zip: Uint8Array): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(zip)).map(([nombre, datos]) => [nombre, Buffer.from(datos)]));
}
