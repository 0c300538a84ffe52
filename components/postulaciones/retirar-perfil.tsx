"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { retirarPerfilAction } from "@/lib/postulaciones/server-actions";

export function RetirarPerfil({ id }: { id: string }) {
  return (
    <ActionForm action={retirarPerfilAction} etiqueta="Retirar perfil" confirmar="¿Retirar este perfil? Dejará de participar en la convocatoria. Podrá reabrirlo como borrador antes del cierre.">
      {({ pendiente }) => (
        <>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variante="peligro">
            {pendiente ? "Retirando…" : "Retirar perfil"}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
