"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Casilla, Field } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { registroSchema } from "@/lib/cuentas/schema";
import { registrarAction } from "@/lib/cuentas/server-actions";
import { recordarCorreoRegistrado } from "./correo-registrado";

// Registration cannot sign the person in: it answers the same whether or not the e-mail or RUT already
// had an account (ADR 0002), so it never knows that the password typed opens one. /ingresar gets the
// e-mail filled in instead, and the person types the password once more.
export function RegistroForm() {
  const router = useRouter();
  return (
    <>
      <p id="registro-ayuda" className="mb-4 text-sm">
        Los campos marcados con * son obligatorios.
      </p>
      <Formulario
        schema={registroSchema}
        action={registrarAction}
        valores={{ nombre: "", email: "", rut: "", password: "", confirmacion: "" }}
        validarAlSalir
        etiqueta="Crear cuenta"
        alGuardar={(data) => {
          recordarCorreoRegistrado(data.email);
          router.push("/ingresar?registrado=1");
        }}
      >
        {({ campo, error, form, pendiente }) => (
          <>
            <Field id="nombre" label="Nombre completo" autoComplete="name" required {...campo("nombre")} />
            <Field id="email" label="Correo electrónico" type="email" autoComplete="email" required {...campo("email")} />
            <Field id="rut" label="RUT" inputMode="text" autoComplete="off" placeholder="12.345.678-5" required ayuda="Con guion y dígito verificador." {...campo("rut")} />
            <Field id="password" label="Contraseña" type="password" autoComplete="new-password" required ayuda="Al menos 10 caracteres." {...campo("password")} />
            <Field id="confirmacion" label="Repita la contraseña" type="password" autoComplete="new-password" required {...campo("confirmacion")} />
            <Casilla
              id="aceptaPrivacidad"
              label={
                <>
                  Acepto la <a href="/privacidad">política de privacidad</a> *
                </>
              }
              error={error("aceptaPrivacidad")}
              {...form.register("aceptaPrivacidad")}
            />
            <Button type="submit">{pendiente ? "Creando cuenta…" : "Crear cuenta"}</Button>
          </>
        )}
      </Formulario>
    </>
  );
}
