"use client";

import { useRouter } from "next/navigation";
import { BotonAccion } from "@/components/ui/boton-accion";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { asignarSchema, pedirTerceraRevisionSchema, reasignarSchema } from "@/lib/asignaciones/schema";
import { asignarEvaluacionesAction, pedirTerceraRevisionAction, reasignarEvaluacionAction } from "@/lib/asignaciones/server-actions";

/** The bulk assignment: assigns what the admissible perfiles lack; its refusal lists why it cannot. */
export function AsignarPendientes({ pendientes }: { pendientes: number }) {
  const router = useRouter();
  return (
    <BotonAccion
      schema={asignarSchema}
      action={asignarEvaluacionesAction}
      campos={{}}
      etiqueta="Asignación de evaluadores"
      confirmar={`¿Asignar evaluadores a ${pendientes === 1 ? "1 perfil" : `${pendientes} perfiles`}? Cada evaluador recibirá un correo con sus perfiles.`}
      texto="Asignar evaluadores"
      textoPendiente="Asignando…"
      deshabilitado={pendientes === 0}
      alGuardar={() => router.refresh()}
    />
  );
}

/**
 * Moves one unsubmitted assignment to another evaluator: the one chosen, or (blank) the most suitable
 * eligible one. Refusals (nobody eligible, a person who may not take it) are shown next to the choice.
 */
export function ReasignarForm({
  asignacionId,
  descripcion,
  otros,
}: {
  asignacionId: string;
  /** "Folio N° 000012 «Huertos»": names the row for screen readers. */
  descripcion: string;
  otros: { id: string; etiqueta: string }[];
}) {
  const router = useRouter();
  return (
    <Formulario
      schema={reasignarSchema}
      action={reasignarEvaluacionAction}
      valores={{ asignacionId, evaluadorId: "" }}
      confirmar={`¿Reasignar la evaluación de ${descripcion}? Quien la tiene ya no podrá evaluar ese perfil.`}
      alGuardar={() => router.refresh()}
      className="flex flex-wrap items-end gap-x-3"
    >
      {({ campo, pendiente }) => (
        <>
          <div className="min-w-48 flex-1">
            <Select id={`reasignar-${asignacionId}`} label={`Reasignar ${descripcion} a`} {...campo("evaluadorId")}>
              <option value="">El evaluador elegible más adecuado (automático)</option>
              {otros.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.etiqueta}
                </option>
              ))}
            </Select>
          </div>
          <div className="mb-4">
            <Button type="submit" variante="secundario">
              {pendiente ? "Reasignando…" : "Reasignar"}
            </Button>
          </div>
        </>
      )}
    </Formulario>
  );
}

/** One more evaluation of a perfil whose evaluations are all in (for the technical lead's screens). */
export function PedirTerceraRevision({ postulacionId, descripcion }: { postulacionId: string; descripcion: string }) {
  const router = useRouter();
  return (
    <BotonAccion
      schema={pedirTerceraRevisionSchema}
      action={pedirTerceraRevisionAction}
      campos={{ postulacionId }}
      confirmar={`¿Pedir una tercera revisión de ${descripcion}? Se asignará a otro evaluador elegible, que recibirá un correo.`}
      texto="Pedir tercera revisión"
      textoPendiente="Pidiendo…"
      variante="secundario"
      alGuardar={() => router.refresh()}
    />
  );
}
