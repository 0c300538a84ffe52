"use client";

import { BotonAccion } from "@/components/ui/boton-accion";
import { publicarDesafioSchema } from "@/lib/desafios/schema";
import { publicarDesafioAction } from "@/lib/desafios/server-actions";

export function PublicarDesafio({ id, publicado }: { id: string; publicado: boolean }) {
  return (
    <BotonAccion
      schema={publicarDesafioSchema}
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
