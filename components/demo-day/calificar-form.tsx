"use client";

// A juror grades one pitch (demoDay.calificar) on a phone: one grade from 1,0 to 7,0 per criterion of the
// jury's rubric, with its guidance line, the weighted grade computed live as they type (announced politely),
// and a comment. The action checks everything again and stores the weighted grade to one decimal.
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { CRITERIOS_DEMO_DAY, notaPonderadaParcial } from "@/lib/domain/demo-day";
import { formatoNota, parsearNota } from "@/lib/domain/nota";
import { calificarSchema, campoNotaDemoDay, COMENTARIO_DEMO_DAY_MAX } from "@/lib/demo-day/schema";
import { calificarAction } from "@/lib/demo-day/server-actions";

export type ValoresCalificacion = { notas: Record<string, string>; comentario: string };

export function CalificarForm({ eventoId, postulacionId, inicial, calificada }: { eventoId: string; postulacionId: string; inicial: ValoresCalificacion; calificada: boolean }) {
  return (
    <Formulario schema={calificarSchema} action={calificarAction} valores={{ eventoId, postulacionId, notas: inicial.notas, comentario: inicial.comentario }} etiqueta="Calificación del pitch">
      {(f) => <Campos f={f} calificada={calificada} />}
    </Formulario>
  );
}

function Campos({ f, calificada }: { f: Formulario<typeof calificarSchema, unknown>; calificada: boolean }) {
  const { form, campo, pendiente } = f;
  const escritas = (useWatch({ control: form.control, name: "notas" }) ?? {}) as Record<string, unknown>;
  const leidas = Object.fromEntries(CRITERIOS_DEMO_DAY.map((c) => [c.clave, typeof escritas[c.clave] === "string" ? parsearNota(escritas[c.clave] as string) : null]));
  const ponderada = notaPonderadaParcial(leidas);
  const faltan = CRITERIOS_DEMO_DAY.filter((c) => leidas[c.clave] === null).length;
  return (
    <>
      {CRITERIOS_DEMO_DAY.map((c) => (
        <Field
          key={c.clave}
          id={`nota-${c.clave}`}
          label={`${c.nombre} (${c.peso} %)`}
          ayuda={c.guia}
          inputMode="decimal"
          autoComplete="off"
          placeholder="Ej.: 5,5"
          required
          className="mt-1 block w-28 border border-[#767676] bg-white px-3 py-2 text-lg text-titulo aria-[invalid=true]:border-2 aria-[invalid=true]:border-error"
          {...campo(campoNotaDemoDay(c.clave) as "notas.claridad")}
        />
      ))}
      <p className="mb-4 border-l-4 border-acento bg-neutro p-3 text-lg" aria-live="polite" aria-atomic="true">
        {ponderada === null ? (
          <>Nota ponderada: complete {faltan === 1 ? "1 criterio más" : `${faltan} criterios más`}.</>
        ) : (
          <>
            Nota ponderada: <strong>{formatoNota(ponderada)}</strong>
          </>
        )}
      </p>
      <TextArea id="comentario" label="Comentario para el equipo (opcional)" maxLength={COMENTARIO_DEMO_DAY_MAX} {...campo("comentario")} />
      <Button type="submit" className="w-full sm:w-auto">
        {pendiente ? "Guardando…" : calificada ? "Corregir mi nota" : "Guardar mi nota"}
      </Button>
    </>
  );
}
