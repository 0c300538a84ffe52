// POST /api/votos {"postulacionId": "…"}: the vote as JSON, for clients and load tests, under the same
// session cookie as the portal and through the same pipeline action as the page's button (voto.emitir,
// lib/votacion/actions/emitir.ts). Statuses and messages: lib/votacion/respuesta.ts.
import { ejecutarDesdeRuta } from "@/lib/actions/next";
import { emitirVoto } from "@/lib/votacion/actions/emitir";
import { error, responderVoto } from "@/lib/votacion/respuesta";

export async function POST(req: Request): Promise<Response> {
  return responderVoto(req, (input) => ejecutarDesdeRuta(emitirVoto, input));
}

export async function GET(): Promise<Response> {
  return error('Use POST con {"postulacionId": "…"} para votar.', 405, { Allow: "POST" });
}
