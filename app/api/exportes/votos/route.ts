// Anonymised export of the popular vote: ?formato=csv|json|pb (Pabulib), ?anio=2019 optional. FOSIS staff
// only (404 for anyone else); lib/votacion/exportes.ts decides and writes it.
import { getSessionUser } from "@/lib/auth/session";
import { respuestaExporteVotos } from "@/lib/votacion/exportes";

export async function GET(request: Request): Promise<Response> {
  return respuestaExporteVotos(await getSessionUser(), new URL(request.url));
}
