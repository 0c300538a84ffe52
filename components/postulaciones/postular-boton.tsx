"use client";

import { useRouter } from "next/navigation";
import { BotonAccion } from "@/components/ui/boton-accion";
import { crearBorradorSchema } from "@/lib/postulaciones/schema";
import { crearBorradorAction } from "@/lib/postulaciones/server-actions";

export function PostularBoton({ desafioId }: { desafioId: string }) {
  const router = useRouter();
  return (
    <BotonAccion
      schema={crearBorradorSchema}
      action={crearBorradorAction}
      campos={{ desafioId }}
      texto="Postular a este desafío"
      textoPendiente="Abriendo…"
      alGuardar={(data) => router.push(`/postulante/perfiles/${data.id}`)}
    />
  );
}
