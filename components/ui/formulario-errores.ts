// Pure helpers of the form primitive (components/ui/formulario.tsx): where each error of a refusal is
// shown, and which control takes the focus. No React here, so they are unit-tested directly.
import type { FieldErrors } from "@/lib/actions/result";

export const MENSAJE_REVISE = "Revise los campos marcados.";
export const MENSAJE_SIN_CONEXION = "No se pudo enviar: revise su conexión e intente nuevamente. Lo que escribió sigue en el formulario.";

/**
 * The controls that may take the focus after a refusal: a field marked invalid, or the first control of a
 * group of options marked with `data-invalido` (components/ui/field.tsx Grupo). querySelector returns the
 * first in document order, which is the first error the person meets reading the form.
 */
export const SELECTOR_INVALIDO = '[aria-invalid="true"]:not(:disabled), [data-invalido] :is(input, select, textarea):not(:disabled)';

/**
 * Splits a refusal's field errors: those of a field the form shows go next to it (one text per field);
 * `_form` and those of fields the form does not show (a fixed id, a schema-level rule) go in the form's
 * message, without repeats.
 */
export function repartirErrores(fieldErrors: FieldErrors, enFormulario: (campo: string) => boolean): { campos: [string, string][]; generales: string[] } {
  const campos: [string, string][] = [];
  const generales: string[] = [];
  for (const [campo, mensajes] of Object.entries(fieldErrors)) {
    if (!mensajes?.length) continue;
    if (campo !== "_form" && enFormulario(campo)) campos.push([campo, mensajes.join(" ")]);
    else generales.push(...mensajes);
  }
  return { campos, generales: [...new Set(generales)] };
}

/**
 * react-hook-form's nested error tree → `{ "metricas.0.valor": ["…"] }`, the shape actions return. An
 * array's own error (`metricas.root`) is the array's (`metricas`).
 */
export function aplanarErrores(arbol: unknown, ruta = ""): FieldErrors {
  const out: FieldErrors = {};
  if (typeof arbol !== "object" || arbol === null) return out;
  const nodo = arbol as Record<string, unknown>;
  if (typeof nodo.message === "string" && nodo.message) (out[ruta || "_form"] ??= []).push(nodo.message);
  for (const [clave, valor] of Object.entries(nodo)) {
    if (clave === "message" || clave === "type" || clave === "types" || clave === "ref") continue;
    const hija = clave === "root" ? ruta : ruta ? `${ruta}.${clave}` : clave;
    for (const [k, m] of Object.entries(aplanarErrores(valor, hija))) (out[k] ??= []).push(...m);
  }
  return out;
}

/**
 * An action that redirects (sign-in does) rejects its call with Next's redirect, which Next handles
 * itself by navigating: it is not a failure to show. Next marks its control-flow errors with a digest
 * "NEXT_…" ("NEXT_REDIRECT;push;/cuenta;303;", "NEXT_HTTP_ERROR_FALLBACK;404").
 */
export function esNavegacionDeNext(e: unknown): boolean {
  const digest = typeof e === "object" && e !== null ? (e as { digest?: unknown }).digest : undefined;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}
