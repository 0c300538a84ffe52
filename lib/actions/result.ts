// The one result shape every action returns to its form.
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = unknown> =
  | { ok: true; data: T; mensaje?: string }
  | { ok: false; error: string; fieldErrors: FieldErrors };

export const ESTADO_INICIAL = null;

/** Thrown inside an action body: rolls the transaction back and reaches the user as-is (Spanish). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "ActionError";
  }
}
