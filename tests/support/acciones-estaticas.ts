// Static scan of lib/<feature>/actions/*.ts for `defineAction(` calls, without importing them: an action
// file that exists but is not registered (or has no permission row) is still found. The scan is the one
// scripts/derivar-acciones.mjs generates the registry from.
import fs from "node:fs";
import path from "node:path";
import { archivosDeAcciones as archivos, leerAccion } from "../../scripts/derivar-acciones.mjs";
import { RAIZ } from "./base-de-datos";

export type DefinicionEncontrada = { archivo: string; nombre: string | null };

export function archivosDeAcciones(): string[] {
  return archivos(RAIZ);
}

/** Every action file with the permission row it names (null when the file does not follow the convention). */
export function definicionesDeAcciones(): DefinicionEncontrada[] {
  return archivosDeAcciones().map((archivo) => ({ archivo, nombre: leerAccion(archivo, fs.readFileSync(path.join(RAIZ, archivo), "utf8")).accion?.nombre ?? null }));
}
