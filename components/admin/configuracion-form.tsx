"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { configuracionSchema } from "@/lib/convocatoria/schema";
import { configurarConvocatoriaAction } from "@/lib/convocatoria/server-actions";

export type Configuracion = {
  presupuestoTotal: number;
  montoMinProyecto: number;
  montoMaxProyecto: number;
  proyectosObjetivo: number;
  pesoTecnico: number;
  pesoVotacion: number;
  pesoDemoDay: number;
};

const campos: { clave: keyof Configuracion; etiqueta: string; ayuda?: string }[] = [
  { clave: "presupuestoTotal", etiqueta: "Presupuesto total (pesos)" },
  { clave: "montoMinProyecto", etiqueta: "Monto mínimo por proyecto (pesos)" },
  { clave: "montoMaxProyecto", etiqueta: "Monto máximo por proyecto (pesos)" },
  { clave: "proyectosObjetivo", etiqueta: "Meta de proyectos" },
  { clave: "pesoTecnico", etiqueta: "Ponderación evaluación técnica (%)" },
  { clave: "pesoVotacion", etiqueta: "Ponderación votación popular (%)" },
  { clave: "pesoDemoDay", etiqueta: "Ponderación demo day (%)", ayuda: "Las tres ponderaciones suman 100." },
];

export function ConfiguracionForm({ valores, editable }: { valores: Configuracion; editable: boolean }) {
  return (
    <Formulario schema={configuracionSchema} action={configurarConvocatoriaAction} valores={valores} etiqueta="Configuración de la convocatoria">
      {({ campo, pendiente }) => (
        <>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {campos.map((c) => (
              <Field key={c.clave} id={c.clave} label={c.etiqueta} type="number" inputMode="numeric" min={0} required readOnly={!editable} ayuda={c.ayuda} {...campo(c.clave)} />
            ))}
          </div>
          {editable && <Button type="submit">{pendiente ? "Guardando…" : "Guardar configuración"}</Button>}
        </>
      )}
    </Formulario>
  );
}
