"use client";

import { errores, FormularioAccion } from "@/components/talleres/formulario-accion";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { agregarMiembroAction, solicitarIngresoAction } from "@/lib/organizaciones/server-actions";
import { MENSAJE_MAX } from "@/lib/organizaciones/schema";

/** Ask to join a registered organisation, by its RUT, with a message for its members. */
export function SolicitarIngresoForm() {
  return (
    <FormularioAccion action={solicitarIngresoAction} etiqueta="Solicitar unirse a una organización" limpiarAlGuardar>
      {({ pendiente, resultado }) => (
        <>
          <Field id="solicitud-rut" name="organizacionRut" label="RUT de la organización" placeholder="65.123.456-7" autoComplete="off" required error={errores(resultado, "organizacionRut")} />
          <TextArea
            id="solicitud-mensaje"
            name="mensaje"
            label="Mensaje para sus integrantes"
            rows={3}
            maxLength={MENSAJE_MAX}
            required
            ayuda="Cuénteles quién es y qué rol tiene en la organización. Verán su nombre, su correo y este mensaje."
            error={errores(resultado, "mensaje")}
          />
          <Button type="submit">{pendiente ? "Enviando…" : "Solicitar unirme"}</Button>
        </>
      )}
    </FormularioAccion>
  );
}

/** An active member adds an existing account to the organisation, by its e-mail. */
export function AgregarMiembroForm({ organizacionId, organizacion }: { organizacionId: string; organizacion: string }) {
  return (
    <FormularioAccion action={agregarMiembroAction} etiqueta={`Agregar integrante a ${organizacion}`} limpiarAlGuardar>
      {({ pendiente, resultado }) => (
        <>
          <input type="hidden" name="organizacionId" value={organizacionId} />
          <Field
            id={`agregar-email-${organizacionId}`}
            name="email"
            type="email"
            label="Correo de la persona"
            autoComplete="off"
            required
            ayuda="Debe tener una cuenta en el portal. Podrá enviar perfiles a nombre de la organización."
            error={errores(resultado, "email")}
          />
          <Button type="submit" variante="secundario">
            {pendiente ? "Agregando…" : "Agregar integrante"}
          </Button>
        </>
      )}
    </FormularioAccion>
  );
}
