"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { cancelarInscripcionSchema } from "@/lib/talleres/schema";
import { cancelarInscripcionAction } from "@/lib/talleres/server-actions";

export function CancelarInscripcion({ inscripcionId, alGuardar }: { inscripcionId: string; alGuardar?: () => void }) {
  return (
    <BotonAccion
      schema={cancelarInscripcionSchema}
      action={cancelarInscripcionAction}
      campos={{ inscripcionId }}
      alGuardar={alGuardar}
      etiqueta="Cancelar inscripción"
      confirmar="¿Cancelar su inscripción? Su cupo pasará a la siguiente persona en la lista de espera."
      variante="secundario"
      texto="Cancelar mi inscripción"
      textoPendiente="Cancelando…"
    />
  );
}
