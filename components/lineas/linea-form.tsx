"use client";

import { Button } from "@/components/ui/button";
import { Casilla, Field, Grupo } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import { formatearClp } from "@/lib/domain/formato";
import { configurarLineaSchema, DOCUMENTOS } from "@/lib/lineas/schema";
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
    <Formulario
      schema={configurarLineaSchema}
      action={configurarLineaAction}
      valores={{ id: linea.id, habilitada: linea.habilitada, montoMaximo: linea.montoMaximo, adjuntosRequeridos: linea.adjuntosRequeridos }}
      etiqueta={`Configurar la línea ${nombre}`}
    >
      {({ campo, error, form, pendiente }) => (
        <>
          <Casilla
            id="habilitada"
            label={<span className="font-medium text-titulo">Línea abierta</span>}
            ayuda="Si la línea está cerrada, nadie puede postular con esta combinación de madurez y tipo de ejecutor."
            {...form.register("habilitada")}
          />
          <Field
            id="montoMaximo"
            label="Monto máximo (pesos)"
            type="number"
            inputMode="numeric"
            required
            ayuda={`Dentro de la banda por proyecto de la convocatoria: entre ${formatearClp(banda.min)} y ${formatearClp(banda.max)}.`}
            {...campo("montoMaximo")}
          />
          <Grupo id="adjuntos" campo="adjuntosRequeridos" legend="Documentos exigidos" error={error("adjuntosRequeridos")}>
            {DOCUMENTOS.map((d) => (
              <Casilla key={d} id={`doc-${d}`} label={NOMBRE_DOCUMENTO[d]} value={d} {...form.register("adjuntosRequeridos")} />
            ))}
          </Grupo>
          <Button type="submit">{pendiente ? "Guardando…" : "Guardar línea"}</Button>
        </>
      )}
    </Formulario>
  );
}
