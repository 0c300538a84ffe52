"use client";

import { createContext, useContext, useRef, useState, type ReactNode } from "react";
import { BotonAccion } from "@/components/ui/boton-accion";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { Formulario, MensajeFormulario } from "@/components/ui/formulario";
import type { ActionResult } from "@/lib/actions/result";
import { resolverSolicitudAction } from "@/lib/organizaciones/server-actions";
import { MOTIVOS_MAX, MOTIVOS_MIN, resolverSolicitudSchema } from "@/lib/organizaciones/schema";

type Aviso = (r: ActionResult<unknown>, info: { campoMarcado: boolean }) => void;

// A resolved request disappears from the list when the page refreshes, and its buttons with it: the
// outcome is shown (and announced, and focused) in a box that stays, above the list.
const Avisar = createContext<Aviso | null>(null);

export function AvisoResoluciones({ children }: { children: ReactNode }) {
  const [resultado, setResultado] = useState<ActionResult<unknown> | null>(null);
  const [clave, setClave] = useState(0);
  const caja = useRef<HTMLDivElement>(null);
  return (
    <Avisar.Provider
      value={(r, { campoMarcado }) => {
        setResultado(r);
        setClave((n) => n + 1);
        if (!campoMarcado) requestAnimationFrame(() => caja.current?.focus());
      }}
    >
      <MensajeFormulario resultado={resultado} clave={clave} caja={caja} />
      {children}
    </Avisar.Provider>
  );
}

/**
 * Approve or reject one pending request. With `equipo` (FOSIS staff) also «aprobar y quitar a los demás»,
 * for a disputed claim: it needs reasons and asks first, naming who will be removed.
 */
export function ResolverSolicitud({ id, persona, organizacion, integrantes = [], equipo = false }: { id: string; persona: string; organizacion: string; integrantes?: string[]; equipo?: boolean }) {
  const avisar = useContext(Avisar) ?? undefined;
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
