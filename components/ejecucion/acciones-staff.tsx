"use client";

import { useRouter } from "next/navigation";
import { BotonAccion } from "@/components/ui/boton-accion";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { LARGO_MINIMO_MOTIVO_REVISION } from "@/lib/domain/hitos";
import { enviarRecordatoriosSchema, MOTIVO_MAX, prepararHitosSchema, revisarReporteSchema } from "@/lib/ejecucion/schema";
import { enviarRecordatoriosAction, prepararHitosAction, revisarReporteAction } from "@/lib/ejecucion/server-actions";
import { useAvisosEjecucion } from "./avisos";

/** Staff create the hitos of the pilots that have none, from their formulario completo's cronograma (ejecucion.prepararHitos). */
export function PrepararHitos({ sinHitos }: { sinHitos: number }) {
  const router = useRouter();
  return (
    <BotonAccion
      schema={prepararHitosSchema}
      action={prepararHitosAction}
      campos={{}}
      etiqueta="Preparar hitos"
      confirmar={`¿Crear los hitos de ${sinHitos === 1 ? "1 piloto" : `${sinHitos} pilotos`} sin hitos desde el cronograma de su formulario completo?`}
      deshabilitado={sinHitos === 0}
      texto="Preparar hitos"
      textoPendiente="Preparando…"
      alGuardar={() => router.refresh()}
    />
  );
}

/** Staff send the reminders of hitos due within 7 days and the warnings of late ones (ejecucion.enviarRecordatorios), each once. */
export function EnviarRecordatorios({ pendientes }: { pendientes: number }) {
  const router = useRouter();
  return (
    <BotonAccion
      schema={enviarRecordatoriosSchema}
      action={enviarRecordatoriosAction}
      campos={{}}
      etiqueta="Recordatorios de hitos"
      confirmar={`¿Enviar por correo a los equipos ${pendientes === 1 ? "1 recordatorio" : `${pendientes} recordatorios`} de hitos por vencer o atrasados?`}
      deshabilitado={pendientes === 0}
      variante="secundario"
      texto="Enviar recordatorios"
      textoPendiente="Enviando…"
      alGuardar={() => router.refresh()}
    />
  );
}

/**
 * The review of one progress report (hito.revisarReporte): approve (closes the hito, after a question) or
 * ask for changes with the reasons. Both e-mail the team. Inside an AvisosEjecucion the outcome is shown there
 * (the report leaves the list once reviewed).
 */
export function RevisarReporte({ reporteId, hito, proyecto }: { reporteId: string; hito: string; proyecto: string }) {
  const router = useRouter();
  const avisar = useAvisosEjecucion();
  return (
    <div className="mt-3 grid gap-4 sm:grid-cols-2">
      <BotonAccion
        schema={revisarReporteSchema}
        action={revisarReporteAction}
        campos={{ reporteId, decision: "APROBADO", motivo: "" }}
        confirmar={`¿Aprobar el reporte del hito «${hito}» de «${proyecto}»? El hito quedará cumplido y se avisará al equipo.`}
        texto="Aprobar y cerrar el hito"
        textoPendiente="Aprobando…"
        avisar={avisar}
        alGuardar={() => router.refresh()}
      />
      <Formulario
        etiqueta={`Pedir cambios al reporte del hito «${hito}» de «${proyecto}»`}
        schema={revisarReporteSchema}
        action={revisarReporteAction}
        valores={{ reporteId, decision: "OBSERVADO", motivo: "" }}
        avisar={avisar}
        alGuardar={() => router.refresh()}
      >
        {({ campo, pendiente }) => (
          <>
            <TextArea
              id={`motivo-${reporteId}`}
              label="Qué falta o qué corregir"
              rows={3}
              required
              minLength={LARGO_MINIMO_MOTIVO_REVISION}
              maxLength={MOTIVO_MAX}
              ayuda={`Al menos ${LARGO_MINIMO_MOTIVO_REVISION} caracteres; el equipo lo recibe por correo.`}
              {...campo("motivo")}
            />
            <Button type="submit" variante="secundario">
              {pendiente ? "Enviando…" : "Pedir cambios"}
            </Button>
          </>
        )}
      </Formulario>
    </div>
  );
}
