"use client";

import { useRouter } from "next/navigation";
import { DeclararConflictoForm } from "@/components/conflicto/declarar-conflicto";
import { DETALLE_MAX, declararConflictoSchema } from "@/lib/asignaciones/schema";
import { declararConflictoAction } from "@/lib/asignaciones/server-actions";

/**
 * The evaluator declares a conflict of interest with an assigned perfil (evaluacion.declararConflicto,
 * lib/asignaciones): they stop evaluating it and it goes to another evaluator. Back to their list after:
 * the perfil is no longer theirs to open.
 */
export function DeclararConflicto({ postulacionId }: { postulacionId: string }) {
  const router = useRouter();
  return (
    <DeclararConflictoForm
      schema={declararConflictoSchema}
      action={declararConflictoAction}
      valores={{ postulacionId, detalle: "" }}
      maxLength={DETALLE_MAX}
      confirmar="¿Declarar un conflicto de interés con este perfil? Dejará de evaluarlo y se asignará a otra persona. Su borrador no se enviará."
      alGuardar={() => router.push("/evaluador?conflicto=1")}
    />
  );
}
