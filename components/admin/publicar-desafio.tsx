"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { publicarDesafioAction } from "@/lib/server-actions";

export function PublicarDesafio({ id, publicado }: { id: string; publicado: boolean }) {
  return (
    <ActionForm action={publicarDesafioAction} etiqueta="Publicación" confirmar={publicado ? "¿Retirar este desafío del sitio público?" : undefined}>
      {({ pendiente }) => (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="publicar" value={publicado ? "no" : "si"} />
          <Button type="submit" variante={publicado ? "secundario" : "primario"}>
            {pendiente ? "Guardando…" : publicado ? "Retirar publicación" : "Publicar desafío"}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
