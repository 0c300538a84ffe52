// Binds an action definition to Next: session from next-auth, IP from the request, revalidatePath.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getRequestIp, getSessionUser } from "@/lib/auth/session";
import { executeAction, type ActionDef } from "./pipeline";
import type { ActionResult } from "./result";

export function serverAction<S extends z.ZodType, T>(def: ActionDef<S, T>) {
  return async (_prev: unknown, input: FormData | z.input<S>): Promise<ActionResult<T>> =>
    executeAction(def, input, { user: await getSessionUser(), ip: await getRequestIp(), revalidate: (p) => revalidatePath(p) });
}
