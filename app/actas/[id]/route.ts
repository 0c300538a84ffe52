// The signed acta of a round of selección, public (lib/seleccion/acta-publica.ts): the PDF inline with its
// SHA-256 in the headers; 404 for unknown ids and actas not yet closed.
import { respuestaActa } from "@/lib/seleccion/acta-publica";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    return await respuestaActa((await params).id);
  } catch (e) {
    console.error("[GET /actas/[id]]", e);
    return new Response("Ocurrió un error inesperado. Intente nuevamente.", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}
