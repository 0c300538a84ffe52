"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Formulario, type AccionFormulario } from "@/components/ui/formulario";
import { credencialesSchema } from "@/lib/auth/credenciales-schema";
import { ingresarAction } from "@/lib/cuentas/sesion-actions";
import { tomarCorreoRegistrado } from "./correo-registrado";

type Credenciales = { email: string; password: string };

export function IngresarForm({ volver }: { volver?: string }) {
  // Sign-in is next-auth's, not a registered action: it takes the form's fields as FormData.
  const ingresar: AccionFormulario<Credenciales, unknown> = (prev, v) => {
    const datos = new FormData();
    datos.set("email", v.email);
    datos.set("password", v.password);
    datos.set("volver", volver ?? "");
    return ingresarAction(prev, datos);
  };
  return (
    <Formulario schema={credencialesSchema} action={ingresar} valores={{ email: "", password: "" }} etiqueta="Ingresar">
      {(f) => <Campos f={f} />}
    </Formulario>
  );
}

function Campos({ f }: { f: Formulario<typeof credencialesSchema, unknown> }) {
  const { campo, form, pendiente } = f;
  // Just signed up in this tab: the e-mail is filled in and the password is next.
  useEffect(() => {
    const email = tomarCorreoRegistrado();
    if (!email || form.getValues("email")) return;
    form.setValue("email", email);
    form.setFocus("password");
  }, [form]);
  return (
    <>
      <Field id="email" label="Correo electrónico" type="email" autoComplete="email" required {...campo("email")} />
      <Field id="password" label="Contraseña" type="password" autoComplete="current-password" required {...campo("password")} />
      <Button type="submit">{pendiente ? "Ingresando…" : "Ingresar"}</Button>
    </>
  );
}
