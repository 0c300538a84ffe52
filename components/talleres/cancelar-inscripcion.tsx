"use client";

import { Button } from "@/components/ui/button";
import { cancelarInscripcionAction } from "@/lib/talleres/server-actions";
import { FormularioAccion } from "./formulario-accion";

export function CancelarInscripcion({ inscripcionId }: { inscripcionId: string }) {
  return (
    <FormularioAccion action={cancelarInscripcionAction} etiqueta="Cancelar inscripción" confirmar="¿Cancelar su inscripción? Su cupo pasará a la siguiente persona en la lista de espera.">
      {({ pendiente }) => (
        <>
          <input type="hidden" name="inscripcionId" value={inscripcionId} />
          <Button type="submit" variante="secundario">
            {pendiente ? "Cancelando…" : "Cancelar mi inscripción"}
          </Button>
        </>
      )}
    </FormularioAccion>
  );
}
