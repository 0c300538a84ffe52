"use client";

import { useLayoutEffect, useRef } from "react";
import { useController, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import { formatearPesosEntrada } from "@/lib/domain/formato";
import { Field } from "./field";
import { comoPesos, editarPesos, posicionTrasDigitos } from "./mascara-pesos";

/**
 * An amount in pesos as Chileans write it: only digits go in (pasting "$25.000.000" keeps 25000000), the
 * dots appear as the person types, and the form value is the integer (null when empty). The caret stays
 * after the digit it was after.
 */
export function CampoPesos<V extends FieldValues, TV = V>({
  control,
  name,
  id,
  label,
  ayuda,
  error,
  required,
  readOnly,
}: {
  control: Control<V, unknown, TV>;
  name: FieldPath<V>;
  id: string;
  label: string;
  ayuda?: string;
  error?: string;
  required?: boolean;
  readOnly?: boolean;
}) {
  const { field } = useController({ control, name });
  const input = useRef<HTMLInputElement | null>(null);
  const caret = useRef<number | null>(null);
  const pesos = comoPesos(field.value);
  const texto = formatearPesosEntrada(pesos);

  useLayoutEffect(() => {
    const el = input.current;
    const digitos = caret.current;
    if (!el || digitos === null || document.activeElement !== el) return;
    caret.current = null;
    const pos = posicionTrasDigitos(texto, digitos);
    el.setSelectionRange(pos, pos);
  }, [texto]);

  return (
    <Field
      id={id}
      name={field.name}
      label={label}
      ayuda={ayuda}
      error={error}
      required={required}
      readOnly={readOnly}
      inputMode="numeric"
      autoComplete="off"
      value={texto}
      ref={(el) => {
        input.current = el;
        field.ref(el);
      }}
      onBlur={field.onBlur}
      onChange={(e) => {
        const el = e.currentTarget;
        const tipo = (e.nativeEvent as InputEvent).inputType;
        const r = editarPesos(pesos, el.value, el.selectionStart ?? el.value.length, tipo);
        caret.current = r.digitosAntes;
        field.onChange(r.pesos);
      }}
    />
  );
}
