"use client";

import { errores, FormularioAccion } from "@/components/talleres/formulario-accion";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import { formatearClp } from "@/lib/domain/formato";
import { DOCUMENTOS } from "@/lib/lineas/schema";
import { configurarLineaAction } from "@/lib/lineas/server-actions";

export function LineaForm({
  linea,
  banda,
  nombre,
}: {
  linea: { id: string; habilitada: boolean; montoMaximo: number; adjuntosRequeridos: string[] };
  banda: { min: number; max: number };
  nombre: string;
}) {
  return (
    <FormularioAccion action={configurarLineaAction} etiqueta={`Configurar la línea ${nombre}`}>
      {({ pendiente, resultado }) => {
        const errDocs = errores(resultado, "adjuntosRequeridos");
        return (
          <>
            <input type="hidden" name="id" value={linea.id} />
            <div className="mb-4 flex min-h-11 items-center gap-3">
              <input id="habilitada" name="habilitada" type="checkbox" value="si" defaultChecked={linea.habilitada} className="h-6 w-6" aria-describedby="habilitada-ayuda" />
              <label htmlFor="habilitada" className="font-medium text-titulo">
                Línea abierta
              </label>
            </div>
            <p id="habilitada-ayuda" className="-mt-3 mb-4 text-sm">
              Si la línea está cerrada, nadie puede postular con esta combinación de madurez y tipo de ejecutor.
            </p>
            <Field
              id="montoMaximo"
              label="Monto máximo (pesos)"
              type="number"
              inputMode="numeric"
              required
              defaultValue={linea.montoMaximo}
              ayuda={`Dentro de la banda por proyecto de la convocatoria: entre ${formatearClp(banda.min)} y ${formatearClp(banda.max)}.`}
              error={errores(resultado, "montoMaximo")}
            />
            <fieldset className="mb-4" aria-describedby={errDocs ? "adjuntos-error" : undefined}>
              <legend className="font-medium text-titulo">Documentos exigidos</legend>
              {DOCUMENTOS.map((d) => (
                <div key={d} className="flex min-h-11 items-center gap-3">
                  <input id={`doc-${d}`} name="adjuntosRequeridos" type="checkbox" value={d} defaultChecked={linea.adjuntosRequeridos.includes(d)} className="h-6 w-6" />
                  <label htmlFor={`doc-${d}`}>{NOMBRE_DOCUMENTO[d]}</label>
                </div>
              ))}
              {errDocs && (
                <p id="adjuntos-error" className="mt-1 text-sm font-medium text-error">
                  {errDocs.join(" ")}
                </p>
              )}
            </fieldset>
            <Button type="submit">{pendiente ? "Guardando…" : "Guardar línea"}</Button>
          </>
        );
      }}
    </FormularioAccion>
  );
}
