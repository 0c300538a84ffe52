"use client";

import { useState, useTransition, type ReactNode } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { ActionResult } from "@/lib/actions/result";

// Like components/ui ActionForm, but the fields keep what was typed when the action refuses it (a form
// `action` resets every field after the call): the person corrects the one marked instead of starting over.
// Validation is the server's (noValidate), so every message is the action's Spanish one.
type Accion<T> = (prev: unknown, fd: FormData) => Promise<ActionResult<T>>;

export function FormularioAccion<T>({
  action,
  etiqueta,
  confirmar,
  limpiarAlGuardar = false,
  className,
  children,
}: {
  action: Accion<T>;
  etiqueta: string;
  /** Asks before sending (a step that cannot be undone). */
  confirmar?: string;
  /** Empties the fields after a success (a form that creates a new row each time). */
  limpiarAlGuardar?: boolean;
  className?: string;
  children: (estado: { pendiente: boolean; resultado: ActionResult<T> | null }) => ReactNode;
}) {
  const [resultado, setResultado] = useState<ActionResult<T> | null>(null);
  const [pendiente, startTransition] = useTransition();
  return (
    <form
      aria-label={etiqueta}
      className={className}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (confirmar && !window.confirm(confirmar)) return;
        const form = e.currentTarget;
        const datos = new FormData(form);
        startTransition(async () => {
          const r = await action(null, datos);
          setResultado(r);
          if (r.ok && limpiarAlGuardar) form.reset();
        });
      }}
    >
      <ActionMessage state={resultado} />
      <fieldset disabled={pendiente} aria-busy={pendiente} className="contents">
        {children({ pendiente, resultado })}
      </fieldset>
    </form>
  );
}

export function errores(resultado: ActionResult<unknown> | null, campo: string): string[] | undefined {
  return resultado && !resultado.ok ? resultado.fieldErrors[campo] : undefined;
}
