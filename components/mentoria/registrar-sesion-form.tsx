"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { ACUERDOS_MAX, registrarSesionSchema, TEMAS_MAX } from "@/lib/mentoria/schema";
import { registrarSesionAction } from "@/lib/mentoria/server-actions";

export type ValoresSesion = { fecha: string; temas: string; acuerdos: string; proximosPasos: string };

/**
 * The mentor logs (or corrects, while the team has not confirmed it) the session of one week
 * (mentoria.registrarSesion). One column, large fields: made to be filled on a phone right after the session.
 * The page chooses the week (one link per week) and passes what was logged for it, if anything.
 */
export function RegistrarSesionForm({ mentoriaId, semana, valores, hoy, minima, corrige }: { mentoriaId: string; semana: number; valores: ValoresSesion; hoy: string; minima: string; corrige: boolean }) {
  const router = useRouter();
  return (
    <Formulario
      etiqueta={`Sesión de la semana ${semana}`}
      schema={registrarSesionSchema}
      action={registrarSesionAction}
      valores={{ mentoriaId, semana, ...valores }}
      alGuardar={() => router.refresh()}
    >
      {({ campo, pendiente }) => (
        <>
          <Field id="fecha" label="Fecha de la sesión" type="date" required min={minima} max={hoy} {...campo("fecha")} />
          <TextArea id="temas" label="Temas tratados" rows={4} required maxLength={TEMAS_MAX} ayuda="Qué trabajaron en la sesión." {...campo("temas")} />
          <TextArea id="acuerdos" label="Acuerdos" rows={3} maxLength={ACUERDOS_MAX} {...campo("acuerdos")} />
          <TextArea id="proximosPasos" label="Próximos pasos" rows={3} maxLength={ACUERDOS_MAX} {...campo("proximosPasos")} />
          <Button type="submit" className="w-full sm:w-auto">
            {pendiente ? "Guardando…" : corrige ? `Corregir la sesión de la semana ${semana}` : `Registrar la sesión de la semana ${semana}`}
          </Button>
        </>
      )}
    </Formulario>
  );
}
