"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { enviarAlertasSchema } from "@/lib/mentoria/schema";
import { enviarAlertasAction } from "@/lib/mentoria/server-actions";

/** Staff send the e-mail alerts of missed mentoring weeks (mentoria.enviarAlertas), at most once a day per mentoría. */
export function EnviarAlertas({ atrasadas }: { atrasadas: number }) {
  return (
    <BotonAccion
      schema={enviarAlertasSchema}
      action={enviarAlertasAction}
      campos={{}}
      etiqueta="Alertas de mentoría"
      confirmar={`¿Enviar por correo las alertas de semanas sin sesión (${atrasadas === 1 ? "1 semana atrasada" : `${atrasadas} semanas atrasadas`}) a cada mentor y equipo?`}
      deshabilitado={atrasadas === 0}
      variante="secundario"
      texto="Enviar alertas"
      textoPendiente="Enviando…"
    />
  );
}
