"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inscribirseTallerAction } from "@/lib/talleres/server-actions";
import { errores, FormularioAccion } from "./formulario-accion";

export function InscripcionForm({ eventoId, conCupos, inicial }: { eventoId: string; conCupos: boolean; inicial?: { nombre: string; email: string } }) {
  return (
    <FormularioAccion action={inscribirseTallerAction} etiqueta="Inscripción al taller" limpiarAlGuardar={!inicial}>
      {({ pendiente, resultado }) => (
        <>
          <input type="hidden" name="eventoId" value={eventoId} />
          <Field id="nombre" label="Nombre completo" autoComplete="name" required defaultValue={inicial?.nombre} error={errores(resultado, "nombre")} />
          <Field id="email" label="Correo electrónico" type="email" autoComplete="email" required defaultValue={inicial?.email} error={errores(resultado, "email")} />
          <Button type="submit">{pendiente ? "Enviando…" : conCupos ? "Inscribirme" : "Inscribirme en la lista de espera"}</Button>
        </>
      )}
    </FormularioAccion>
  );
}
