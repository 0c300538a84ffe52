"use client";
// Staff verification of a person's RUT (usuario.verificarRut): someone who cannot use ClaveÚnica shows their
// cédula at a FOSIS office; the account gets its RUT verified and the afiliado role, with the reason audited.
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { verificarRutSchema } from "@/lib/votacion/schema";
import { verificarRutAction } from "@/lib/usuarios/server-actions";

export function VerificarRutForm() {
  return (
    <Formulario schema={verificarRutSchema} action={verificarRutAction} valores={{ email: "", rut: "", motivo: "" }} etiqueta="Verificar el RUT de una persona" limpiarAlGuardar>
      {({ campo, pendiente }) => (
        <>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field id="verificar-email" label="Correo de la cuenta" type="email" autoComplete="off" required {...campo("email")} />
            <Field id="verificar-rut" label="RUT según la cédula de identidad" autoComplete="off" required ayuda="Por ejemplo 12.345.678-5." {...campo("rut")} />
          </div>
          <TextArea
            id="verificar-motivo"
            label="Motivo y documento revisado"
            required
            ayuda="Queda en la bitácora de auditoría (el RUT no). Por ejemplo: «Cédula revisada en la oficina regional de Concepción»."
            {...campo("motivo")}
          />
          <Button type="submit">{pendiente ? "Verificando…" : "Verificar RUT"}</Button>
        </>
      )}
    </Formulario>
  );
}
