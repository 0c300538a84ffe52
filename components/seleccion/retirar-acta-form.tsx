"use client";

// Withdraws an acta not yet signed by everyone (acta.retirar), with the reason, so the committee can correct
// decisions: the signatures given are discarded (the audit log keeps them) and the round opens again.
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { LARGO_MINIMO_FUNDAMENTO } from "@/lib/domain/seleccion";
import { retirarActaSchema } from "@/lib/seleccion/schema";
import { retirarActaAction } from "@/lib/seleccion/server-actions";

export function RetirarActaForm({ firmas }: { firmas: number }) {
  const router = useRouter();
  return (
    <Formulario
      schema={retirarActaSchema}
      action={retirarActaAction}
      valores={{ motivo: "" }}
      etiqueta="Retirar el acta"
      confirmar={`¿Retirar el acta? ${firmas === 0 ? "Aún nadie la firmó." : firmas === 1 ? "Se descartará la firma ya registrada." : `Se descartarán las ${firmas} firmas ya registradas.`} La ronda vuelve a quedar abierta para corregir decisiones.`}
      alGuardar={() => router.push("/comite/seleccion")}
    >
      {({ campo, pendiente }) => (
        <>
          <TextArea id="motivo" label="Motivo del retiro" required rows={3} maxLength={1000} ayuda={`Al menos ${LARGO_MINIMO_FUNDAMENTO} caracteres. Queda en la bitácora de auditoría.`} {...campo("motivo")} />
          <Button type="submit" variante="peligro">
            {pendiente ? "Retirando…" : "Retirar acta"}
          </Button>
        </>
      )}
    </Formulario>
  );
}
