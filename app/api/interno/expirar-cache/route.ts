// POST: expires every public cache tag at once (lib/cache/etiquetas.ts), so the next visit to each public
// page renders it from the database. For the server's own start and the e2e harness only: 404 unless
// CACHE_EXPIRY_TOKEN is set and the request carries it (lib/cache/expiracion.ts).
import { revalidateTag } from "next/cache";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { CABECERA_TOKEN_CACHE, expiracionHabilitada, tokenDeExpiracionValido } from "@/lib/cache/expiracion";

const SIN_CACHE = { "Cache-Control": "no-store" };

export async function POST(req: Request): Promise<Response> {
  if (!expiracionHabilitada() || !tokenDeExpiracionValido(req.headers.get(CABECERA_TOKEN_CACHE))) {
    return new Response("No encontrado.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...SIN_CACHE } });
  }
  // expire: 0 = gone now, not stale-while-revalidate: the next request waits for a fresh render.
  for (const etiqueta of Object.values(ETIQUETAS)) revalidateTag(etiqueta, { expire: 0 });
  return Response.json({ expiradas: Object.values(ETIQUETAS) }, { headers: SIN_CACHE });
}
