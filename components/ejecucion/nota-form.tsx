"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { anotarSchema, NOTA_MAX } from "@/lib/ejecucion/schema";
import { anotarSeguimientoAction } from "@/lib/ejecucion/server-actions";

/** A follow-up note on a pilot by its mentor or staff (seguimiento.anotar); the field empties after saving. */
export function NotaSeguimientoForm({ postulacionId, proyecto }: { postulacionId: string; proyecto: string }) {
  const router = useRouter();
  return (
    <Formulario
      etiqueta={`Nota de seguimiento de «${proyecto}»`}
      schema={anotarSchema}
      action={anotarSeguimientoAction}
      valores={{ postulacionId, texto: "" }}
      limpiarAlGuardar
      alGuardar={() => router.refresh()}
    >
      {({ campo, pendiente }) => (
        <>
          <TextArea id={`nota-${postulacionId}`} label="Nueva nota" rows={3} required maxLength={NOTA_MAX} ayuda="La ven el equipo, su mentor o mentora y el equipo FOSIS." {...campo("texto")} />
          <Button type="submit" className="w-full sm:w-auto">
            {pendiente ? "Guardando…" : "Agregar nota"}
          </Button>
        </>
      )}
    </Formulario>
  );
}
