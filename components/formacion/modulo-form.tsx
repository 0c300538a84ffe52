"use client";

// Staff create or edit one module of the formation programme (formacion.guardarModulo), and load the four
// base modules that are missing.
import { BotonAccion } from "@/components/ui/boton-accion";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { LARGO_MODULO } from "@/lib/domain/formacion";
import { cargarBaseSchema, moduloSchema } from "@/lib/formacion/schema";
import { guardarModuloAction } from "@/lib/formacion/server-actions";

export type ModuloEditable = { id: string; clave: string; titulo: string; resumen: string; material: string; orden: number };

export function ModuloForm({ modulo, ordenSugerido }: { modulo?: ModuloEditable; ordenSugerido?: number }) {
  const p = modulo ? `modulo-${modulo.id}` : "modulo-nuevo";
  return (
    <Formulario
      schema={moduloSchema}
      action={guardarModuloAction}
      valores={modulo ?? { clave: "", titulo: "", resumen: "", material: "", orden: ordenSugerido ?? 1 }}
      etiqueta={modulo ? `Editar el módulo ${modulo.titulo}` : "Nuevo módulo de formación"}
      limpiarAlGuardar={!modulo}
    >
      {({ campo, pendiente }) => (
        <>
          <Field id={`${p}-titulo`} label="Título" required maxLength={LARGO_MODULO.titulo} {...campo("titulo")} />
          <Field
            id={`${p}-clave`}
            label="Clave"
            required
            autoCapitalize="none"
            ayuda="Minúsculas, números y guiones; identifica el módulo (por ejemplo, «taller-presupuesto»)."
            {...campo("clave")}
          />
          <Field id={`${p}-orden`} label="Orden" type="number" inputMode="numeric" min={1} max={99} required {...campo("orden")} />
          <TextArea id={`${p}-resumen`} label="Resumen" required rows={2} {...campo("resumen")} />
          <TextArea id={`${p}-material`} label="Material" required rows={10} ayuda="Separe los párrafos con una línea en blanco." {...campo("material")} />
          <Button type="submit">{pendiente ? "Guardando…" : modulo ? "Guardar cambios" : "Crear módulo"}</Button>
        </>
      )}
    </Formulario>
  );
}

export function CargarModulosBase({ faltan }: { faltan: number }) {
  return (
    <BotonAccion
      schema={cargarBaseSchema}
      action={guardarModuloAction}
      campos={{ base: "si" }}
      texto={faltan === 4 ? "Cargar los cuatro módulos base" : `Cargar los ${faltan} módulos base que faltan`}
      textoPendiente="Cargando…"
      variante="secundario"
    />
  );
}
