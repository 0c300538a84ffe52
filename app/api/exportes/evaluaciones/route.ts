// CSV of the per-criterion scores of every submitted evaluation, for FOSIS staff only (404 for anyone
// else): lib/evaluacion/exporte.ts decides and writes it.
import { getSessionUser } from "@/lib/auth/session";
import { respuestaExporteEvaluaciones } from "@/lib/evaluacion/exporte";


export async function GET(): Promise<Response> {
  return respuestaExporteEvaluaciones(await getSessionUser());
}
