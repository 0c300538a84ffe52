"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { retiroSchema } from "@/lib/postulaciones/schema";
import { retirarPerfilAction } from "@/lib/postulaciones/server-actions";

export function RetirarPerfil({ id }: { id: string }) {
  return (
    <BotonAccion
      schema={retiroSchema}
      action={retirarPerfilAction}
      etiqueta="Retirar perfil"
      campos={{ id }}
      confirmar="¿Retirar este perfil? Dejará de participar en la convocatoria. Podrá reabrirlo como borrador antes del cierre."
      variante="peligro"
      texto="Retirar perfil"
      textoPendiente="Retirando…"
    />
  );
}
