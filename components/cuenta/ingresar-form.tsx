"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionMessage } from "@/components/ui/action-message";
import { ingresarAction } from "@/lib/cuentas/sesion-actions";

export function IngresarForm({ volver }: { volver?: string }) {
  const [estado, accion, pendiente] = useActionState(ingresarAction, null);
  return (
    <form action={accion}>
      <ActionMessage state={estado} />
      <input type="hidden" name="volver" value={volver ?? ""} />
      <Field id="email" label="Correo electrónico" type="email" autoComplete="email" required error={estado?.ok === false ? estado.fieldErrors.email : undefined} />
      <Field id="password" label="Contraseña" type="password" autoComplete="current-password" required error={estado?.ok === false ? estado.fieldErrors.password : undefined} />
      <Button type="submit" disabled={pendiente}>
        {pendiente ? "Ingresando…" : "Ingresar"}
      </Button>
    </form>
  );
}
