// Download of a finished export (lib/exportaciones/queries.ts), for FOSIS staff only (VISTAS.exportaciones).
// Anyone else, anonymous included, gets the same 404 as an id that does not exist or an export not ready.
import { getSessionUser } from "@/lib/auth/session";
import { archivoExportacionPara } from "@/lib/exportaciones/queries";

const PRIVADO = { "Cache-Control": "private, no-store" };

function noEncontrado(): Response {
  return new Response("No se encontró la exportación.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVADO } });
}

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
function disposicion(nombre: string): string {
  const ascii = nombre.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "exportacion";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(nombre)}`;
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const a = await archivoExportacionPara(id, await getSessionUser());
    if (!a) return noEncontrado();
    return new Response(new Uint8Array(a.archivo), {
      headers: { "Content-Type": a.mime, "Content-Disposition": disposicion(a.nombre), "Content-Length": String(a.archivo.byteLength), "X-Content-Type-Options": "nosniff", ...PRIVADO },
    });
  } catch (e) {
    console.error("[GET /seguimiento/exportaciones/[id]]", e);
    return new Response("Ocurrió un error inesperado. Intente nuevamente.", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVADO } });
  }
}
