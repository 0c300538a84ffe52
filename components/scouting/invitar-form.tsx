"use client";

import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { invitarSchema } from "@/lib/scouting/schema";
import { invitarAction } from "@/lib/scouting/server-actions";

export function InvitarForm({ desafios }: { desafios: { id: string; titulo: string }[] }) {
  return (
    <Formulario schema={invitarSchema} action={invitarAction} valores={{ nombre: "", email: "", desafioId: "", mensaje: "" }} etiqueta="Invitar a postular" limpiarAlGuardar>
      {({ campo, pendiente }) => (
        <>
          <Field id="nombre" label="Nombre de la persona" autoComplete="off" required {...campo("nombre")} />
          <Field id="email" label="Correo electrónico" type="email" autoComplete="off" required {...campo("email")} />
          <Select id="desafioId" label="Desafío" required {...campo("desafioId")}>
            <option value="">Seleccione…</option>
            {desafios.map((d) => (
              <option key={d.id} value={d.id}>
                {d.titulo}
              </option>
            ))}
          </Select>
          <TextArea id="mensaje" label="Mensaje personal (opcional)" rows={3} ayuda="Se incluye en el correo, junto al enlace al desafío." {...campo("mensaje")} />
          <Button type="submit">{pendiente ? "Enviando…" : "Enviar invitación"}</Button>
        </>
      )}
    </Formulario>
  );
}
