"use client";

import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { agregarMiembroAction, solicitarIngresoAction } from "@/lib/organizaciones/server-actions";
import { agregarMiembroSchema, MENSAJE_MAX, solicitarIngresoSchema } from "@/lib/organizaciones/schema";

/** Ask to join a registered organisation, by its RUT, with a message for its members. */
export function SolicitarIngresoForm() {
  return (
    <Formulario
      schema={solicitarIngresoSchema}
      action={solicitarIngresoAction}
      valores={{ organizacionRut: "", mensaje: "" }}
      etiqueta="Solicitar unirse a una organización"
      limpiarAlGuardar
    >
      {({ campo, pendiente }) => (
        <>
          <Field id="solicitud-rut" label="RUT de la organización" placeholder="65.123.456-5" autoComplete="off" required {...campo("organizacionRut")} />
          <TextArea
            id="solicitud-mensaje"
            label="Mensaje para sus integrantes"
            rows={3}
            maxLength={MENSAJE_MAX}
            required
            ayuda="Cuénteles quién es y qué rol tiene en la organización. Verán su nombre, su correo y este mensaje."
            {...campo("mensaje")}
          />
          <Button type="submit">{pendiente ? "Enviando…" : "Solicitar unirme"}</Button>
        </>
      )}
    </Formulario>
  );
}

/** An active member invites an applicant account to the organisation, by its e-mail; it joins if it accepts. */
export function AgregarMiembroForm({ organizacionId, organizacion }: { organizacionId: string; organizacion: string }) {
  return (
    <Formulario schema={agregarMiembroSchema} action={agregarMiembroAction} valores={{ organizacionId, email: "" }} etiqueta={`Invitar a ${organizacion}`} limpiarAlGuardar>
      {({ campo, pendiente }) => (
        <>
          <Field
            id={`agregar-email-${organizacionId}`}
            type="email"
            label="Correo de la persona"
            autoComplete="off"
            required
            ayuda="Si tiene una cuenta de postulante, le llegará una invitación por correo. Solo será integrante, y podrá enviar perfiles a nombre de la organización, si la acepta."
            {...campo("email")}
          />
          <Button type="submit" variante="secundario">
            {pendiente ? "Invitando…" : "Enviar invitación"}
          </Button>
        </>
      )}
    </Formulario>
  );
}
