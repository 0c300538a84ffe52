"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { crearTallerSchema, NOMBRE_TIPO_EVENTO, TIPOS_TALLER } from "@/lib/talleres/schema";
import { crearTallerAction } from "@/lib/talleres/server-actions";

const VACIO = { tipo: "TALLER_REGIONAL", titulo: "", descripcion: "", fecha: "", hora: "", lugar: "", enlace: "", regionCut: "", capacidad: "30" } as const;

export function TallerForm({ regiones }: { regiones: { cut: string; nombre: string }[] }) {
  return (
    <Formulario schema={crearTallerSchema} action={crearTallerAction} valores={VACIO} etiqueta="Nuevo taller" limpiarAlGuardar>
      {({ campo, pendiente, resultado }) => (
        <>
          {resultado?.ok && (
            <p className="mb-4">
              <Link href={`/seguimiento/talleres/${resultado.data.id}`}>Ver las inscripciones del taller creado</Link>
            </p>
          )}
          <Select id="tipo" label="Tipo de evento" required {...campo("tipo")}>
            {TIPOS_TALLER.map((t) => (
              <option key={t} value={t}>
                {NOMBRE_TIPO_EVENTO[t]}
              </option>
            ))}
          </Select>
          <Field id="titulo" label="Título" required {...campo("titulo")} />
          <TextArea id="descripcion" label="Descripción" rows={3} {...campo("descripcion")} />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field id="fecha" label="Fecha" type="date" required {...campo("fecha")} />
            <Field id="hora" label="Hora de inicio" type="time" required ayuda="Hora de Chile continental." {...campo("hora")} />
          </div>
          <Field id="lugar" label="Lugar" ayuda="Dirección y sala, si es presencial." {...campo("lugar")} />
          <Field id="enlace" label="Enlace de la reunión en línea" type="url" inputMode="url" placeholder="https://" ayuda="Si es en línea. Indique el lugar, el enlace o ambos." {...campo("enlace")} />
          <Select id="regionCut" label="Región" ayuda="Obligatoria si el taller es presencial." {...campo("regionCut")}>
            <option value="">Sin región (solo en línea)</option>
            {regiones.map((r) => (
              <option key={r.cut} value={r.cut}>
                {r.nombre}
              </option>
            ))}
          </Select>
          <Field id="capacidad" label="Capacidad (cupos)" type="number" inputMode="numeric" required ayuda="Entre 1 y 1000." {...campo("capacidad")} />
          <Button type="submit">{pendiente ? "Creando…" : "Crear taller"}</Button>
        </>
      )}
    </Formulario>
  );
}
