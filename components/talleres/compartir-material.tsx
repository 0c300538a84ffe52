"use client";

// Staff share an encuentro's material (taller.compartirMaterial): text with https links, shown on the public
// page and e-mailed once to each confirmed registrant, after confirming.
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { compartirMaterialSchema, MAX_MATERIAL } from "@/lib/talleres/material";
import { compartirMaterialAction } from "@/lib/talleres/server-actions";

export function CompartirMaterial({ eventoId, material, confirmadas }: { eventoId: string; material: string; confirmadas: number }) {
  return (
    <Formulario
      schema={compartirMaterialSchema}
      action={compartirMaterialAction}
      valores={{ eventoId, material }}
      etiqueta="Compartir el material"
      confirmar={
        material
          ? "¿Actualizar el material? La página pública mostrará el nuevo texto; solo recibirán correo quienes aún no lo recibieron."
          : `¿Compartir el material? Se publica en la página del encuentro y se envía por correo a ${confirmadas === 1 ? "la persona con inscripción confirmada" : `las ${confirmadas} personas con inscripción confirmada`}.`
      }
    >
      {({ campo, pendiente }) => (
        <>
          <TextArea
            id="material"
            label="Material (texto y enlaces https://)"
            required
            rows={5}
            maxLength={MAX_MATERIAL}
            ayuda="Por ejemplo: «Presentación: https://… — Grabación: https://…». Todos los enlaces deben empezar con https://."
            {...campo("material")}
          />
          <Button type="submit">{pendiente ? "Compartiendo…" : material ? "Actualizar el material" : "Compartir el material"}</Button>
        </>
      )}
    </Formulario>
  );
}
