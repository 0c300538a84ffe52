// Upload of one attachment (multipart/form-data: postulacionId, categoria, archivo). A route handler and
// not a server action because server actions cap request bodies at 1 MB; it runs the same pipeline.
// Answers the action's ActionResult as JSON: 200 when saved, 400 when refused (413 when too large).
import { revalidatePath } from "next/cache";
import { executeAction } from "@/lib/actions/pipeline";
import type { ActionResult } from "@/lib/actions/result";
import { subirAdjunto } from "@/lib/adjuntos/actions/subir";
import { leerFormularioDeSubida } from "@/lib/adjuntos/http";
import { ipCliente } from "@/lib/auth/ip";
import { getSessionUser } from "@/lib/auth/session";


function responder(r: ActionResult, status: number): Response {
  return Response.json(r, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(req: Request): Promise<Response> {
  try {
    const form = await leerFormularioDeSubida(req);
    if (!form.ok) return responder(form.cuerpo, form.status);
    const r = await executeAction(subirAdjunto, form.datos, { user: await getSessionUser(), ip: ipCliente(req.headers), revalidate: (p) => revalidatePath(p) });
    return responder(r, r.ok ? 200 : 400);
  } catch (e) {
    // The session lookup or the connection failed: a Spanish answer, never a stack.
    console.error("[POST /api/adjuntos]", e);
    return responder({ ok: false, error: "Ocurrió un error inesperado y no se guardó ningún cambio. Intente nuevamente.", fieldErrors: {} }, 500);
  }
}
