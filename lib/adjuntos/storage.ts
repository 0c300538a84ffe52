// Private file storage for attachments, outside public/: nothing here is reachable by URL; files are
// served only by app/api/adjuntos/[id]/route.ts after an authorization check.
// The key is random (never the user's file name), sharded by its first two characters: "3f/3fa9…".
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, type ReadStream } from "node:fs";
import fs from "node:fs/promises";
import { escribirAtomico } from "@/lib/archivos/escribir-atomico";
import path from "node:path";

const CLAVE = /^([0-9a-f]{2})\/\1[0-9a-f]{30}$/;

/** Root folder, from STORAGE_DIR (read on each call, so tests can point it at a temp folder). */
export function raizAlmacenamiento(): string {
  // turbopackIgnore: a runtime folder, not a source file for the build to trace.
  return path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR || "./storage/adjuntos");
}

export function esClave(clave: string): boolean {
  return CLAVE.test(clave);
}

/** Absolute path of a key; refuses anything that is not a key this module made. */
export function rutaDe(clave: string): string {
  if (!esClave(clave)) throw new Error("Clave de almacenamiento inválida");
  return path.join(/*turbopackIgnore: true*/ raizAlmacenamiento(), ...clave.split("/"));
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Writes the bytes under a new random key: first to a temp file in the same folder, flushed to disk,
 * then renamed into place, so a reader never sees half a file. Returns the key.
 */
export async function guardarArchivo(bytes: Uint8Array): Promise<string> {
  const hex = randomBytes(16).toString("hex");
  const clave = `${hex.slice(0, 2)}/${hex}`;
  const destino = rutaDe(clave);
  await fs.mkdir(path.dirname(destino), { recursive: true });
  await escribirAtomico(destino, bytes);
  return clave;
}

/** Removes a stored file; a file already gone, or a key this module never made (no file), is not an error. */
export async function borrarArchivo(clave: string): Promise<void> {
  if (!esClave(clave)) return;
  await fs.rm(rutaDe(clave), { force: true });
}

/** Opens a stored file for reading, or null when it is not there. */
export async function abrirArchivo(clave: string): Promise<ReadStream | null> {
  if (!esClave(clave)) return null;
  const ruta = rutaDe(clave);
  try {
    await fs.access(ruta);
  } catch {
    return null;
  }
  return createReadStream(ruta);
}
