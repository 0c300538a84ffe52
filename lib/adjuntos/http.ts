// The HTTP edges of app/api/adjuntos (no session, no Next imports, so tests call them with a plain Request):
// reading an upload request within its size limit, and the headers of a download.
import type { FieldErrors } from "@/lib/actions/result";
import { ADJUNTO_MAX_CUERPO_BYTES, MENSAJE_MUY_GRANDE } from "./schema";

/** A refusal before the pipeline runs, in the ActionResult failure shape the widget reads. */
export type Rechazo = { status: number; cuerpo: { ok: false; error: string; fieldErrors: FieldErrors } };

const rechazo = (status: number, error: string, fieldErrors: FieldErrors = {}): Rechazo => ({
  status,
  cuerpo: { ok: false, error, fieldErrors },
});

/** Reads the body up to `limite` bytes; null as soon as it is larger (a missing or false Content-Length is not trusted). */
async function leerCuerpo(req: Request, limite: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!req.body) return new Uint8Array();
  const partes: Uint8Array[] = [];
  let total = 0;
  const lector = req.body.getReader();
  for (;;) {
    const { done, value } = await lector.read();
    if (done) break;
    total += value.byteLength;
    if (total > limite) {
      await lector.cancel().catch(() => {});
      return null;
    }
    partes.push(value);
  }
  const cuerpo = new Uint8Array(total);
  let desde = 0;
  for (const p of partes) {
    cuerpo.set(p, desde);
    desde += p.byteLength;
  }
  return cuerpo;
}

/** A cross-site form must not upload with the visitor's cookies (server actions make the same check). */
function mismoOrigen(req: Request): boolean {
  const origen = req.headers.get("origin");
  if (!origen) return true;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  try {
    return !!host && new URL(origen).host === host;
  } catch {
    return false;
  }
}

/**
 * The upload's form, or the refusal to answer with: 413 when larger than ADJUNTO_MAX_CUERPO_BYTES (by its
 * Content-Length, before reading anything, and again while reading), 403 from another site, 400 when it
 * is not a multipart form.
 */
export async function leerFormularioDeSubida(req: Request): Promise<{ ok: true; datos: FormData } | ({ ok: false } & Rechazo)> {
  const largo = Number(req.headers.get("content-length") ?? "0");
  if (largo > ADJUNTO_MAX_CUERPO_BYTES) return { ok: false, ...rechazo(413, MENSAJE_MUY_GRANDE, { archivo: [MENSAJE_MUY_GRANDE] }) };
  if (!mismoOrigen(req)) return { ok: false, ...rechazo(403, "Solicitud no permitida.") };
  const tipo = req.headers.get("content-type") ?? "";
  if (!tipo.toLowerCase().startsWith("multipart/form-data")) return { ok: false, ...rechazo(400, "Envíe el documento desde el formulario del perfil.") };
  const cuerpo = await leerCuerpo(req, ADJUNTO_MAX_CUERPO_BYTES);
  if (!cuerpo) return { ok: false, ...rechazo(413, MENSAJE_MUY_GRANDE, { archivo: [MENSAJE_MUY_GRANDE] }) };
  try {
    return { ok: true, datos: await new Response(cuerpo, { headers: { "content-type": tipo } }).formData() };
  } catch {
    return { ok: false, ...rechazo(400, "No se pudo leer el formulario enviado. Intente nuevamente.") };
  }
}

/** RFC 6266 / 5987: a plain ASCII fallback and the UTF-8 name, percent-encoded. */
export function contentDisposition(nombre: string): string {
  const ascii = nombre
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9. _-]/g, "_");
  const utf8 = encodeURIComponent(nombre).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** Headers of a download: the stored type, never sniffed by the browser, never cached by anyone else. */
export function cabecerasDescarga(a: { mime: string; bytes: number; nombreArchivo: string }): Record<string, string> {
  return {
    "Content-Type": a.mime,
    "Content-Length": String(a.bytes),
    "Content-Disposition": contentDisposition(a.nombreArchivo),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
