"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { calibrarSchema, type CalibrarEntrada } from "@/lib/capacitacion/schema";
import { calibrarAction } from "@/lib/capacitacion/server-actions";

type Perfil = { orden: number; titulo: string; resumen: string };
type Criterio = { clave: string; nombre: string };

/**
 * The calibration exercise: each reference perfil with a grade (1,0–7,0) per criterion. `previas` are the
 * evaluator's grades of the last attempt (to retry from them), by perfil and criterion clave.
 */
export function CalibracionForm({
  perfiles,
  criterios,
  previas,
  divergentes,
}: {
  perfiles: Perfil[];
  criterios: Criterio[];
  previas: Record<number, Record<string, number>>;
  /** "orden:clave" of the items where the last attempt diverged: marked next to their field. */
  divergentes: string[];
}) {
  const router = useRouter();
  const marcadas = new Set(divergentes);
  const valores: CalibrarEntrada = {
    respuestas: perfiles.map((p) => ({
      orden: p.orden,
      notas: criterios.map((c) => ({ clave: c.clave, nota: previas[p.orden]?.[c.clave] !== undefined ? String(previas[p.orden][c.clave]).replace(".", ",") : "" })),
    })),
  };
  return (
    <Formulario schema={calibrarSchema} action={calibrarAction} valores={valores} etiqueta="Ejercicio de calibración" alGuardar={() => router.refresh()}>
      {({ campo, pendiente }) => (
        <>
          {perfiles.map((p, i) => (
            <fieldset key={p.orden} className="mb-6 border border-acento p-3">
              <legend className="px-1 text-lg font-medium text-titulo">
                Perfil de referencia {p.orden}: {p.titulo}
              </legend>
              <div className="mb-4 whitespace-pre-line">{p.resumen}</div>
              <div className="grid gap-x-4 sm:grid-cols-2">
                {criterios.map((c, j) => (
                  <Field
                    key={c.clave}
                    id={`cal-${p.orden}-${c.clave}`}
                    label={`${c.nombre} (1,0 a 7,0)`}
                    inputMode="decimal"
                    autoComplete="off"
                    required
                    ayuda={marcadas.has(`${p.orden}:${c.clave}`) ? "En su intento anterior esta nota divergió de la referencia." : undefined}
                    {...campo(`respuestas.${i}.notas.${j}.nota`)}
                  />
                ))}
              </div>
            </fieldset>
          ))}
          <Button type="submit">{pendiente ? "Enviando…" : "Enviar mis notas"}</Button>
        </>
      )}
    </Formulario>
  );
}
