// The signed checkpoint of the audit log: one small JSON file {id, hash, createdAt, mac} under
// AUDIT_CHECKPOINT_DIR (./storage/auditoria by default), outside the database, so that deleting the newest
// entries or rewriting the tail with a database-only edit no longer verifies. It only moves forward: a
// checkpoint is never replaced by one with a lower or equal id, nor is a checkpoint with a bad signature
// replaced at all (that is evidence; an operator looks at it and removes it). See ADR 0007.
//
// No "server-only": the background loop (instrumentation.ts) uses it too.
import fs from "node:fs/promises";
import { escribirAtomico } from "@/lib/archivos/escribir-atomico";
import path from "node:path";
import { firmarPuntoDeControl, leerPuntoDeControl } from "./firma";

const ARCHIVO = "punto-de-control.json";

export type PuntoVigente = { id: number; hash: string; createdAt: Date };

export type EstadoPuntoDeControl =
  | { estado: "ninguno" }
  | { estado: "valido"; punto: PuntoVigente }
  | { estado: "invalido"; motivo: string };

/** Folder of the checkpoint, from AUDIT_CHECKPOINT_DIR (read on each call, so tests can point it elsewhere). */
export function carpetaPuntoDeControl(): string {
  // turbopackIgnore: a runtime folder, not a source file for the build to trace.
  return path.resolve(/*turbopackIgnore: true*/ process.env.AUDIT_CHECKPOINT_DIR || "./storage/auditoria");
}

export function rutaPuntoDeControl(carpeta = carpetaPuntoDeControl()): string {
  return path.join(/*turbopackIgnore: true*/ carpeta, ARCHIVO);
}

/** Reads and checks the checkpoint. A missing file is "ninguno"; an unreadable or badly signed one, "invalido". */
export async function leerPuntoDeControlArchivo(clave: Uint8Array, carpeta = carpetaPuntoDeControl()): Promise<EstadoPuntoDeControl> {
  let texto: string;
  try {
    texto = await fs.readFile(rutaPuntoDeControl(carpeta), "utf8");
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return { estado: "ninguno" };
    return { estado: "invalido", motivo: `El punto de control firmado no se puede leer (${(e as { code?: string }).code ?? "error"}).` };
  }
  const r = leerPuntoDeControl(clave, texto);
  return r.ok ? { estado: "valido", punto: r.punto } : { estado: "invalido", motivo: r.motivo };
}

// Writers in this process take turns (kept on globalThis: instrumentation and the routes are separate
// bundles). Two instances sharing the folder can still race; the loser can only leave a slightly older,
// still valid checkpoint, which the next round moves forward again.
const g = globalThis as unknown as { fondoIdeaPuntoDeControl?: Promise<unknown> };

/**
 * Records `cabeza` (an entry already verified by the caller) as the new checkpoint if it is ahead of the
 * current one: written to a temp file, flushed, then renamed into place. Returns the checkpoint in force.
 */
export async function avanzarArchivo(
  clave: Uint8Array,
  cabeza: { id: number; hash: string },
  carpeta = carpetaPuntoDeControl(),
  ahora = new Date(),
): Promise<{ escrito: boolean; vigente: EstadoPuntoDeControl }> {
  const turno = (g.fondoIdeaPuntoDeControl ?? Promise.resolve()).catch(() => undefined).then(async () => {
    const actual = await leerPuntoDeControlArchivo(clave, carpeta);
    if (actual.estado === "invalido") return { escrito: false, vigente: actual };
    if (actual.estado === "valido" && actual.punto.id >= cabeza.id) return { escrito: false, vigente: actual };
    const firmado = firmarPuntoDeControl(clave, { id: cabeza.id, hash: cabeza.hash, createdAt: ahora });
    await fs.mkdir(carpeta, { recursive: true, mode: 0o700 });
    await escribirAtomico(rutaPuntoDeControl(carpeta), `${JSON.stringify(firmado, null, 2)}\n`);
    const vigente: EstadoPuntoDeControl = { estado: "valido", punto: { id: firmado.id, hash: firmado.hash, createdAt: ahora } };
    return { escrito: true, vigente };
  });
  g.fondoIdeaPuntoDeControl = turno;
  return turno;
}
