"use client";

// The team marks one module as done for its perfil (formacion.completarModulo); inside an AvisoPersistente
// the outcome outlives the button, which the refreshed page replaces with the date it was completed.
import { BotonAccion } from "@/components/ui/boton-accion";
import { useAvisoPersistente } from "@/components/ui/aviso-persistente";
import { completarModuloSchema } from "@/lib/formacion/schema";
import { completarModuloAction } from "@/lib/formacion/server-actions";

export function CompletarModulo({ postulacionId, moduloId, titulo }: { postulacionId: string; moduloId: string; titulo: string }) {
  const avisar = useAvisoPersistente();
  return (
    <BotonAccion
      avisar={avisar}
      schema={completarModuloSchema}
      action={completarModuloAction}
      campos={{ postulacionId, moduloId }}
      texto={
        <>
          Marcar como completado<span className="sr-only"> el módulo «{titulo}»</span>
        </>
      }
      textoPendiente="Guardando…"
    />
  );
}
