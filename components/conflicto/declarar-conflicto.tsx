"use client";

// The conflict-of-interest declaration of an evaluator, a mentor and a juror: one form, a reason, a
// confirmation first (none of them can be undone). Each caller gives its action, its schema (with a
// `detalle` field) and what to say.
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { Formulario, type OpcionesFormulario } from "@/components/ui/formulario";

type Props<S extends z.ZodType<FieldValues, FieldValues>, T> = Pick<OpcionesFormulario<S, T>, "schema" | "action" | "valores" | "confirmar" | "alGuardar"> & {
  /** The most characters the reason takes (the schema's). */
  maxLength: number;
  label?: string;
  ayuda?: string;
  boton?: string;
};

export const AYUDA_CONFLICTO = "Por ejemplo: conoce al equipo, trabajó en la organización o tiene un interés en el resultado. Lo leerá el equipo FOSIS.";

export function DeclararConflictoForm<S extends z.ZodType<FieldValues, FieldValues>, T>({
  maxLength,
  label = "¿Cuál es el conflicto?",
  ayuda = AYUDA_CONFLICTO,
  boton = "Declarar conflicto de interés",
  ...opciones
}: Props<S, T>) {
  return (
    <Formulario etiqueta="Declarar un conflicto de interés" {...opciones}>
      {({ campo, pendiente }) => (
        <>
          <TextArea id="detalle" label={label} rows={3} maxLength={maxLength} required ayuda={ayuda} {...campo("detalle" as never)} />
          <Button type="submit" variante="peligro">
            {pendiente ? "Declarando…" : boton}
          </Button>
        </>
      )}
    </Formulario>
  );
}
