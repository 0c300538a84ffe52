"use client";

// An administrator answers one data-subject request on /admin/datos-personales (datos.resolver): a
// rectification by applying the corrected values (blank fields stay as they are), an erasure with one
// confirmed button (it cannot be undone), or a rejection with the reasons, which the person receives.
// Inside an AvisoPersistente the outcome outlives the answered row.
import { useAvisoPersistente } from "@/components/ui/aviso-persistente";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { resolverSchema } from "@/lib/datos-personales/schema";
import { resolverSolicitudDatosAction } from "@/lib/datos-personales/server-actions";

type Props = { id: string; tipo: "ACCESO" | "RECTIFICACION" | "SUPRESION"; persona: string; rutVerificado: boolean };

export function ResolverSolicitud({ id, tipo, persona, rutVerificado }: Props) {
  const avisar = useAvisoPersistente();
  return (
    <div className="mt-3 space-y-3">
      {tipo === "SUPRESION" ? (
        <Formulario
          schema={resolverSchema}
          action={resolverSolicitudDatosAction}
          valores={{ solicitudId: id, decision: "RESOLVER", respuesta: "" }}
          avisar={avisar}
          etiqueta={`Suprimir los datos de ${persona}`}
          confirmar={`¿Suprimir los datos personales de ${persona}? Se borran su nombre, correo, RUT y acceso; sus registros quedan sin datos personales. No se puede deshacer.`}
        >
          {({ campo, pendiente }) => (
            <>
              <TextArea id={`respuesta-${id}`} label="Mensaje para la persona (opcional)" rows={2} {...campo("respuesta")} />
              <Button type="submit" variante="peligro">
                {pendiente ? "Suprimiendo…" : "Suprimir sus datos"}
              </Button>
            </>
          )}
        </Formulario>
      ) : (
        <details className="border border-acento p-3">
          <summary className="min-h-11 cursor-pointer pt-2">Aplicar la corrección de {persona}</summary>
          <Formulario
            schema={resolverSchema}
            action={resolverSolicitudDatosAction}
            valores={{ solicitudId: id, decision: "RESOLVER", nombre: "", email: "", rut: "", respuesta: "" }}
            avisar={avisar}
            confirmar={`¿Aplicar la corrección a los datos de ${persona}? Se le avisará por correo.`}
            className="mt-3"
          >
            {({ campo, pendiente }) => (
              <>
                <p className="mb-3 text-sm">Complete solo los datos que cambian; los campos en blanco quedan como están.</p>
                <Field id={`nombre-${id}`} label="Nombre corregido" autoComplete="off" {...campo("nombre")} />
                <Field id={`email-${id}`} label="Correo corregido" type="email" autoComplete="off" ayuda="Es con el que ingresa: sus sesiones abiertas se cerrarán." {...campo("email")} />
                {rutVerificado ? (
                  <p className="mb-4 text-sm">El RUT de esta cuenta está verificado (ClaveÚnica o en persona) y no se corrige aquí.</p>
                ) : (
                  <Field id={`rut-${id}`} label="RUT corregido" autoComplete="off" inputMode="text" {...campo("rut")} />
                )}
                <TextArea id={`respuesta-rect-${id}`} label="Mensaje para la persona (opcional)" rows={2} {...campo("respuesta")} />
                <Button type="submit">{pendiente ? "Aplicando…" : "Aplicar la corrección"}</Button>
              </>
            )}
          </Formulario>
        </details>
      )}
      <details className="border border-acento p-3">
        <summary className="min-h-11 cursor-pointer pt-2">Rechazar la solicitud de {persona}</summary>
        <Formulario
          schema={resolverSchema}
          action={resolverSolicitudDatosAction}
          valores={{ solicitudId: id, decision: "RECHAZAR", respuesta: "" }}
          avisar={avisar}
          confirmar={`¿Rechazar la solicitud de ${persona}? Recibirá el motivo por correo.`}
          className="mt-3"
        >
          {({ campo, pendiente }) => (
            <>
              <TextArea id={`motivo-${id}`} label="Motivo del rechazo" required rows={3} ayuda="Se envía a la persona por correo. Indique la razón legal." {...campo("respuesta")} />
              <Button type="submit" variante="peligro">
                {pendiente ? "Rechazando…" : "Rechazar"}
              </Button>
            </>
          )}
        </Formulario>
      </details>
    </div>
  );
}
