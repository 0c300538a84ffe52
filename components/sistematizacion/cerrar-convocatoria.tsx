"use client";

// The admin closes the convocatoria (convocatoria.cerrar) after confirming; the action refuses, naming the
// missing reports, while any pilot's final report is not approved, and while next year's convocatoria does
// not exist (it becomes the current one): then the page points to where it is made.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { BotonAccion } from "@/components/ui/boton-accion";
import { cerrarConvocatoriaSchema } from "@/lib/convocatoria/cierre";
import { cerrarConvocatoriaAction } from "@/lib/convocatoria/server-actions";

export function CerrarConvocatoria({ anio, haySiguiente }: { anio: number; haySiguiente: boolean }) {
  const router = useRouter();
  if (!haySiguiente) {
    return (
      <p>
        Antes de cerrar, cree la convocatoria {anio + 1} en <Link href="/admin/convocatoria">Convocatoria y etapas</Link>: al cerrar esta, aquella pasa a ser la activa.
      </p>
    );
  }
  return (
    <BotonAccion
      schema={cerrarConvocatoriaSchema}
      action={cerrarConvocatoriaAction}
      campos={{ anio }}
      etiqueta={`Cerrar la convocatoria ${anio}`}
      variante="peligro"
      confirmar={`¿Cerrar la convocatoria ${anio}? Queda en el historial y la convocatoria ${anio + 1} pasa a ser la activa. No se puede deshacer.`}
      alGuardar={() => router.refresh()}
      texto={`Cerrar la convocatoria ${anio}`}
      textoPendiente="Cerrando…"
    />
  );
}
