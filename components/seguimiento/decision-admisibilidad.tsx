"use client";

import { Button } from "@/components/ui/button";
import { Casilla, Grupo, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { decidirAdmisibilidadAction } from "@/lib/admisibilidad/server-actions";
import { decidirAdmisibilidadSchema, MOTIVOS_MAX, MOTIVOS_MIN, type DecisionAdmisibilidad } from "@/lib/admisibilidad/schema";

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
  return (
    <Formulario
      schema={decidirAdmisibilidadSchema}
      action={decidirAdmisibilidadAction}
      // Follows the page: once the decision is recorded the page shows the new estado, and the form with it.
      valores={{ id, desde: estado, motivos: "" }}
      seguirValores
      limpiarAlGuardar
      confirmar={(v) => `¿${cambio ? "Cambiar la decisión a" : "Declarar el perfil"} ${v.decision === "ADMISIBLE" ? "ADMISIBLE" : "INADMISIBLE"}? Se avisará por correo a quien postuló.`}
      etiqueta="Decisión de admisibilidad"
    >
      {({ campo, error, form, pendiente }) => (
        <>
          <Grupo id="decision" campo="decision" legend="Decisión" required error={error("decision")}>
            {OPCIONES.map((o) => (
              <Casilla
                key={o.valor}
                type="radio"
                id={`decision-${o.valor}`}
                value={o.valor}
                label={
                  <>
                    <span className="font-medium text-titulo">{o.etiqueta}</span>
                    {estado === o.valor && <span className="text-sm"> (decisión vigente)</span>}
                  </>
                }
                ayuda={o.ayuda}
                {...form.register("decision")}
              />
            ))}
          </Grupo>
          <TextArea id="motivos" label="Motivos" required rows={5} ayuda={`Entre ${MOTIVOS_MIN} y ${MOTIVOS_MAX} caracteres. Se envían tal cual a quien postuló.`} {...campo("motivos")} />
          <Button type="submit">{pendiente ? "Registrando…" : cambio ? "Cambiar decisión" : "Registrar decisión"}</Button>
        </>
      )}
    </Formulario>
  );
}
