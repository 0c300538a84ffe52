"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inscribirseTallerAction } from "@/lib/talleres/server-actions";
import { errores, FormularioAccion } from "./formulario-accion";

/**
 * Signed in (`cuenta`): the registration is the account's, with its e-mail (shown, not typed). Without an
 * account the address typed gets a link to confirm the registration.
 */
export function InscripcionForm({ eventoId, conCupos, cuenta }: { eventoId: string; conCupos: boolean; cuenta?: { nombre: string; email: string } }) {
  return (
    <FormularioAccion action={inscribirseTallerAction} etiqueta="Inscripción al taller" limpiarAlGuardar={!cuenta}>
      {({ pendiente, resultado }) => (
        <>
          <input type="hidden" name="eventoId" value={eventoId} />
          <Field id="nombre" label="Nombre completo" autoComplete="name" required defaultValue={cuenta?.nombre} error={errores(resultado, "nombre")} />
          {cuenta ? (
            <>
              <input type="hidden" name="email" value={cuenta.email} />
              <p className="mb-4 break-all">
                Correo de su cuenta: <strong>{cuenta.email}</strong>
              </p>
            </>
          ) : (
            <Field
              id="email"
              label="Correo electrónico"
              type="email"
              autoComplete="email"
              required
              ayuda="Le enviaremos un enlace para confirmar la inscripción."
              error={errores(resultado, "email")}
            />
          )}
          <Button type="submit">{pendiente ? "Enviando…" : conCupos ? "Inscribirme" : "Inscribirme en la lista de espera"}</Button>
        </>
      )}
    </FormularioAccion>
  );
}
