"use client";

// A juror declares a conflict of interest with a pitch (demoDay.declararConflicto): asked first, since it
// cannot be undone: they will not grade it, and a grade already given is removed.
import { DeclararConflictoForm } from "@/components/conflicto/declarar-conflicto";
import { declararConflictoDemoDaySchema, DETALLE_CONFLICTO_MAX } from "@/lib/demo-day/schema";
import { declararConflictoDemoDayAction } from "@/lib/demo-day/server-actions";

export function ConflictoForm({ eventoId, postulacionId, proyecto, calificada }: { eventoId: string; postulacionId: string; proyecto: string; calificada: boolean }) {
  return (
    <DeclararConflictoForm
      schema={declararConflictoDemoDaySchema}
      action={declararConflictoDemoDayAction}
      valores={{ eventoId, postulacionId, detalle: "" }}
      maxLength={DETALLE_CONFLICTO_MAX}
      label="Describa el conflicto"
      ayuda="Por ejemplo: trabajé con la organización, tengo un vínculo familiar con alguien del equipo."
      boton="Declarar conflicto"
      confirmar={`¿Declarar un conflicto de interés con «${proyecto}»? No podrá calificarlo${calificada ? " y su nota se borrará" : ""}. No se puede deshacer.`}
    />
  );
}
