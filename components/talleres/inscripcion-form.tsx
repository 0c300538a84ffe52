"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { inscribirseSchema } from "@/lib/talleres/schema";
import { inscribirseTallerAction } from "@/lib/talleres/server-actions";

/**
 * Signed in (`cuenta`): the registration is the account's, with its e-mail (shown, not typed). Without an
 * account the address typed gets a link to confirm the registration.
 */
export function InscripcionForm({
  eventoId,
  conCupos,
  cuenta,
  alGuardar,
}: {
  eventoId: string;
  conCupos: boolean;
  cuenta?: { nombre: string; email: string };
  /** After a registration is saved (the island reads its state again). */
  alGuardar?: () => void;
}) {
  return (
    <Formulario
      schema={inscribirseSchema}
      action={inscribirseTallerAction}
      valores={{ eventoId, nombre: cuenta?.nombre ?? "", email: cuenta?.email ?? "" }}
      etiqueta="Inscripción al taller"
      limpiarAlGuardar={!cuenta}
      alGuardar={alGuardar}
    >
      {({ campo, pendiente }) => (
        <>
          <Field id="nombre" label="Nombre completo" autoComplete="name" required {...campo("nombre")} />
          {cuenta ? (
            <p className="mb-4 break-all">
              Correo de su cuenta: <strong>{cuenta.email}</strong>
            </p>
          ) : (
            <Field id="email" label="Correo electrónico" type="email" autoComplete="email" required ayuda="Le enviaremos un enlace para confirmar la inscripción." {...campo("email")} />
          )}
          <Button type="submit">{pendiente ? "Enviando…" : conCupos ? "Inscribirme" : "Inscribirme en la lista de espera"}</Button>
        </>
      )}
    </Formulario>
  );
}
