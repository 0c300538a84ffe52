// The HTTP answer of /cuenta/mis-datos (right of access): the caller's own document, as an attachment that
// no cache keeps. Its only input is the session's user: nobody can name another person's account here.
// Apart from the route so the integration tests call it with their database.
import type { SessionUser } from "@/lib/auth/session-user";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { exportarMisDatos, nombreArchivoMisDatos } from "./exportar";

const SIN_CACHE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

const noEncontrado = () => new Response("No encontrado.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...SIN_CACHE } });

export async function respuestaMisDatos(user: SessionUser | null, client: Db = dbPorDefecto, ahora = new Date()): Promise<Response> {
  // Without a session, a 404 (as the other private downloads).
  if (!user) return noEncontrado();
  const datos = await exportarMisDatos(client, user.id, ahora);
  if (!datos) return noEncontrado();
  return new Response(JSON.stringify(datos, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nombreArchivoMisDatos(ahora)}"`,
      ...SIN_CACHE,
    },
  });
}
