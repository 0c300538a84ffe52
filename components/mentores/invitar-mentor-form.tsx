"use client";

// Staff invite a person by e-mail to register in the mentor pool (mentor.invitar).
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { invitarSchema } from "@/lib/mentores/schema";
import { invitarMentorAction } from "@/lib/mentores/server-actions";

export function InvitarMentorForm() {
  return (
    <Formulario schema={invitarSchema} action={invitarMentorAction} valores={{ nombre: "", email: "", institucion: "" }} etiqueta="Invitar al pool de mentores" limpiarAlGuardar>
      {({ campo, pendiente }) => (
        <>
          <Field id="invitar-nombre" label="Nombre de la persona" autoComplete="off" required {...campo("nombre")} />
          <Field id="invitar-email" label="Correo electrónico" type="email" autoComplete="off" required {...campo("email")} />
          <Field id="invitar-institucion" label="Institución (opcional)" autoComplete="off" ayuda="Se menciona en el correo: universidad, empresa u organización." {...campo("institucion")} />
          <Button type="submit">{pendiente ? "Enviando…" : "Enviar invitación"}</Button>
        </>
      )}
    </Formulario>
  );
}
