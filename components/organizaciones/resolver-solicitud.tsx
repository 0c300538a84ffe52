"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { useAvisoPersistente } from "@/components/ui/aviso-persistente";
import { Formulario } from "@/components/ui/formulario";
import { resolverSolicitudAction } from "@/lib/organizaciones/server-actions";
import { MOTIVOS_MAX, MOTIVOS_MIN, resolverSolicitudSchema } from "@/lib/organizaciones/schema";

// A resolved request disappears from the list when the page refreshes, and its buttons with it: its outcome
// stays in the box above the list.
export { AvisoPersistente as AvisoResoluciones } from "@/components/ui/aviso-persistente";

/**
 * Approve or reject one pending request. With `equipo` (FOSIS staff) also «aprobar y quitar a los demás»,
 * for a disputed claim: it needs reasons and asks first, naming who will be removed.
 */
export function ResolverSolicitud({ id, persona, organizacion, integrantes = [], equipo = false }: { id: string; persona: string; organizacion: string; integrantes?: string[]; equipo?: boolean }) {
  const avisar = useAvisoPersistente();
  const quienes = integrantes.length ? integrantes.join(", ") : "nadie más";
  return (
    <div className="mt-3">
      <div className="flex flex-wrap gap-2" role="group" aria-label={`Resolver la solicitud de ${persona}`}>
        <BotonAccion
          schema={resolverSolicitudSchema}
          action={resolverSolicitudAction}
          campos={{ id, decision: "APROBAR" }}
          avisar={avisar}
          texto={
            <>
              Aprobar<span className="sr-only"> a {persona}</span>
            </>
          }
          textoPendiente="Aprobando…"
        />
        <BotonAccion
          schema={resolverSolicitudSchema}
          action={resolverSolicitudAction}
          campos={{ id, decision: "RECHAZAR" }}
          avisar={avisar}
          variante="secundario"
          confirmar={`¿Rechazar la solicitud de ${persona} para unirse a ${organizacion}?`}
          texto={
            <>
              Rechazar<span className="sr-only"> a {persona}</span>
            </>
          }
          textoPendiente="Rechazando…"
        />
      </div>
      {equipo && (
        <Formulario
          schema={resolverSolicitudSchema}
          action={resolverSolicitudAction}
          valores={{ id, decision: "APROBAR_Y_QUITAR", motivos: "" }}
          avisar={avisar}
          confirmar={`¿Aprobar a ${persona} y quitar de ${organizacion} a: ${quienes}? Dejarán de poder enviar perfiles a su nombre y se les avisará por correo.`}
          etiqueta={`Aprobar a ${persona} y quitar a los demás integrantes de ${organizacion}`}
          className="mt-4 border-l-4 border-error pl-3"
        >
          {({ campo, pendiente }) => (
            <>
              <TextArea
                id={`motivos-${id}`}
                label="Motivos para quitar a los demás integrantes"
                rows={3}
                maxLength={MOTIVOS_MAX}
                required
                ayuda={`Si el primer registro de la organización no fue legítimo. Al menos ${MOTIVOS_MIN} caracteres; se envían por correo a las personas afectadas.`}
                {...campo("motivos")}
              />
              <Button type="submit" variante="peligro">
                {pendiente ? "Guardando…" : "Aprobar y quitar a los demás"}
              </Button>
            </>
          )}
        </Formulario>
      )}
    </div>
  );
}
