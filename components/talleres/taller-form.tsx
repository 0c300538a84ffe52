"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { crearTallerAction } from "@/lib/talleres/server-actions";
import { NOMBRE_TIPO_EVENTO, TIPOS_TALLER } from "@/lib/talleres/schema";
import { errores, FormularioAccion } from "./formulario-accion";

export function TallerForm({ regiones }: { regiones: { cut: string; nombre: string }[] }) {
  return (
    <FormularioAccion action={crearTallerAction} etiqueta="Nuevo taller" limpiarAlGuardar>
      {({ pendiente, resultado }) => (
        <>
          {resultado?.ok && (
            <p className="mb-4">
              <Link href={`/seguimiento/talleres/${resultado.data.id}`}>Ver las inscripciones del taller creado</Link>
            </p>
          )}
          <Select id="tipo" label="Tipo de evento" required defaultValue="TALLER_REGIONAL" error={errores(resultado, "tipo")}>
            {TIPOS_TALLER.map((t) => (
              <option key={t} value={t}>
                {NOMBRE_TIPO_EVENTO[t]}
              </option>
            ))}
          </Select>
          <Field id="titulo" label="Título" required error={errores(resultado, "titulo")} />
          <TextArea id="descripcion" label="Descripción" rows={3} error={errores(resultado, "descripcion")} />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field id="fecha" label="Fecha" type="date" required error={errores(resultado, "fecha")} />
            <Field id="hora" label="Hora de inicio" type="time" required ayuda="Hora de Chile continental." error={errores(resultado, "hora")} />
          </div>
          <Field id="lugar" label="Lugar" ayuda="Dirección y sala, si es presencial." error={errores(resultado, "lugar")} />
          <Field id="enlace" label="Enlace de la reunión en línea" type="url" inputMode="url" placeholder="https://" ayuda="Si es en línea. Indique el lugar, el enlace o ambos." error={errores(resultado, "enlace")} />
          <Select id="regionCut" label="Región" defaultValue="" ayuda="Obligatoria si el taller es presencial." error={errores(resultado, "regionCut")}>
            <option value="">Sin región (solo en línea)</option>
            {regiones.map((r) => (
              <option key={r.cut} value={r.cut}>
                {r.nombre}
              </option>
            ))}
          </Select>
          <Field id="capacidad" label="Capacidad (cupos)" type="number" inputMode="numeric" required defaultValue={30} ayuda="Entre 1 y 1000." error={errores(resultado, "capacidad")} />
          <Button type="submit">{pendiente ? "Creando…" : "Crear taller"}</Button>
        </>
      )}
    </FormularioAccion>
  );
}
