"use client";

// Staff review one registration of the pool (mentor.revisar): approve it (grants the MENTOR role) with one
// button, or reject it with the reason, which the person receives by e-mail, after confirming. Inside an
// AvisoPersistente (components/ui/aviso-persistente.tsx) the outcome outlives the reviewed row.
import { useAvisoPersistente } from "@/components/ui/aviso-persistente";
import { BotonAccion } from "@/components/ui/boton-accion";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { revisarSchema } from "@/lib/mentores/schema";
import { revisarMentorAction } from "@/lib/mentores/server-actions";

export function RevisarMentor({ id, nombre, puedeRechazar }: { id: string; nombre: string; puedeRechazar: boolean }) {
  const avisar = useAvisoPersistente();
  return (
    <div className="mt-3 space-y-3">
      <BotonAccion
        schema={revisarSchema}
        action={revisarMentorAction}
        campos={{ mentorPerfilId: id, decision: "APROBAR" }}
        avisar={avisar}
        texto={<>Aprobar<span className="sr-only"> la inscripción de {nombre}</span></>}
        textoPendiente="Aprobando…"
      />
      {puedeRechazar && (
        <details className="border border-acento p-3">
          <summary className="min-h-11 cursor-pointer pt-2">Rechazar la inscripción de {nombre}</summary>
          <Formulario
            schema={revisarSchema}
            action={revisarMentorAction}
            valores={{ mentorPerfilId: id, decision: "RECHAZAR", motivo: "" }}
            avisar={avisar}
            confirmar={`¿Rechazar la inscripción de ${nombre}? Recibirá el motivo por correo.`}
            className="mt-3"
          >
            {({ campo, pendiente }) => (
              <>
                <TextArea id={`motivo-${id}`} label="Motivo del rechazo" required rows={3} ayuda="Se envía a la persona por correo." {...campo("motivo")} />
                <Button type="submit" variante="peligro">
                  {pendiente ? "Rechazando…" : "Rechazar"}
                </Button>
              </>
            )}
          </Formulario>
        </details>
      )}
    </div>
  );
}
