"use client";

import type { ComponentProps } from "react";
import { ActionForm } from "./action-form";
import { Button } from "./button";

/**
 * One button that runs one server action with fixed values (ids, flags): shows the action's Spanish
 * result, a pending text, and asks first with `confirmar` when the step cannot be undone.
 */
export function BotonAccion({
  action,
  campos,
  texto,
  textoPendiente,
  etiqueta,
  confirmar,
  variante,
  deshabilitado,
}: {
  action: ComponentProps<typeof ActionForm>["action"];
  campos: Record<string, string>;
  texto: string;
  textoPendiente: string;
  etiqueta: string;
  confirmar?: string;
  variante?: ComponentProps<typeof Button>["variante"];
  deshabilitado?: boolean;
}) {
  return (
    <ActionForm action={action} etiqueta={etiqueta} confirmar={confirmar}>
      {({ pendiente }) => (
        <>
          {Object.entries(campos).map(([nombre, valor]) => (
            <input key={nombre} type="hidden" name={nombre} value={valor} />
          ))}
          <Button type="submit" variante={variante} disabled={deshabilitado || pendiente}>
            {pendiente ? textoPendiente : texto}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
