"use client";

import { useRouter } from "next/navigation";
import { DeclararConflictoForm } from "@/components/conflicto/declarar-conflicto";
import { DETALLE_MAX, declararConflictoMentoriaSchema } from "@/lib/mentoria/schema";
import { declararConflictoMentoriaAction } from "@/lib/mentoria/server-actions";

/**
 * The mentor declares a conflict of interest with the team (mentoria.declararConflicto): the mentoría is
 * recused and staff assign another mentor. Asks first; back to the mentor's list after, since the team is
 * no longer theirs to open.
 */
export function DeclararConflictoMentoria({ mentoriaId }: { mentoriaId: string }) {
  const router = useRouter();
  return (
    <DeclararConflictoForm
      schema={declararConflictoMentoriaSchema}
      action={declararConflictoMentoriaAction}
      valores={{ mentoriaId, detalle: "" }}
      maxLength={DETALLE_MAX}
      boton="Declarar conflicto"
      confirmar="¿Declarar un conflicto de interés con este equipo? Dejará de ser su mentor o mentora y no podrá volver a serlo; el equipo FOSIS le asignará otra persona."
      alGuardar={() => router.push("/mentor?conflicto=1")}
    />
  );
}
