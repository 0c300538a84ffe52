// Right of access (Ley 21.719): the signed-in person downloads everything the portal keeps about them, as
// JSON (lib/datos-personales/exportar.ts). Only their own: the session's user is the only input. Without
// a session, a 404. Never kept by any cache (lib/datos-personales/descarga.ts).
import { getSessionUser } from "@/lib/auth/session";
import { respuestaMisDatos } from "@/lib/datos-personales/descarga";

export async function GET(): Promise<Response> {
  return respuestaMisDatos(await getSessionUser());
}
