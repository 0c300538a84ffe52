// Download of a convenio's signed PDF, for FOSIS staff only (VISTAS.incubacion, lib/convenio/queries.ts).
// Not /api/adjuntos/[id]: that route also serves a submitted perfil's files to its owner and to regional
// evaluators, who have no business with the convenio. Anyone else, anonymous included, gets the same 404 as
// an id that does not exist.
import { Readable } from "node:stream";
import { cabecerasDescarga } from "@/lib/adjuntos/http";
import { abrirArchivo } from "@/lib/adjuntos/storage";
import { getSessionUser } from "@/lib/auth/session";
import { documentoConvenioPara } from "@/lib/convenio/queries";

const PRIVADO = { "Cache-Control": "private, no-store" };

function noEncontrado(): Response {
  return Response.json({ error: "No se encontró el documento." }, { status: 404, headers: PRIVADO });
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const a = await documentoConvenioPara(id, await getSessionUser());
    if (!a) return noEncontrado();
    const archivo = await abrirArchivo(a.clave);
    if (!archivo) {
      console.error(`[GET convenio documento] falta el archivo del convenio ${id}`);
      return noEncontrado();
    }
    return new Response(Readable.toWeb(archivo) as ReadableStream<Uint8Array>, { headers: cabecerasDescarga(a) });
  } catch (e) {
    console.error("[GET /seguimiento/incubacion/convenios/[id]/documento]", e);
    return Response.json({ error: "Ocurrió un error inesperado. Intente nuevamente." }, { status: 500, headers: PRIVADO });
  }
}
