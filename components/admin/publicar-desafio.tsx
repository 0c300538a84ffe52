"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { publicarDesafioAction } from "@/lib/server-actions";

export function PublicarDesafio({ id, publicado }: { id: string; publicado: boolean }) {
  return (
    <BotonAccion
      action={publicarDesafioAction}
      etiqueta="Publicación"
      campos={{ id, publicar: publicado ? "no" : "si" }}
      confirmar={publicado ? "¿Retirar este desafío del sitio público?" : undefined}
      variante={publicado ? "secundario" : "primario"}
      texto={publicado ? "Retirar publicación" : "Publicar desafío"}
      textoPendiente="Guardando…"
    />
  );
}
