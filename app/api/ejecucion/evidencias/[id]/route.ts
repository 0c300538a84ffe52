// Download of one evidence file of a progress report: for the pilot's team, its live mentor and FOSIS staff
// (lib/ejecucion/queries.ts evidenciaVisiblePara); anyone else, anonymous included, gets the same 404 as
// for an id that does not exist.
import { Readable } from "node:stream";
import { cabecerasDescarga } from "@/lib/adjuntos/http";
import { abrirArchivo } from "@/lib/adjuntos/storage";
import { getSessionUser } from "@/lib/auth/session";
import { evidenciaVisiblePara } from "@/lib/ejecucion/queries";

const PRIVADO = { "Cache-Control": "private, no-store" };

function noEncontrado(): Response {
  return Response.json({ error: "No se encontró el documento." }, { status: 404, headers: PRIVADO });
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const a = await evidenciaVisiblePara(id, await getSessionUser());
    if (!a) return noEncontrado();
    const archivo = await abrirArchivo(a.clave);
    if (!archivo) {
      console.error(`[GET /api/ejecucion/evidencias] falta el archivo de la evidencia ${id}`);
      return noEncontrado();
    }
    return new Response(Readable.toWeb(archivo) as ReadableStream<Uint8Array>, { headers: cabecerasDescarga(a) });
  } catch (e) {
    console.error("[GET /api/ejecucion/evidencias/[id]]", e);
    return Response.json({ error: "Ocurrió un error inesperado. Intente nuevamente." }, { status: 500, headers: PRIVADO });
  }
}
