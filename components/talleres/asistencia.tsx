"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { marcarAsistenciaSchema } from "@/lib/talleres/schema";
import { marcarAsistenciaAction } from "@/lib/talleres/server-actions";

/** Per-row attendance toggle: says the current state in text and offers the other one. */
export function MarcarAsistencia({ inscripcionId, nombre, presente }: { inscripcionId: string; nombre: string; presente: boolean | null }) {
  const siguiente = presente !== true;
  return (
    <BotonAccion
      schema={marcarAsistenciaSchema}
      action={marcarAsistenciaAction}
      campos={{ inscripcionId, presente: siguiente ? "si" : "no" }}
      variante="secundario"
      className="text-sm"
      texto={
        <>
          {siguiente ? "Marcar presente" : "Marcar ausente"}
          <span className="sr-only"> a {nombre}</span>
        </>
      }
      textoPendiente="Guardando…"
    />
  );
}
