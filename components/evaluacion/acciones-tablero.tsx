"use client";

// The technical lead's one-click steps on the dashboard (actions of lib/asignaciones, issue 10): ask a third
// review of a split perfil, or move a pending evaluation to another eligible evaluator. Each is one button
// on the form primitive; the outcome is announced and the page re-renders with the new assignment.
import { BotonAccion } from "@/components/ui/boton-accion";
import { pedirTerceraRevisionSchema, reasignarSchema } from "@/lib/asignaciones/schema";
import { pedirTerceraRevisionAction, reasignarEvaluacionAction } from "@/lib/asignaciones/server-actions";

export function PedirTerceraRevision({ postulacionId, proyecto }: { postulacionId: string; proyecto: string }) {
  return (
    <BotonAccion
      schema={pedirTerceraRevisionSchema}
      action={pedirTerceraRevisionAction}
      campos={{ postulacionId }}
      texto={
        <>
          Pedir tercera revisión<span className="sr-only"> de «{proyecto}»</span>
        </>
      }
      textoPendiente="Pidiendo…"
      confirmar={`¿Pedir una tercera revisión de «${proyecto}»? Se asignará a otro evaluador y se le avisará por correo.`}
    />
  );
}

export function Reasignar({ asignacionId, evaluador, proyecto }: { asignacionId: string; evaluador: string; proyecto: string }) {
  return (
    <BotonAccion
      schema={reasignarSchema}
      action={reasignarEvaluacionAction}
      campos={{ asignacionId }}
      variante="secundario"
      texto={
        <>
          Reasignar<span className="sr-only"> la evaluación de {evaluador} sobre «{proyecto}»</span>
        </>
      }
      textoPendiente="Reasignando…"
      confirmar={`¿Quitar a ${evaluador} la evaluación de «${proyecto}» y pasarla a otro evaluador elegible?`}
    />
  );
}
