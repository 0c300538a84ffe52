"use client";

// The admin makes next year's convocatoria from this one's configuration (convocatoria.crearSiguiente): it is
// created inactive and becomes the current one when this one is closed (docs/decisions/0018).
import { useRouter } from "next/navigation";
import { BotonAccion } from "@/components/ui/boton-accion";
import { crearSiguienteSchema } from "@/lib/convocatoria/schema";
import { crearSiguienteAction } from "@/lib/convocatoria/server-actions";

export function CrearSiguiente({ anio }: { anio: number }) {
  const router = useRouter();
  return (
    <BotonAccion
      schema={crearSiguienteSchema}
      action={crearSiguienteAction}
      campos={{}}
      etiqueta={`Crear la convocatoria ${anio + 1}`}
      confirmar={`¿Crear la convocatoria ${anio + 1} con la configuración de esta (presupuesto, banda, ponderaciones, líneas, rúbrica y calendario un año después; sin los desafíos)? Quedará inactiva hasta que se cierre la ${anio}.`}
      alGuardar={() => router.refresh()}
      texto={`Crear la convocatoria ${anio + 1}`}
      textoPendiente="Creando…"
    />
  );
}
