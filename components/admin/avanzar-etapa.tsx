"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { avanzarEtapaAction } from "@/lib/server-actions";

export function AvanzarEtapa({ desde, hacia, habilitado }: { desde: string; hacia: string; habilitado: boolean }) {
  return (
    <BotonAccion
      action={avanzarEtapaAction}
      etiqueta="Avanzar etapa"
      campos={{ desde }}
      confirmar={`¿Pasar la convocatoria a la etapa ${hacia}? Esta acción no se puede deshacer.`}
      deshabilitado={!habilitado}
      texto={`Avanzar a ${hacia}`}
      textoPendiente="Avanzando…"
    />
  );
}
