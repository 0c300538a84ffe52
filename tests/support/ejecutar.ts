// executeAction over the registry's union of definitions (each has its own schema and data type).
import type { z } from "zod";
import { executeAction, type ActionDef, type ExecuteDeps } from "@/lib/actions/pipeline";
import type { ActionResult } from "@/lib/actions/result";
import type { ACCIONES } from "@/lib/actions/registry";
import type { NombreAccion } from "@/lib/auth/permissions";

export type AccionRegistrada = (typeof ACCIONES)[number];

export function ejecutarRegistrada(def: AccionRegistrada, input: unknown, deps: ExecuteDeps): Promise<ActionResult<unknown>> {
  return executeAction(def as unknown as ActionDef<NombreAccion, z.ZodType, unknown>, input, deps);
}
