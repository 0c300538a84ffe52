"use client";

// A member present decides one perfil (seleccion.decidir): seleccionada (with its amount, by default the one
// requested), lista de espera or no seleccionada. When the choice departs from the optimiser's suggestion
// the fundamento becomes required here, as the action requires it (it checks again).
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CampoPesos } from "@/components/ui/campo-pesos";
import { Casilla, Grupo, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { formatearClp } from "@/lib/domain/formato";
import { LARGO_MINIMO_FUNDAMENTO, NOMBRE_DECISION, seApartaDeSugerencia, type Decision } from "@/lib/domain/seleccion";
import { DECISIONES, decidirSchema } from "@/lib/seleccion/schema";
import { decidirAction } from "@/lib/seleccion/server-actions";

const AYUDA: Record<Decision, string> = {
  SELECCIONADA: "Entra en la cartera con el monto asignado.",
  LISTA_ESPERA: "No entra por ahora; puede reemplazar a un proyecto que no siga.",
  NO_SELECCIONADA: "No continúa en esta ronda.",
};

export type DecisionActual = { decision: Decision; montoAsignado: number | null; fundamento: string };

export function DecisionForm({
  postulacionId,
  proyecto,
  sugerida,
  montoSolicitado,
  banda,
  actual,
}: {
  postulacionId: string;
  proyecto: string;
  /** Did the stored suggestion select it? */
  sugerida: boolean;
  montoSolicitado: number | null;
  banda: { min: number; max: number };
  actual: DecisionActual | null;
}) {
  const schema = useMemo(
    () =>
      decidirSchema.refine((v) => !seApartaDeSugerencia(sugerida, v.decision) || (v.fundamento ?? "").length >= LARGO_MINIMO_FUNDAMENTO, {
        path: ["fundamento"],
        message: sugerida
          ? "La cartera sugerida incluye este perfil: explique por qué no se selecciona (al menos 15 caracteres)."
          : "La cartera sugerida no incluye este perfil: explique por qué se selecciona (al menos 15 caracteres).",
      }),
    [sugerida],
  );
  const id = (campo: string) => `${campo}-${postulacionId}`;
  return (
    <Formulario
      schema={schema}
      action={decidirAction}
      // Follows the page: after a decision the page shows it, and the form with it.
      valores={{
        postulacionId,
        decision: actual?.decision,
        montoAsignado: actual?.montoAsignado ?? montoSolicitado ?? undefined,
        fundamento: actual?.fundamento ?? "",
      }}
      seguirValores
    >
      {(f) => <Campos f={f} id={id} proyecto={proyecto} sugerida={sugerida} banda={banda} decidida={actual !== null} />}
    </Formulario>
  );
}

function Campos({ f, id, proyecto, sugerida, banda, decidida }: { f: Formulario<typeof decidirSchema, unknown>; id: (c: string) => string; proyecto: string; sugerida: boolean; banda: { min: number; max: number }; decidida: boolean }) {
  const { form, campo, error, pendiente } = f;
  const decision = useWatch({ control: form.control, name: "decision" }) as Decision | undefined;
  const aparta = decision !== undefined && seApartaDeSugerencia(sugerida, decision);
  return (
    <>
      <Grupo id={id("decision")} campo="decision" legend={<>Decisión sobre «{proyecto}»</>} required error={error("decision")}>
        {DECISIONES.map((d) => (
          <Casilla
            key={d}
            type="radio"
            id={id(`decision-${d}`)}
            value={d}
            label={
              <>
                <span className="font-medium text-titulo">{NOMBRE_DECISION[d]}</span>
                {seApartaDeSugerencia(sugerida, d) ? null : <span className="text-sm"> (coincide con la sugerencia)</span>}
              </>
            }
            ayuda={AYUDA[d]}
            {...form.register("decision")}
          />
        ))}
      </Grupo>
      {decision === "SELECCIONADA" && (
        <CampoPesos
          control={form.control}
          name="montoAsignado"
          id={id("montoAsignado")}
          label="Monto asignado (pesos)"
          required
          ayuda={`Entre ${formatearClp(banda.min)} y ${formatearClp(banda.max)}. Por omisión, el monto solicitado.`}
          error={error("montoAsignado")}
        />
      )}
      <TextArea
        id={id("fundamento")}
        label={aparta ? "Fundamento (obligatorio: la decisión se aparta de la sugerencia)" : "Fundamento"}
        required={aparta}
        rows={3}
        maxLength={2000}
        ayuda={
          aparta
            ? `Explique por qué el comité se aparta de la cartera sugerida (al menos ${LARGO_MINIMO_FUNDAMENTO} caracteres). Se imprime en el acta.`
            : "Opcional cuando la decisión coincide con la sugerencia. Se imprime en el acta."
        }
        {...campo("fundamento")}
      />
      <Button type="submit" variante={decidida ? "secundario" : "primario"}>
        {pendiente ? (
          "Registrando…"
        ) : (
          <>
            {decidida ? "Cambiar decisión" : "Registrar decisión"}
            <span className="sr-only"> sobre «{proyecto}»</span>
          </>
        )}
      </Button>
    </>
  );
}
