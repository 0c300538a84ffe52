"use client";

// THE form primitive: every form of the portal is built on it (or, when it is not a <form>, on its hook).
// - react-hook-form with the action's own zod schema (lib/<área>/schema.ts): what the schema refuses is
//   shown next to its field before anything is sent, in the same Spanish the action would use;
// - the action (lib/<área>/server-actions.ts, `(prev, input) => ActionResult`) receives the values as
//   typed, fixed values (ids) included, and parses them again: the server decides;
// - a refusal keeps every typed value (nothing resets a field), puts each field error next to its field
//   and the rest in the form's message, and moves the focus to the first marked field;
// - the outcome is announced: the message sits in live regions that are always on the page;
// - while the action runs the form is disabled, so a second click sends nothing; afterwards the focus
//   goes back where it was (disabling a focused control drops the focus to the page).
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useHidratado } from "./use-hidratado";
import { get, useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver, type UseFormRegisterReturn, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "./alert";
import { aplanarErrores, esNavegacionDeNext, MENSAJE_REVISE, MENSAJE_SIN_CONEXION, repartirErrores, SELECTOR_INVALIDO } from "./formulario-errores";

/** A server action as a form calls it, with the values typed (it parses them with its own schema). */
export type AccionFormulario<I, T> = (prev: null, input: I) => Promise<ActionResult<T>>;

type Esquema = z.ZodType<FieldValues, FieldValues>;
type Entrada<S extends Esquema> = z.input<S>;
type Salida<S extends Esquema> = z.output<S>;

export type OpcionesFormulario<S extends Esquema, T> = {
  /** The action's own zod schema. */
  schema: S;
  action: AccionFormulario<Entrada<S>, T>;
  /** Starting values, including the fixed ones the action needs and the form does not show (ids). */
  valores: DefaultValues<Entrada<S>>;
  /**
   * The values follow `valores` when the page sends new ones (e.g. after the action changed what they
   * come from). Off by default: a page refreshing for another reason must never replace what is typed.
   */
  seguirValores?: boolean;
  /** Check each field when the person leaves it (short forms), not only on sending. */
  validarAlSalir?: boolean;
  /** Asks before sending (a step that cannot be undone); a function gets the validated values. */
  confirmar?: string | ((valores: Salida<S>) => string);
  /** Empties the fields after a success (a form that creates a new row each time). */
  limpiarAlGuardar?: boolean;
  /** Runs after validating and before the action; a result returned instead stops it (shown as the action's). */
  antesDeEnviar?: () => Promise<ActionResult<T> | null>;
  /** After a success (navigate, remember something). */
  alGuardar?: (data: T, mensaje?: string) => void;
  /**
   * The outcome is shown by someone else (a message box that outlives the form): the form shows none of
   * its own. Field errors still go next to their fields, which then take the focus (`campoMarcado`);
   * otherwise the focus is the receiver's to move.
   */
  avisar?: (r: ActionResult<T>, info: { campoMarcado: boolean }) => void;
};

export type Formulario<S extends Esquema, T> = {
  form: UseFormReturn<Entrada<S>, unknown, Salida<S>>;
  /** A registered field with its error, to spread on Field, TextArea, Select or Casilla. */
  campo: (nombre: FieldPath<Entrada<S>>) => UseFormRegisterReturn & { error?: string };
  /** The error shown next to a field (of the schema or of the action). */
  error: (nombre: string) => string | undefined;
  /** Validates, asks (confirmar), runs the action and shows its outcome: a form's onSubmit, or a button's onClick. */
  enviar: () => Promise<void>;
  pendiente: boolean;
  resultado: ActionResult<T> | null;
  /** Ref for the element holding the fields (a <form>, or a <section> for a form that cannot be one). */
  contenedor: (el: HTMLElement | null) => void;
  /** The outcome's message (live regions): place it at the top of the form. */
  mensaje: ReactNode;
};

function mensajeDe(e: unknown): string | undefined {
  const m = e as { message?: unknown; root?: { message?: unknown } } | undefined;
  const texto = m?.message ?? m?.root?.message;
  return typeof texto === "string" && texto ? texto : undefined;
}

export function useFormulario<S extends Esquema, T>(o: OpcionesFormulario<S, T>): Formulario<S, T> {
  const form = useForm<Entrada<S>, unknown, Salida<S>>({
    resolver: zodResolver(o.schema) as unknown as Resolver<Entrada<S>, unknown, Salida<S>>,
    ...(o.seguirValores ? { values: o.valores as Entrada<S> } : { defaultValues: o.valores }),
    mode: o.validarAlSalir ? "onTouched" : "onSubmit",
    reValidateMode: "onChange",
    // The primitive focuses the first error itself, in document order (react-hook-form follows the
    // order fields registered in, and cannot reach the action's errors or a group of options).
    shouldFocusError: false,
  });
  const errores = form.formState.errors;
  const [resultado, setResultado] = useState<ActionResult<T> | null>(null);
  const [generales, setGenerales] = useState<string[]>([]);
  const [pendiente, setPendiente] = useState(false);
  const [intento, setIntento] = useState(0);
  const contenedor = useRef<HTMLElement | null>(null);
  const caja = useRef<HTMLDivElement | null>(null);
  const enCurso = useRef(false);
  const foco = useRef<"error" | "exito" | null>(null);
  const previo = useRef<HTMLElement | null>(null);
  const { avisar } = o;

  const enFormulario = (campo: string) => {
    const c = contenedor.current;
    if (!c) return false;
    const n = CSS.escape(campo);
    return !!c.querySelector(`[name="${n}"], [data-campo="${n}"]`);
  };

  const mostrar = (r: ActionResult<T>) => {
    setResultado(r);
    setIntento((n) => n + 1);
    let campoMarcado = false;
    if (r.ok) {
      setGenerales([]);
      foco.current = "exito";
      if (o.limpiarAlGuardar) form.reset();
      o.alGuardar?.(r.data, r.mensaje);
    } else {
      const { campos, generales } = repartirErrores(r.fieldErrors, enFormulario);
      for (const [nombre, texto] of campos) form.setError(nombre as FieldPath<Entrada<S>>, { type: "server", message: texto });
      setGenerales(generales);
      foco.current = "error";
      campoMarcado = campos.length > 0;
    }
    avisar?.(r, { campoMarcado });
  };

  const alValidar = async (valores: Salida<S>) => {
    if (enCurso.current) return;
    const pregunta = typeof o.confirmar === "function" ? o.confirmar(valores) : o.confirmar;
    if (pregunta && !window.confirm(pregunta)) return;
    enCurso.current = true;
    previo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPendiente(true);
    let navegando = false;
    try {
      const detenido = await o.antesDeEnviar?.();
      mostrar(detenido ?? (await o.action(null, form.getValues())));
    } catch (e) {
      // A redirect from the action (sign-in) arrives as an error: Next is already navigating.
      if (esNavegacionDeNext(e)) {
        navegando = true;
        return;
      }
      mostrar({ ok: false, error: MENSAJE_SIN_CONEXION, fieldErrors: {} });
    } finally {
      if (!navegando) {
        enCurso.current = false;
        setPendiente(false);
      }
    }
  };

  const alFallar = (arbol: unknown) => {
    const { generales } = repartirErrores(aplanarErrores(arbol), enFormulario);
    setResultado({ ok: false, error: MENSAJE_REVISE, fieldErrors: {} });
    setGenerales(generales);
    setIntento((n) => n + 1);
    foco.current = "error";
  };

  // After each outcome, once the form is enabled again: the first marked field (or the message) on a
  // refusal; on a success, the control that sent it, if the focus was lost.
  useEffect(() => {
    if (pendiente || !foco.current) return;
    const tipo = foco.current;
    foco.current = null;
    // One frame later: react-hook-form publishes the new field errors in a render of its own, and the
    // first marked field must be looked for after it (else an older mark, e.g. a draft warning, wins).
    const marco = requestAnimationFrame(() => enfocarResultado(tipo, { contenedor: contenedor.current, caja: avisar ? null : caja.current, previo: previo.current }));
    return () => cancelAnimationFrame(marco);
  }, [pendiente, intento, avisar]);

  const error = (nombre: string) => mensajeDe(get(errores, nombre));
  return {
    form,
    campo: (nombre) => ({ ...form.register(nombre), error: error(nombre) }),
    error,
    enviar: () => form.handleSubmit(alValidar, alFallar)(),
    pendiente,
    resultado,
    contenedor: (el) => {
      contenedor.current = el;
    },
    mensaje: avisar ? null : <MensajeFormulario resultado={resultado} generales={generales} clave={intento} caja={caja} />,
  };
}

/**
 * Where the focus goes once an outcome is shown (the primitive's rule; a form that sends with fetch, like
 * the attachments', calls it too). A refusal: the first marked field of `contenedor`, or else the
 * message `caja`. A success: nowhere if the focus is still in the form; else back to `previo` (the
 * control that sent, which lost the focus while the form was disabled), or else the message.
 */
export function enfocarResultado(
  tipo: "error" | "exito",
  { contenedor, caja, previo }: { contenedor: HTMLElement | null; caja: HTMLElement | null; previo?: HTMLElement | null },
): void {
  if (tipo === "error") {
    (contenedor?.querySelector<HTMLElement>(SELECTOR_INVALIDO) ?? caja)?.focus();
    return;
  }
  const activo = document.activeElement;
  if (activo && activo !== document.body && contenedor?.contains(activo)) return;
  if (previo?.isConnected && !previo.matches(":disabled")) previo.focus();
  else caja?.focus();
}

/**
 * The outcome of an action, in two live regions that are always on the page (an error in one with
 * role="alert", a success in one with role="status"); each new outcome replaces the text, so it is
 * announced again even when it repeats. `caja` is where the focus goes when no field is to blame.
 */
export function MensajeFormulario({
  resultado,
  generales,
  clave,
  caja,
}: {
  resultado: ActionResult<unknown> | null;
  /** The refusal's messages without a field of their own; by default its `_form` ones. */
  generales?: string[];
  /** Changes with each outcome. */
  clave?: number;
  caja?: RefObject<HTMLDivElement | null>;
}) {
  const error = resultado && !resultado.ok ? resultado : null;
  const exito = resultado?.ok ? resultado.mensaje : undefined;
  const lista = generales ?? error?.fieldErrors._form ?? [];
  return (
    <div ref={caja} tabIndex={-1}>
      <div role="alert" aria-atomic="true">
        {error && (
          <Alert key={clave} tipo="error" titulo={error.error} anunciar={false}>
            {lista.length > 0 && (
              <ul className="list-disc pl-5">
                {lista.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
      <div role="status" aria-atomic="true">
        {exito && (
          <Alert key={clave} tipo="exito" anunciar={false}>
            {exito}
          </Alert>
        )}
      </div>
    </div>
  );
}

/** A <form> on the primitive: children get the fields' helpers, and are disabled while it sends. */
export function Formulario<S extends Esquema, T>({
  etiqueta,
  className,
  deshabilitado = false,
  children,
  ...opciones
}: OpcionesFormulario<S, T> & {
  /**
   * The form's accessible name, which makes it a landmark: name the forms people look for, not the
   * one-button form of each row of a list.
   */
  etiqueta?: string;
  className?: string;
  /** Read-only: shown, not editable or sendable. */
  deshabilitado?: boolean;
  children: (f: Formulario<S, T>) => ReactNode;
}) {
  const f = useFormulario(opciones);
  const { contenedor, mensaje, pendiente, enviar } = f;
  // Until React has hydrated the form, its fields are disabled: a choice made earlier would be reset by
  // react-hook-form when it takes its values, and a submit would be the browser's own GET, with the
  // fields (a password too) in the address.
  const hidratado = useHidratado();
  return (
    <form
      ref={contenedor}
      aria-label={etiqueta}
      className={className}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void enviar();
      }}
    >
      {mensaje}
      <fieldset disabled={deshabilitado || pendiente || !hidratado} aria-busy={pendiente} className="contents">
        {children(f)}
      </fieldset>
    </form>
  );
}
