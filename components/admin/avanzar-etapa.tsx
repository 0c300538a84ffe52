"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { avanceSchema } from "@/lib/convocatoria/schema";
import type { Etapa } from "@/lib/domain/etapas";
import { avanzarEtapaAction } from "@/lib/convocatoria/server-actions";

/** `anticipado`: before the planned end; the page shows what it cuts short and this button confirms it ("Avanzar igual"). */
export function AvanzarEtapa({ desde, hacia, habilitado, anticipado = false }: { desde: Etapa; hacia: string; habilitado: boolean; anticipado?: boolean }) {
  return (
    <BotonAccion
      schema={avanceSchema}
      action={avanzarEtapaAction}
      etiqueta="Avanzar etapa"
      campos={anticipado ? { desde, aceptaCorteAnticipado: "si" } : { desde }}
      confirmar={
        anticipado
          ? `¿Avanzar igual a la etapa ${hacia}, antes del término planificado? Esta acción no se puede deshacer.`
          : `¿Pasar la convocatoria a la etapa ${hacia}? Esta acción no se puede deshacer.`
      }
      deshabilitado={!habilitado}
      texto={anticipado ? `Avanzar igual a ${hacia}` : `Avanzar a ${hacia}`}
      textoPendiente="Avanzando…"
    />
  );
}
