// Download of one attachment, only for the postulante who owns it or for FOSIS staff; anyone else,
// anonymous included, gets the same 404 as for an id that does not exist.
import { Readable } from "node:stream";
import { cabecerasDescarga } from "@/lib/adjuntos/http";
import { adjuntoVisiblePara } from "@/lib/adjuntos/queries";
import { abrirArchivo } from "@/lib/adjuntos/storage";
import { getSessionUser } from "@/lib/auth/session";


const PRIVADO = { "Cache-Control": "private, no-store" };

function noEncontrado(): Response {
  return Response.json({ error: "No se encontró el documento." }, { status: 404, headers: PRIVADO });
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const a = await adjuntoVisiblePara(id, await getSessionUser());
    if (!a) return noEncontrado();
    const archivo = await abrirArchivo(a.clave);
    if (!archivo) {
      console.error(`[GET /api/adjuntos] falta el archivo del adjunto ${id}`);
      return noEncontrado();
    }
    return new Response(Readable.toWeb(archivo) as ReadableStream<Uint8Array>, { headers: cabecerasDescarga(a) });
  } catch (e) {
    console.error("[GET /api/adjuntos/[id]]", e);
    return Response.json({ error: "Ocurrió un error inesperado. Intente nuevamente." }, { status: 500, headers: PRIVADO });
  }
}
