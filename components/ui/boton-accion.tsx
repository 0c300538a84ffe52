"use client";

import type { ComponentProps, ReactNode } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";
import { Formulario, type AccionFormulario } from "./formulario";

/**
 * One button that runs one server action with fixed values (ids, flags), on the form primitive: the
 * action's Spanish outcome, a pending text, and a question first with `confirmar` when the step cannot
 * be undone.
 */
export function BotonAccion<S extends z.ZodType<FieldValues, FieldValues>, T>({
  schema,
  action,
  campos,
  texto,
  textoPendiente,
  etiqueta,
  confirmar,
  variante,
  deshabilitado,
  className,
  alGuardar,
  avisar,
}: {
  schema: S;
  action: AccionFormulario<z.input<S>, T>;
  campos: z.input<S>;
  texto: ReactNode;
  textoPendiente: string;
  /** The form's name (a landmark): for a button people look for by its form, not for one per row. */
  etiqueta?: string;
  confirmar?: string;
  variante?: ComponentProps<typeof Button>["variante"];
  deshabilitado?: boolean;
  className?: string;
  alGuardar?: (data: T, mensaje?: string) => void;
  avisar?: (r: ActionResult<T>, info: { campoMarcado: boolean }) => void;
}) {
  return (
    <Formulario
      schema={schema}
      action={action}
      valores={campos as DefaultValues<z.input<S>>}
      seguirValores
      etiqueta={etiqueta}
      confirmar={confirmar}
      alGuardar={alGuardar}
      avisar={avisar}
      className={className}
    >
      {({ pendiente }) => (
        <Button type="submit" variante={variante} disabled={deshabilitado}>
          {pendiente ? textoPendiente : texto}
        </Button>
      )}
    </Formulario>
  );
}
