"use client";

import { errores, FormularioAccion } from "@/components/talleres/formulario-accion";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { invitarAction } from "@/lib/scouting/server-actions";

export function InvitarForm({ desafios }: { desafios: { id: string; titulo: string }[] }) {
  return (
    <FormularioAccion action={invitarAction} etiqueta="Invitar a postular" limpiarAlGuardar>
      {({ pendiente, resultado }) => (
        <>
          <Field id="nombre" label="Nombre de la persona" autoComplete="off" required error={errores(resultado, "nombre")} />
          <Field id="email" label="Correo electrónico" type="email" autoComplete="off" required error={errores(resultado, "email")} />
          <Select id="desafioId" label="Desafío" required defaultValue="" error={errores(resultado, "desafioId")}>
            <option value="">Seleccione…</option>
            {desafios.map((d) => (
              <option key={d.id} value={d.id}>
                {d.titulo}
              </option>
            ))}
          </Select>
          <TextArea id="mensaje" label="Mensaje personal (opcional)" rows={3} ayuda="Se incluye en el correo, junto al enlace al desafío." error={errores(resultado, "mensaje")} />
          <Button type="submit">{pendiente ? "Enviando…" : "Enviar invitación"}</Button>
        </>
      )}
    </FormularioAccion>
  );
}
