"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { confirmarSesionSchema } from "@/lib/mentoria/schema";
import { confirmarSesionAction } from "@/lib/mentoria/server-actions";

/** The team confirms a session its mentor logged (mentoria.confirmarSesion): it then no longer changes. */
export function ConfirmarSesion({ sesionId, semana }: { sesionId: string; semana: number }) {
  return (
    <BotonAccion
      schema={confirmarSesionSchema}
      action={confirmarSesionAction}
      campos={{ sesionId }}
      etiqueta={`Confirmar la sesión de la semana ${semana}`}
      confirmar={`¿Confirmar que la sesión de la semana ${semana} se realizó como está registrada? Después ya no se podrá cambiar.`}
      texto={`Confirmar la sesión de la semana ${semana}`}
      textoPendiente="Confirmando…"
    />
  );
}
