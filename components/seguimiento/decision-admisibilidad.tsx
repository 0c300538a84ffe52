"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { decidirAdmisibilidadAction } from "@/lib/admisibilidad/server-actions";
import { decidirAdmisibilidadSchema, MOTIVOS_MAX, MOTIVOS_MIN, type DecisionAdmisibilidad } from "@/lib/admisibilidad/schema";

type Entrada = z.input<typeof decidirAdmisibilidadSchema>;
type Salida = z.output<typeof decidirAdmisibilidadSchema>;
type EstadoDecidible = "ENVIADA" | "ADMISIBLE" | "INADMISIBLE";

const OPCIONES: { valor: DecisionAdmisibilidad; etiqueta: string; ayuda: string }[] = [
  { valor: "ADMISIBLE", etiqueta: "Admisible", ayuda: "Pasa a la evaluación técnica y tendrá una página pública." },
  { valor: "INADMISIBLE", etiqueta: "Inadmisible", ayuda: "No continúa en el concurso." },
];

/**
 * The staff decision: ADMISIBLE or INADMISIBLE, always with reasons (same schema as the action). It asks
 * before sending, because the applicant is told by e-mail at once. `estado` is the one the page showed:
 * if someone else decides in between, the action refuses instead of overwriting their decision.
 */
export function DecisionAdmisibilidadForm({ id, estado }: { id: string; estado: EstadoDecidible }) {
  const cambio = estado !== "ENVIADA";
  const [resultado, setResultado] = useState<ActionResult | null>(null);
  const [pendiente, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Entrada, unknown, Salida>({
    resolver: zodResolver(decidirAdmisibilidadSchema),
    // `values`: when the decision is recorded the page shows the new estado, and the form follows it.
    values: { id, desde: estado, motivos: "" } as Entrada,
  });

  const enviar = handleSubmit((valores) => {
    const pregunta = `¿${cambio ? "Cambiar la decisión a" : "Declarar el perfil"} ${valores.decision === "ADMISIBLE" ? "ADMISIBLE" : "INADMISIBLE"}? Se avisará por correo a quien postuló.`;
    if (!window.confirm(pregunta)) return;
    startTransition(async () => {
      const r = await decidirAdmisibilidadAction(null, valores);
      setResultado(r);
      if (r.ok) {
        reset();
        return;
      }
      for (const [campo, mensajes] of Object.entries(r.fieldErrors)) {
        if (campo === "decision" || campo === "motivos") setError(campo, { message: mensajes.join(" ") });
      }
    });
  });

  const errDecision = errors.decision?.message;
  return (
    <form onSubmit={enviar} noValidate aria-label="Decisión de admisibilidad">
      <ActionMessage state={resultado} />
      <fieldset disabled={pendiente} aria-busy={pendiente} className="contents">
        <fieldset className="mb-4" aria-describedby={errDecision ? "decision-error" : undefined}>
          <legend className="font-medium text-titulo">
            Decisión<span aria-hidden="true"> *</span>
          </legend>
          {OPCIONES.map((o) => (
            <div key={o.valor} className="mt-2 flex items-start gap-3">
              <input
                type="radio"
                id={`decision-${o.valor}`}
                value={o.valor}
                aria-describedby={`decision-${o.valor}-ayuda`}
                className="mt-1 h-5 w-5 shrink-0"
                {...register("decision")}
              />
              <label htmlFor={`decision-${o.valor}`}>
                <span className="font-medium text-titulo">{o.etiqueta}</span>
                {estado === o.valor && <span className="text-sm"> (decisión vigente)</span>}
                <span id={`decision-${o.valor}-ayuda`} className="block text-sm">
                  {o.ayuda}
                </span>
              </label>
            </div>
          ))}
          {errDecision && (
            <p id="decision-error" className="mt-1 text-sm font-medium text-error">
              {errDecision}
            </p>
          )}
        </fieldset>
        <TextArea
          id="motivos"
          label="Motivos"
          required
          rows={5}
          error={errors.motivos?.message}
          ayuda={`Entre ${MOTIVOS_MIN} y ${MOTIVOS_MAX} caracteres. Se envían tal cual a quien postuló.`}
          {...register("motivos")}
        />
        <Button type="submit">{pendiente ? "Registrando…" : cambio ? "Cambiar decisión" : "Registrar decisión"}</Button>
      </fieldset>
    </form>
  );
}
