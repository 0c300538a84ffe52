"use client";

import { createContext, useContext, useRef, useState, useTransition, type ReactNode } from "react";
import { erroresDe } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { resolverSolicitudAction } from "@/lib/organizaciones/server-actions";
import { MOTIVOS_MAX, MOTIVOS_MIN, type DecisionSolicitud } from "@/lib/organizaciones/schema";

// A resolved request disappears from the list when the page refreshes, and its buttons with it: the
// outcome is shown (and announced) in a box that stays, above the list.
const Avisar = createContext<((r: ActionResult) => void) | null>(null);

export function AvisoResoluciones({ children }: { children: ReactNode }) {
  const [resultado, setResultado] = useState<ActionResult | null>(null);
  const caja = useRef<HTMLDivElement>(null);
  return (
    <Avisar.Provider
      value={(r) => {
        setResultado(r);
        requestAnimationFrame(() => caja.current?.focus());
      }}
    >
      <div ref={caja} tabIndex={-1}>
        <ActionMessage state={resultado} />
      </div>
      {children}
    </Avisar.Provider>
  );
}

/**
 * Approve or reject one pending request. With `equipo` (FOSIS staff) also «aprobar y quitar a los demás»,
 * for a disputed claim: it needs reasons and asks first, naming who will be removed.
 */
export function ResolverSolicitud({ id, persona, organizacion, integrantes = [], equipo = false }: { id: string; persona: string; organizacion: string; integrantes?: string[]; equipo?: boolean }) {
  const avisar = useContext(Avisar);
  const [propio, setPropio] = useState<ActionResult | null>(null);
  const [pendiente, startTransition] = useTransition();

  const resolver = (decision: DecisionSolicitud, motivos = "") => {
    startTransition(async () => {
      const r = await resolverSolicitudAction(null, { id, decision, motivos });
      setPropio(r.ok ? null : r);
      avisar?.(r);
    });
  };

  return (
    <div className="mt-3">
      {!avisar && <ActionMessage state={propio} />}
      <fieldset disabled={pendiente} aria-busy={pendiente} className="contents">
        <div className="flex flex-wrap gap-2" role="group" aria-label={`Resolver la solicitud de ${persona}`}>
          <Button type="button" onClick={() => resolver("APROBAR")}>
            Aprobar<span className="sr-only"> a {persona}</span>
          </Button>
          <Button type="button" variante="secundario" onClick={() => {
              if (window.confirm(`¿Rechazar la solicitud de ${persona} para unirse a ${organizacion}?`)) resolver("RECHAZAR");
            }}>
            Rechazar<span className="sr-only"> a {persona}</span>
          </Button>
        </div>
        {equipo && (
          <form
            className="mt-4 border-l-4 border-error pl-3"
            aria-label={`Aprobar a ${persona} y quitar a los demás integrantes de ${organizacion}`}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const motivos = String(new FormData(e.currentTarget).get("motivos") ?? "");
              const quienes = integrantes.length ? integrantes.join(", ") : "nadie más";
              if (!window.confirm(`¿Aprobar a ${persona} y quitar de ${organizacion} a: ${quienes}? Dejarán de poder enviar perfiles a su nombre y se les avisará por correo.`)) return;
              resolver("APROBAR_Y_QUITAR", motivos);
            }}
          >
            <TextArea
              id={`motivos-${id}`}
              name="motivos"
              label="Motivos para quitar a los demás integrantes"
              rows={3}
              maxLength={MOTIVOS_MAX}
              required
              ayuda={`Si el primer registro de la organización no fue legítimo. Al menos ${MOTIVOS_MIN} caracteres; se envían por correo a las personas afectadas.`}
              error={erroresDe(propio, "motivos")}
            />
            <Button type="submit" variante="peligro">
              {pendiente ? "Guardando…" : "Aprobar y quitar a los demás"}
            </Button>
          </form>
        )}
      </fieldset>
    </div>
  );
}
