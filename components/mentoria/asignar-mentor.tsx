"use client";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { asignarMentoriaSchema } from "@/lib/mentoria/schema";
import { asignarMentoriaAction } from "@/lib/mentoria/server-actions";

export type OpcionMentor = { userId: string; nombre: string; detalle: string };

/**
 * Staff assign (or reassign) a mentor to a preselected team (mentoria.asignar): the suggestions first
 * (same region, shared expertise, spare capacity), then every other approved mentor with spare capacity.
 * Reassigning asks first: the current mentor is recused and cannot come back to the team.
 */
export function AsignarMentor({ postulacionId, proyecto, sugerencias, otros, mentorActual }: { postulacionId: string; proyecto: string; sugerencias: OpcionMentor[]; otros: OpcionMentor[]; mentorActual: string | null }) {
  if (sugerencias.length + otros.length === 0) return <p className="text-sm">No hay mentores aprobados con cupo: apruebe inscripciones en el pool de mentores.</p>;
  const id = `mentor-${postulacionId}`;
  return (
    <Formulario
      etiqueta={`${mentorActual ? "Reasignar" : "Asignar"} mentor a «${proyecto}»`}
      schema={asignarMentoriaSchema}
      action={asignarMentoriaAction}
      valores={{ postulacionId, mentorId: sugerencias[0]?.userId ?? otros[0]?.userId ?? "" }}
      confirmar={
        mentorActual
          ? `¿Reasignar «${proyecto}»? La mentoría de ${mentorActual} quedará recusada y no podrá volver a este equipo.`
          : `¿Asignar este mentor o mentora a «${proyecto}»? Se les avisará por correo.`
      }
    >
      {({ campo, pendiente }) => (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1">
            <Select id={id} label={mentorActual ? "Reasignar a" : "Mentor o mentora"} required {...campo("mentorId")}>
              {sugerencias.length > 0 && (
                <optgroup label="Sugerencias">
                  {sugerencias.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.nombre} — {m.detalle}
                    </option>
                  ))}
                </optgroup>
              )}
              {otros.length > 0 && (
                <optgroup label="Otros mentores con cupo">
                  {otros.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.nombre} — {m.detalle}
                    </option>
                  ))}
                </optgroup>
              )}
            </Select>
          </div>
          <div className="mb-4">
            <Button type="submit" variante={mentorActual ? "secundario" : "primario"}>
              {pendiente ? "Asignando…" : mentorActual ? "Reasignar" : "Asignar"}
            </Button>
          </div>
        </div>
      )}
    </Formulario>
  );
}
