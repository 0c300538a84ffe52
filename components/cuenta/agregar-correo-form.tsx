"use client";
// «Mi cuenta» of a ClaveÚnica account without an e-mail: the address to add (cuenta.solicitarCorreo).
// The action's message says where the confirmation link went.
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { solicitarCorreoSchema } from "@/lib/cuentas/schema";
import { solicitarCorreoAction } from "@/lib/cuentas/server-actions";

export function AgregarCorreoForm() {
  return (
    <Formulario schema={solicitarCorreoSchema} action={solicitarCorreoAction} valores={{ email: "" }} etiqueta="Agregar mi correo">
      {({ campo, pendiente }) => (
        <>
          <Field
            id="email"
            label="Su correo electrónico"
            type="email"
            autoComplete="email"
            required
            ayuda="Le enviaremos un enlace para confirmarlo; ábralo con esta sesión iniciada."
            {...campo("email")}
          />
          <Button type="submit">{pendiente ? "Enviando el enlace…" : "Enviar el enlace de confirmación"}</Button>
        </>
      )}
    </Formulario>
  );
}
