// Binds an action definition to Next: session from next-auth, IP from the request, revalidatePath, and
// updateTag for the public pages' cache tags the action declares (read-your-own-writes: the next visit to
// a page with that tag renders fresh data; docs/decisions/0010-paginas-publicas-en-cache.md).
import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import type { z } from "zod";
import { getRequestIp, getSessionUser } from "@/lib/auth/session";
import { despertarCartero } from "@/lib/mail/cartero";
import type { NombreAccion } from "@/lib/auth/permissions";
import { executeAction, type ActionDef } from "./pipeline";
import type { ActionResult } from "./result";

export function serverAction<N extends NombreAccion, S extends z.ZodType, T>(def: ActionDef<N, S, T>) {
  // The input is unknown on purpose: whatever the browser sends is parsed by the action's zod schema.
  return async (_prev: unknown, input: unknown): Promise<ActionResult<T>> => {
    const r = await executeAction(def, input, { user: await getSessionUser(), ip: await getRequestIp(), revalidate: (p) => revalidatePath(p), expirarEtiqueta: (e) => updateTag(e) });
    // An action may have queued e-mail in its transaction: send it now rather than at the next round.
    if (r.ok) despertarCartero();
    return r;
  };
}
