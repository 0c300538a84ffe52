"use client";

// Staff add a person (an existing account, by its e-mail) to the jury of one demo day, with their helix
// (demoDay.asignarJurado). A second time with another helix changes the helix.
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { HELICES, NOMBRE_HELICE } from "@/lib/domain/demo-day";
import { asignarJuradoSchema } from "@/lib/demo-day/schema";
import { asignarJuradoAction } from "@/lib/demo-day/server-actions";

export function AsignarJuradoForm({ eventoId, titulo }: { eventoId: string; titulo: string }) {
  const id = (c: string) => `${c}-${eventoId}`;
  return (
    <Formulario schema={asignarJuradoSchema} action={asignarJuradoAction} valores={{ eventoId, email: "", helice: undefined }} etiqueta={`Sumar jurado a ${titulo}`} limpiarAlGuardar>
      {({ campo, pendiente }) => (
        <div className="grid gap-x-4 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
          <Field id={id("email")} label="Correo de la cuenta" type="email" autoComplete="off" required ayuda="La persona debe tener una cuenta en el portal." {...campo("email")} />
          <Select id={id("helice")} label="Hélice" required {...campo("helice")}>
            <option value="">Seleccione…</option>
            {HELICES.map((h) => (
              <option key={h} value={h}>
                {NOMBRE_HELICE[h]}
              </option>
            ))}
          </Select>
          <div className="mb-4">
            <Button type="submit">{pendiente ? "Sumando…" : "Sumar al jurado"}</Button>
          </div>
        </div>
      )}
    </Formulario>
  );
}
