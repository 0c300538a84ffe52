// POST: the framework's ceiling for bench/votos.mjs — one raw INSERT per request (lib/bench/techo.ts)
// through the same Next build, Prisma client and database as POST /api/votos, nothing else (no session,
// no pipeline). 404 unless the server was started with BENCH_TECHO=1 (README, «Configuración»).
import { insertarTecho } from "@/lib/bench/techo";

const SIN_CACHE = { "Cache-Control": "no-store" };

export async function POST(req: Request): Promise<Response> {
  if (process.env.BENCH_TECHO !== "1") {
    return new Response("No encontrado.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...SIN_CACHE } });
  }
  // Read the body as the vote route does, so both carry the same request.
  await req.json().catch(() => null);
  await insertarTecho();
  return Response.json({ ok: true }, { status: 201, headers: SIN_CACHE });
}
