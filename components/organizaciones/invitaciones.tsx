"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { BotonAccion } from "@/components/ui/boton-accion";
import { MensajeFormulario } from "@/components/ui/formulario";
import type { ActionResult } from "@/lib/actions/result";
import { aceptarInvitacionAction } from "@/lib/organizaciones/server-actions";
import { aceptarInvitacionSchema } from "@/lib/organizaciones/schema";

export type InvitacionVista = { id: string; organizacion: string; rut: string; invitadaPor: string; fecha: string };

/**
 * The applicant's pending invitations, each with Aceptar / Rechazar (or, with `cerrado`, why they cannot
 * be answered now). An answered invitation leaves the list when the page refreshes, and the section with
 * the last one: the outcome is shown, announced and focused in a box that stays (rendered always).
 */
export function Invitaciones({ invitaciones, cerrado }: { invitaciones: InvitacionVista[]; cerrado: string | null }) {
  const [resultado, setResultado] = useState<ActionResult<unknown> | null>(null);
  const [clave, setClave] = useState(0);
  const caja = useRef<HTMLDivElement>(null);
  const avisar = (r: ActionResult<unknown>) => {
    setResultado(r);
    setClave((n) => n + 1);
    requestAnimationFrame(() => caja.current?.focus());
  };

  return (
    <div className="mt-6">
      <MensajeFormulario resultado={resultado} clave={clave} caja={caja} />
      {invitaciones.length > 0 && (
        <section aria-labelledby="titulo-invitaciones">
          <h2 id="titulo-invitaciones" className="text-2xl">
            Invitaciones para unirse
          </h2>
          <p className="mt-2 max-w-3xl">Solo será integrante si acepta. Si no conoce la organización, rechace la invitación.</p>
          {cerrado ? (
            <Alert tipo="aviso">{cerrado}</Alert>
          ) : (
            <ul className="mt-3 space-y-4" aria-label="Invitaciones pendientes">
              {invitaciones.map((i) => (
                <li key={i.id} className="border border-acento p-4">
                  <h3 className="break-words text-xl">{i.organizacion}</h3>
                  <p className="text-sm">RUT {i.rut} · nombre declarado por quien registró la organización; el FOSIS no lo verificó.</p>
                  <p className="mt-1 break-words text-sm">
                    Le invitó {i.invitadaPor}, el {i.fecha}.
                  </p>
                  <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label={`Responder la invitación a ${i.organizacion}`}>
                    <BotonAccion
                      schema={aceptarInvitacionSchema}
                      action={aceptarInvitacionAction}
                      campos={{ id: i.id, respuesta: "ACEPTAR" }}
                      avisar={avisar}
                      texto={
                        <>
                          Aceptar<span className="sr-only"> la invitación a {i.organizacion}</span>
                        </>
                      }
                      textoPendiente="Aceptando…"
                    />
                    <BotonAccion
                      schema={aceptarInvitacionSchema}
                      action={aceptarInvitacionAction}
                      campos={{ id: i.id, respuesta: "RECHAZAR" }}
                      avisar={avisar}
                      variante="secundario"
                      confirmar={`¿Rechazar la invitación a ${i.organizacion}?`}
                      texto={
                        <>
                          Rechazar<span className="sr-only"> la invitación a {i.organizacion}</span>
                        </>
                      }
                      textoPendiente="Rechazando…"
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
