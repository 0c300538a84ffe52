// The latest open-data files, public (lib/exportaciones/publico.ts): /datos-abiertos/desafios.csv,
// /datos-abiertos/diccionario.json, /datos-abiertos/datos-abiertos.zip… 404 for any other name, and while
// no open-data export has been generated.
import { respuestaDatoAbierto } from "@/lib/exportaciones/publico";

export async function GET(req: Request, { params }: { params: Promise<{ archivo: string }> }): Promise<Response> {
  try {
    const respuesta = await respuestaDatoAbierto((await params).archivo);
    const etag = respuesta.headers.get("ETag");
    if (etag && req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": respuesta.headers.get("Cache-Control") ?? "" } });
    return respuesta;
  } catch (e) {
    console.error("[GET /datos-abiertos/[archivo]]", e);
    return new Response("Ocurrió un error inesperado. Intente nuevamente.", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}
