"use client";

import { marcarAsistenciaAction } from "@/lib/talleres/server-actions";
import { FormularioAccion } from "./formulario-accion";

/** Per-row attendance toggle: says the current state in text and offers the other one. */
export function MarcarAsistencia({ inscripcionId, nombre, presente }: { inscripcionId: string; nombre: string; presente: boolean | null }) {
  const siguiente = presente !== true;
  return (
    <FormularioAccion action={marcarAsistenciaAction} etiqueta={`Asistencia de ${nombre}`}>
      {({ pendiente }) => (
        <>
          <input type="hidden" name="inscripcionId" value={inscripcionId} />
          <input type="hidden" name="presente" value={siguiente ? "si" : "no"} />
          <button type="submit" className="min-h-11 border-2 border-primario bg-white px-3 text-sm text-primario hover:bg-neutro disabled:text-acento">
            {pendiente ? "Guardando…" : siguiente ? "Marcar presente" : "Marcar ausente"}
            <span className="sr-only"> a {nombre}</span>
          </button>
        </>
      )}
    </FormularioAccion>
  );
}

