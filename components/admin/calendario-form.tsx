"use client";

import { ActionForm, erroresDe } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { guardarCalendarioAction } from "@/lib/server-actions";

export type FilaCalendario = { etapa: string; nombre: string; inicio: string; fin: string };

export function CalendarioForm({ filas }: { filas: FilaCalendario[] }) {
  return (
    <ActionForm action={guardarCalendarioAction} etiqueta="Calendario">
      {({ pendiente, resultado }) => (
        <>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {filas.map((f) => (
              <fieldset key={f.etapa} className="mb-2 border border-acento p-3 sm:col-span-2 sm:grid sm:grid-cols-2 sm:gap-x-4">
                <legend className="px-1 font-medium text-titulo">{f.nombre}</legend>
                <Field
                  id={`cal-${f.etapa}-inicio`}
                  name={`calendario.${f.etapa}.inicio`}
                  label="Inicio"
                  type="date"
                  required
                  defaultValue={f.inicio}
                  error={erroresDe(resultado, `calendario.${f.etapa}.inicio`)}
                />
                <Field
                  id={`cal-${f.etapa}-fin`}
                  name={`calendario.${f.etapa}.fin`}
                  label="Término"
                  type="date"
                  required
                  defaultValue={f.fin}
                  error={erroresDe(resultado, `calendario.${f.etapa}.fin`)}
                />
              </fieldset>
            ))}
          </div>
          <Button type="submit">{pendiente ? "Guardando…" : "Guardar calendario"}</Button>
        </>
      )}
    </ActionForm>
  );
}
