// Binds an action definition to Next: session from next-auth, IP from the request, revalidatePath, and
// updateTag for the public pages' cache tags the action declares (read-your-own-writes: the next visit to
// a page with that tag renders fresh data; docs/decisions/0010-paginas-publicas-en-cache.md).
import "server-only";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import type { z } from "zod";
import { getRequestIp, getSessionUser } from "@/lib/auth/session";
import { despertarCartero } from "@/lib/mail/cartero";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { Etiqueta } from "@/lib/cache/etiquetas";
import { executeAction, type ActionDef } from "./pipeline";
import type { ActionResult } from "./result";

/** Runs `def` for this request's session and IP: the one path of forms and of route handlers. */
async function ejecutarEnPeticion<N extends NombreAccion, S extends z.ZodType, T>(
  def: ActionDef<N, S, T>,
  input: unknown,
  expirarEtiqueta: (e: Etiqueta) => void,
): Promise<ActionResult<T>> {
  const r = await executeAction(def, input, { user: await getSessionUser(), ip: await getRequestIp(), revalidate: (p) => revalidatePath(p), expirarEtiqueta });
  // An action may have queued e-mail in its transaction: send it now rather than at the next round. A
  // high-rate action whose row is its record (auditoria "fila": the vote) queues none: no delivery round
  // per vote.
  if (r.ok && def.auditoria !== "fila") despertarCartero();
  return r;
}

export function serverAction<N extends NombreAccion, S extends z.ZodType, T>(def: ActionDef<N, S, T>) {
  // The input is unknown on purpose: whatever the browser sends is parsed by the action's zod schema.
  return async (_prev: unknown, input: unknown): Promise<ActionResult<T>> => ejecutarEnPeticion(def, input, (e) => updateTag(e));
}

/**
 * The same action from a route handler (a JSON endpoint such as POST /api/votos): same session, IP and
 * pipeline as its form. updateTag only works inside a server action; here a tag is expired with
 * revalidateTag(…, { expire: 0 }), which likewise makes the next visit wait for fresh data.
 */
export function ejecutarDesdeRuta<N extends NombreAccion, S extends z.ZodType, T>(def: ActionDef<N, S, T>, input: unknown): Promise<ActionResult<T>> {
  return ejecutarEnPeticion(def, input, (e) => revalidateTag(e, { expire: 0 }));
}
