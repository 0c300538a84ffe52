"use client";
// The vote button: loaded by CajaVoto only for a voter who may vote here (next/dynamic), so the public
// perfil page does not ship the action's zod schema (~50 KB gzip) to every visitor a campaign brings.
import { BotonAccion } from "@/components/ui/boton-accion";
import { emitirVotoSchema } from "@/lib/votacion/schema";
import { emitirVotoAction } from "@/lib/votacion/server-actions";

export function BotonVotar({ postulacionId, nombreProyecto, alVotar }: { postulacionId: string; nombreProyecto: string; alVotar: (mensaje?: string) => void }) {
  return (
    <BotonAccion
      schema={emitirVotoSchema}
      action={emitirVotoAction}
      campos={{ postulacionId }}
      etiqueta="Votar por este proyecto"
      confirmar={`¿Votar por «${nombreProyecto}»? Su voto no se puede cambiar ni retirar.`}
      texto="Votar por este proyecto"
      textoPendiente="Registrando su voto…"
      alGuardar={(_data, mensaje) => alVotar(mensaje)}
    />
  );
}
