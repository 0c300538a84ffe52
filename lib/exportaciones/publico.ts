// The open data served publicly (/datos-abiertos and /datos-abiertos/<archivo>): the files of the latest
// finished open-data export. Each file's bytes are cached per export id ("use cache", for good: an export
// never changes), so a new export is served as soon as it completes, by every instance, without any cache
// tag to expire: the only read per request is the id of the latest export (one indexed row).
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { ARCHIVOS_DATOS_ABIERTOS, mimeDeArchivo } from "./datos-abiertos";
import { ultimaDatosAbiertos } from "./queries";
import { leerZip } from "./zip";

export const NOMBRE_ZIP = "datos-abiertos.zip";

/** The files a public URL may name. */
export const ARCHIVOS_PUBLICOS: readonly string[] = [...ARCHIVOS_DATOS_ABIERTOS, NOMBRE_ZIP];

export const ETIQUETA_DATOS_ABIERTOS = "datos-abiertos";

/** One file of export `id` (the whole ZIP for NOMBRE_ZIP), or null. Cached per (id, file). */
async function archivoDeExportacion(id: string, nombre: string): Promise<Uint8Array | null> {
  "use cache";
  cacheLife("max");
  cacheTag(ETIQUETA_DATOS_ABIERTOS);
  const e = await db.exportacion.findFirst({ where: { id, tipo: "datos-abiertos", estado: "LISTA" }, select: { archivo: true } });
  if (!e?.archivo) return null;
  if (nombre === NOMBRE_ZIP) return new Uint8Array(e.archivo);
  const f = leerZip(e.archivo).get(nombre);
  return f ? new Uint8Array(f) : null;
}

const TEXTO = { "Content-Type": "text/plain; charset=utf-8" };

/** The answer to GET /datos-abiertos/<nombre>. */
export async function respuestaDatoAbierto(nombre: string): Promise<Response> {
  if (!ARCHIVOS_PUBLICOS.includes(nombre)) return new Response("No existe ese archivo de datos abiertos.", { status: 404, headers: { ...TEXTO, "Cache-Control": "public, max-age=300" } });
  const ultima = await ultimaDatosAbiertos();
  const bytes = ultima ? await archivoDeExportacion(ultima.id, nombre) : null;
  if (!ultima || !bytes) {
    return new Response("Los datos abiertos aún no se han publicado.", { status: 404, headers: { ...TEXTO, "Cache-Control": "public, max-age=60" } });
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeDeArchivo(nombre),
      "Content-Disposition": `${nombre.endsWith(".zip") ? "attachment" : "inline"}; filename="${nombre}"`,
      // Five minutes in browsers and shared caches; then revalidated by ETag (the export id).
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
      ETag: `"${ultima.id}-${nombre}"`,
      ...(ultima.terminadaEn ? { "Last-Modified": ultima.terminadaEn.toUTCString() } : {}),
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
