import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "./alert";

/** Shows an action's outcome: its Spanish error with the form-level list, or its success message. */
export function ActionMessage({ state }: { state: ActionResult | null }) {
  if (!state) return null;
  if (state.ok) return state.mensaje ? <Alert tipo="exito">{state.mensaje}</Alert> : null;
  const generales = state.fieldErrors._form ?? state.fieldErrors.calendario ?? [];
  return (
    <Alert tipo="error" titulo={state.error}>
      {generales.length > 0 && (
        <ul className="list-disc pl-5">
          {generales.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
