// GET /api/votos/estado?postulacionId=…: what the "Votar por este proyecto" island of a perfil's page shows
// this caller (may vote, already voted here, why not). The page is cached for everyone
// (docs/decisions/0010-paginas-publicas-en-cache.md); this private answer fills its client island. The vote
// itself is decided by the action.
import { getSessionUser } from "@/lib/auth/session";
import { getEstadoVoto } from "@/lib/votacion/queries";

const ID = /^[a-z0-9]{10,64}$/;
const PRIVADO = { "Cache-Control": "private, no-store" };

export async function GET(req: Request): Promise<Response> {
  const id = new URL(req.url).searchParams.get("postulacionId") ?? "";
  if (!ID.test(id)) return Response.json({ error: "Proyecto no encontrado." }, { status: 404, headers: PRIVADO });
  const estado = await getEstadoVoto(await getSessionUser(), id);
  if (!estado) return Response.json({ error: "Proyecto no encontrado." }, { status: 404, headers: PRIVADO });
  return Response.json(estado, { headers: PRIVADO });
}
