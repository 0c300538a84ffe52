"use client";

// Staff review a sent final report (sistematizacion.revisar): approve it (published in the learning
// repository, the team is told by e-mail) or ask for changes with the reasons, each after confirming.
import { useRouter } from "next/navigation";
import { useAvisoPersistente } from "@/components/ui/aviso-persistente";
import { BotonAccion } from "@/components/ui/boton-accion";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { MIN_MOTIVO_OBSERVACION } from "@/lib/domain/sistematizacion";
import { revisarSistematizacionSchema } from "@/lib/sistematizacion/schema";
import { revisarSistematizacionAction } from "@/lib/sistematizacion/server-actions";

// The reviewed report leaves the «to review» state when the page refreshes, and these controls with it: inside
// an AvisoPersistente (the page's), the outcome stays in the box above.
export function RevisarInforme({ id, proyecto }: { id: string; proyecto: string }) {
  const router = useRouter();
  const avisar = useAvisoPersistente();
  return (
    <div className="mt-4 space-y-4">
      <BotonAccion
        schema={revisarSistematizacionSchema}
        action={revisarSistematizacionAction}
        campos={{ id, decision: "APROBAR", motivo: "" }}
        etiqueta={`Aprobar el informe final de ${proyecto}`}
        confirmar={`¿Aprobar el informe final de «${proyecto}»? Se publicará en el repositorio público de aprendizajes y el equipo ya no podrá editarlo.`}
        alGuardar={() => router.refresh()}
        avisar={avisar}
        texto={<>Aprobar y publicar<span className="sr-only"> el informe de {proyecto}</span></>}
        textoPendiente="Aprobando…"
      />
      <details className="border border-acento p-3">
        <summary className="min-h-11 cursor-pointer pt-2">Pedir cambios al equipo</summary>
        <Formulario
          schema={revisarSistematizacionSchema}
          action={revisarSistematizacionAction}
          valores={{ id, decision: "OBSERVAR", motivo: "" }}
          etiqueta={`Pedir cambios al informe de ${proyecto}`}
          confirmar={`¿Devolver el informe de «${proyecto}» al equipo con sus observaciones? Lo recibirá por correo.`}
          alGuardar={() => router.refresh()}
          avisar={avisar}
          className="mt-3"
        >
          {({ campo, pendiente }) => (
            <>
              <TextArea id={`motivo-${id}`} label="Qué debe corregir el equipo" required rows={4} maxLength={2000} ayuda={`Al menos ${MIN_MOTIVO_OBSERVACION} caracteres. Se envía al equipo por correo.`} {...campo("motivo")} />
              <Button type="submit" variante="secundario">
                {pendiente ? "Enviando…" : "Devolver con observaciones"}
              </Button>
            </>
          )}
        </Formulario>
      </details>
    </div>
  );
}
