"use client";
// The page a confirmation link opens: one button that runs cuenta.confirmarCorreo (a POST: opening the
// link alone, as mail scanners do, changes nothing).
import Link from "next/link";
import { useState } from "react";
import { BotonAccion } from "@/components/ui/boton-accion";
import { confirmarCorreoSchema } from "@/lib/cuentas/schema";
import { confirmarCorreoAction } from "@/lib/cuentas/server-actions";

export function ConfirmarCorreo({ token }: { token: string }) {
  const [listo, setListo] = useState(false);
  return (
    <div className="mt-4">
      {/* Kept after success (disabled): the action's message is shown inside it. */}
      <BotonAccion
        schema={confirmarCorreoSchema}
        action={confirmarCorreoAction}
        campos={{ token }}
        texto="Confirmar mi correo"
        textoPendiente="Confirmando…"
        deshabilitado={listo}
        alGuardar={() => setListo(true)}
      />
      {listo && (
        <p className="mt-4">
          <Link href="/cuenta">Volver a «Mi cuenta»</Link>
        </p>
      )}
    </div>
  );
}
