"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { avanzarEtapaAction } from "@/lib/server-actions";

export function AvanzarEtapa({ desde, hacia, habilitado }: { desde: string; hacia: string; habilitado: boolean }) {
  return (
    <ActionForm action={avanzarEtapaAction} etiqueta="Avanzar etapa" confirmar={`¿Pasar la convocatoria a la etapa ${hacia}? Esta acción no se puede deshacer.`}>
      {({ pendiente }) => (
        <>
          <input type="hidden" name="desde" value={desde} />
          <Button type="submit" disabled={!habilitado || pendiente}>
            {pendiente ? "Avanzando…" : `Avanzar a ${hacia}`}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
