// POST /api/votos as a function of the request and of one way to run the vote action (no Next import):
// app/api/votos/route.ts passes the request's session through lib/actions/next.ts ejecutarDesdeRuta, the
// integration tests pass theirs. It answers the action's outcome with an HTTP status and a Spanish `error`:
//   201 { id }            the vote was stored
//   401                   no session
//   403                   not allowed: role, RUT not verified, etapa, window closed, another site
//   409                   already voted in that scope (or for that perfil)
//   415 / 413 / 422       not JSON, too large, invalid input or a perfil that cannot receive votes
//   429                   too many attempts (account or connection)
import { mensajeEtapa, MENSAJE_ROL, MENSAJE_SESION } from "@/lib/actions/pipeline";
import type { ActionResult } from "@/lib/actions/result";
import { ETAPAS } from "@/lib/domain/etapas";
import { mismoOrigen } from "@/lib/http/peticion";
import { esCupoAgotado, MENSAJES_VOTO, PREFIJO_ANTES, PREFIJO_CERRADA } from "./reglas";

export const SIN_CACHE = { "Cache-Control": "no-store" } as const;

/** Larger bodies are refused unread: the vote is one id. */
export const MAX_CUERPO_VOTO = 4096;

const PROHIBIDOS = new Set<string>([
  MENSAJE_ROL,
  "No hay una convocatoria activa.",
  MENSAJES_VOTO.sinVerificar,
  MENSAJES_VOTO.sinFechas,
  ...ETAPAS.map((e) => mensajeEtapa("voto.emitir", e)),
]);
const REPETIDOS = new Set<string>([MENSAJES_VOTO.yaVotoPerfil, "Ya existe un registro con esos datos. Revise e intente nuevamente."]);
const LIMITES = new Set<string>([MENSAJES_VOTO.limiteCuenta, MENSAJES_VOTO.limiteIp]);
const INESPERADO = "Ocurrió un error inesperado y no se guardó ningún cambio. Intente nuevamente.";

/** The HTTP status of a refused vote, from the action's Spanish message. */
export function estadoDeRechazo(error: string): number {
  if (error === MENSAJE_SESION) return 401;
  if (PROHIBIDOS.has(error) || error.startsWith(PREFIJO_ANTES) || error.startsWith(PREFIJO_CERRADA)) return 403;
  if (REPETIDOS.has(error) || esCupoAgotado(error)) return 409;
  if (LIMITES.has(error)) return 429;
  if (error === INESPERADO) return 500;
  return 422;
}

function json(cuerpo: unknown, status: number, extra: Record<string, string> = {}): Response {
  return Response.json(cuerpo, { status, headers: { ...SIN_CACHE, ...extra } });
}

export const error = (mensaje: string, status: number, extra: Record<string, string> = {}) => json({ error: mensaje }, status, extra);

export async function responderVoto(req: Request, ejecutar: (input: unknown) => Promise<ActionResult<{ id: string }>>): Promise<Response> {
  // Same rule as proxy.ts applies to server actions: a POST from another site is refused before anything.
  if (!mismoOrigen(req.headers)) return error("Solicitud no permitida: el voto no se envió desde el portal.", 403);
  const tipo = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (tipo !== "application/json") return error('Envíe el voto como JSON (Content-Type: application/json): {"postulacionId": "…"}.', 415);
  const largo = Number(req.headers.get("content-length") ?? 0);
  if (largo > MAX_CUERPO_VOTO) return error("La solicitud es demasiado grande.", 413);
  const texto = await req.text();
  if (texto.length > MAX_CUERPO_VOTO) return error("La solicitud es demasiado grande.", 413);
  let cuerpo: unknown;
  try {
    cuerpo = JSON.parse(texto);
  } catch {
    return error('El cuerpo no es JSON válido: envíe {"postulacionId": "…"}.', 422);
  }
  if (typeof cuerpo !== "object" || cuerpo === null || Array.isArray(cuerpo)) return error('Envíe un objeto JSON: {"postulacionId": "…"}.', 422);

  const r = await ejecutar(cuerpo);
  if (r.ok) return json({ id: r.data.id }, 201);
  const status = estadoDeRechazo(r.error);
  // A validation refusal says which field: its own message, not only "Revise los campos marcados".
  const detalle = r.fieldErrors.postulacionId?.[0] ?? Object.values(r.fieldErrors)[0]?.[0];
  const mensaje = status === 422 && detalle && detalle !== r.error ? detalle : r.error;
  return status === 429 ? error(mensaje, status, { "Retry-After": "60" }) : error(mensaje, status);
}
