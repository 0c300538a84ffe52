"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Formulario } from "@/components/ui/formulario";
import { confirmarInscripcionSchema } from "@/lib/talleres/schema";
import { confirmarInscripcionAction } from "@/lib/talleres/server-actions";

/** The confirmation is this POST: opening the link (as mail scanners do) confirms nothing. */
export function ConfirmarInscripcion({ token, eventoId }: { token: string; eventoId: string }) {
  return (
    <Formulario schema={confirmarInscripcionSchema} action={confirmarInscripcionAction} valores={{ token }} etiqueta="Confirmar inscripción">
      {({ pendiente, resultado }) =>
        resultado?.ok ? (
          <p>
            <Link href={`/talleres/${eventoId}`}>Ver el taller</Link>
          </p>
        ) : (
          <Button type="submit">{pendiente ? "Confirmando…" : "Confirmar mi inscripción"}</Button>
        )
      }
    </Formulario>
  );
}
