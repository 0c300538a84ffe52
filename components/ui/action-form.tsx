"use client";

import { useActionState, useRef, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ActionMessage } from "./action-message";

type ServerAction = (prev: unknown, fd: FormData) => Promise<ActionResult>;

/**
 * A form bound to one server action: shows its Spanish result, disables itself while pending and, with
 * `confirmar`, asks before a step that cannot be undone.
 */
export function ActionForm({
  action,
  children,
  confirmar,
  className,
  etiqueta,
}: {
  action: ServerAction;
  children: (estado: { pendiente: boolean; resultado: ActionResult | null }) => ReactNode;
  confirmar?: string;
  className?: string;
  etiqueta?: string;
}) {
  const [resultado, accion, pendiente] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      action={accion}
      aria-label={etiqueta}
      className={className}
      onSubmit={(e) => {
        if (confirmar && !window.confirm(confirmar)) e.preventDefault();
      }}
    >
      <ActionMessage state={resultado} />
      <fieldset disabled={pendiente} aria-busy={pendiente} className="contents">
        {children({ pendiente, resultado })}
      </fieldset>
    </form>
  );
}

export function erroresDe(resultado: ActionResult | null, campo: string): string[] | undefined {
  return resultado && !resultado.ok ? resultado.fieldErrors[campo] : undefined;
}
