// Shape check for ActionResult (lib/actions/result.ts), for property tests fed with arbitrary input.
import type { ActionResult } from "@/lib/actions/result";

export function esActionResult(r: unknown): r is ActionResult {
  if (typeof r !== "object" || r === null || !("ok" in r)) return false;
  const x = r as Record<string, unknown>;
  if (x.ok === true) return "data" in x && (x.mensaje === undefined || typeof x.mensaje === "string");
  if (x.ok !== false || typeof x.error !== "string" || x.error.length === 0) return false;
  const fe = x.fieldErrors;
  if (typeof fe !== "object" || fe === null || Array.isArray(fe)) return false;
  return Object.values(fe).every((v) => Array.isArray(v) && v.every((m) => typeof m === "string"));
}

/** Narrows to the failure branch or fails the test with the data it got. */
export function comoError<T>(r: ActionResult<T>): { ok: false; error: string; fieldErrors: Record<string, string[]> } {
  if (r.ok) throw new Error(`Se esperaba un error y la acción tuvo éxito: ${JSON.stringify(r.data)}`);
  return r;
}

/** Narrows to the success branch or fails the test with the error it got. */
export function comoExito<T>(r: ActionResult<T>): { ok: true; data: T; mensaje?: string } {
  if (!r.ok) throw new Error(`Se esperaba éxito y la acción falló: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return r;
}
