"use client";

// A member present signs the acta (acta.firmar): in agreement, or with a dissent whose reasons are required
// and printed in the acta. The last signature closes the round for good, hence the question first.
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Casilla, Grupo, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { LARGO_MINIMO_FUNDAMENTO } from "@/lib/domain/seleccion";
import { firmarActaSchema } from "@/lib/seleccion/schema";
import { firmarActaAction } from "@/lib/seleccion/server-actions";

const OPCIONES = [
  { valor: "ACUERDO", etiqueta: "De acuerdo", ayuda: "Firma el acta tal como está." },
  { valor: "DISIDENCIA", etiqueta: "Con disidencia", ayuda: "Firma dejando constancia de su desacuerdo, con su fundamento." },
] as const;

export function FirmarActaForm({ ultima }: { /** This signature is the last one missing: it closes the round. */ ultima: boolean }) {
  return (
    <Formulario
      schema={firmarActaSchema}
      action={firmarActaAction}
      valores={{ nota: "" }}
      etiqueta="Firmar el acta"
      confirmar={(v) =>
        `¿Firmar el acta ${v.postura === "DISIDENCIA" ? "con disidencia" : "de acuerdo"}? La firma no se puede deshacer.` +
        (ultima ? " Es la última firma que falta: la ronda quedará cerrada, se publicará el acta y se avisará a cada postulante." : "")
      }
    >
      {({ form, campo, error, pendiente }) => <Campos form={form} campo={campo} error={error} pendiente={pendiente} />}
    </Formulario>
  );
}

function Campos({ form, campo, error, pendiente }: Pick<Formulario<typeof firmarActaSchema, unknown>, "form" | "campo" | "error" | "pendiente">) {
  const postura = useWatch({ control: form.control, name: "postura" });
  const disidencia = postura === "DISIDENCIA";
  return (
    <>
      <Grupo id="postura" campo="postura" legend="Su postura" required error={error("postura")}>
        {OPCIONES.map((o) => (
          <Casilla key={o.valor} type="radio" id={`postura-${o.valor}`} value={o.valor} label={<span className="font-medium text-titulo">{o.etiqueta}</span>} ayuda={o.ayuda} {...form.register("postura")} />
        ))}
      </Grupo>
      <TextArea
        id="nota"
        label={disidencia ? "Fundamento de la disidencia (obligatorio)" : "Nota (opcional)"}
        required={disidencia}
        rows={4}
        maxLength={2000}
        ayuda={disidencia ? `Al menos ${LARGO_MINIMO_FUNDAMENTO} caracteres. Se imprime en el acta junto a su firma.` : "Se imprime en el acta junto a su firma."}
        {...campo("nota")}
      />
      <Button type="submit">{pendiente ? "Firmando…" : "Firmar el acta"}</Button>
    </>
  );
}
