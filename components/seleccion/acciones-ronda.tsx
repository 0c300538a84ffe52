"use client";

// The round's one-click steps, each behind a question: adopt the suggestion for the perfiles still without a
// decision (seleccion.adoptarSugerencia), and send the acta to signature (acta.generar), which then opens
// the acta. A refusal (what is still missing) is the action's own message, shown by the form primitive.
import { useRouter } from "next/navigation";
import { BotonAccion } from "@/components/ui/boton-accion";
import { adoptarSugerenciaSchema, generarActaSchema } from "@/lib/seleccion/schema";
import { adoptarSugerenciaAction, generarActaAction } from "@/lib/seleccion/server-actions";

export function AdoptarSugerencia({ pendientes, seleccionadas }: { pendientes: number; seleccionadas: number }) {
  return (
    <BotonAccion
      schema={adoptarSugerenciaSchema}
      action={adoptarSugerenciaAction}
      campos={{}}
      etiqueta="Adoptar la sugerencia"
      variante="secundario"
      texto="Adoptar la sugerencia para los perfiles sin decisión"
      textoPendiente="Registrando decisiones…"
      confirmar={
        `¿Registrar la decisión de los ${pendientes} perfiles sin decisión según la cartera sugerida? ` +
        `${seleccionadas === 1 ? "1 quedará seleccionado" : `${seleccionadas} quedarán seleccionados`} con el monto solicitado y el resto no seleccionados. ` +
        "Las decisiones ya tomadas no cambian."
      }
    />
  );
}

export function GenerarActa() {
  const router = useRouter();
  return (
    <BotonAccion
      schema={generarActaSchema}
      action={generarActaAction}
      campos={{}}
      etiqueta="Generar el acta"
      texto="Generar acta"
      textoPendiente="Generando el acta…"
      confirmar="¿Generar el acta con las decisiones registradas? Desde ese momento no se pueden cambiar decisiones (salvo retirando el acta) y cada miembro presente debe firmarla."
      alGuardar={() => router.push("/comite/seleccion/acta")}
    />
  );
}
