"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import type { Etapa } from "@/lib/domain/etapas";
import { calendarioSchema } from "@/lib/convocatoria/schema";
import { guardarCalendarioAction } from "@/lib/convocatoria/server-actions";

export type FilaCalendario = { etapa: string; nombre: string; inicio: string; fin: string };

export function CalendarioForm({ filas }: { filas: FilaCalendario[] }) {
  const calendario = Object.fromEntries(filas.map((f) => [f.etapa, { inicio: f.inicio, fin: f.fin }]));
  return (
    <Formulario schema={calendarioSchema} action={guardarCalendarioAction} valores={{ calendario }} etiqueta="Calendario">
      {({ campo, pendiente }) => (
        <>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {filas.map((f) => {
              const etapa = f.etapa as Etapa;
              return (
                <fieldset key={f.etapa} className="mb-2 border border-acento p-3 sm:col-span-2 sm:grid sm:grid-cols-2 sm:gap-x-4">
                  <legend className="px-1 font-medium text-titulo">{f.nombre}</legend>
                  <Field id={`cal-${f.etapa}-inicio`} label="Inicio" type="date" required {...campo(`calendario.${etapa}.inicio`)} />
                  <Field id={`cal-${f.etapa}-fin`} label="Término" type="date" required {...campo(`calendario.${etapa}.fin`)} />
                </fieldset>
              );
            })}
          </div>
          <Button type="submit">{pendiente ? "Guardando…" : "Guardar calendario"}</Button>
        </>
      )}
    </Formulario>
  );
}
