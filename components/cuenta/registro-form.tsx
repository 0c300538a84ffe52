"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionMessage } from "@/components/ui/action-message";
import { registroSchema } from "@/lib/cuentas/schema";
import type { ActionResult } from "@/lib/actions/result";
import { registrarAction } from "@/lib/server-actions";

type Entrada = z.input<typeof registroSchema>;
type Salida = z.output<typeof registroSchema>;

export function RegistroForm() {
  const router = useRouter();
  const [estado, setEstado] = useState<ActionResult | null>(null);
  const [pendiente, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Entrada, unknown, Salida>({ resolver: zodResolver(registroSchema), mode: "onBlur" });

  const enviar = handleSubmit((valores) =>
    startTransition(async () => {
      const r = await registrarAction(null, valores);
      setEstado(r);
      if (r.ok) {
        router.push("/ingresar?registrado=1");
        return;
      }
      for (const [campo, mensajes] of Object.entries(r.fieldErrors)) setError(campo as keyof Entrada, { message: mensajes.join(" ") });
    }),
  );

  return (
    <form onSubmit={enviar} noValidate aria-describedby="registro-ayuda">
      <p id="registro-ayuda" className="mb-4 text-sm">
        Los campos marcados con * son obligatorios.
      </p>
      <ActionMessage state={estado && !estado.ok ? estado : null} />
      <Field id="nombre" label="Nombre completo" autoComplete="name" required error={errors.nombre?.message} {...register("nombre")} />
      <Field id="email" label="Correo electrónico" type="email" autoComplete="email" required error={errors.email?.message} {...register("email")} />
      <Field id="rut" label="RUT" inputMode="text" autoComplete="off" placeholder="12.345.678-5" required ayuda="Con guion y dígito verificador." error={errors.rut?.message} {...register("rut")} />
      <Field
        id="password"
        label="Contraseña"
        type="password"
        autoComplete="new-password"
        required
        ayuda="Al menos 10 caracteres."
        error={errors.password?.message}
        {...register("password")}
      />
      <Field id="confirmacion" label="Repita la contraseña" type="password" autoComplete="new-password" required error={errors.confirmacion?.message} {...register("confirmacion")} />
      <div className="mb-4">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-1 h-5 w-5"
            aria-invalid={!!errors.aceptaPrivacidad}
            aria-describedby={errors.aceptaPrivacidad ? "acepta-error" : undefined}
            {...register("aceptaPrivacidad")}
          />
          <span>
            Acepto la <a href="/privacidad">política de privacidad</a> *
          </span>
        </label>
        {errors.aceptaPrivacidad && (
          <p id="acepta-error" className="mt-1 text-sm font-medium text-error">
            {errors.aceptaPrivacidad.message}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pendiente}>
        {pendiente ? "Creando cuenta…" : "Crear cuenta"}
      </Button>
    </form>
  );
}
