"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { confirmarInscripcionAction } from "@/lib/talleres/server-actions";
import { FormularioAccion } from "./formulario-accion";

/** The confirmation is this POST: opening the link (as mail scanners do) confirms nothing. */
export function ConfirmarInscripcion({ token, eventoId }: { token: string; eventoId: string }) {
  return (
    <FormularioAccion action={confirmarInscripcionAction} etiqueta="Confirmar inscripción">
      {({ pendiente, resultado }) =>
        resultado?.ok ? (
          <p>
            <Link href={`/talleres/${eventoId}`}>Ver el taller</Link>
          </p>
        ) : (
          <>
            <input type="hidden" name="token" value={token} />
            <Button type="submit">{pendiente ? "Confirmando…" : "Confirmar mi inscripción"}</Button>
          </>
        )
      }
    </FormularioAccion>
  );
}
