"use client";

// The person's own data-rights forms on /cuenta/datos (Ley 21.719): correct their name and region
// (datos.rectificar), and ask staff to rectify other data or to erase everything (datos.solicitar). The
// erasure asks for confirmation first: once resolved, the account is closed for good. A sent request
// replaces its form with «Ya tiene una solicitud … pendiente» when the page refreshes: inside an
// AvisoPersistente (as /cuenta/datos places them) its receipt outlives the form.
import { useAvisoPersistente } from "@/components/ui/aviso-persistente";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { rectificarSchema, solicitarSchema } from "@/lib/datos-personales/schema";
import { rectificarDatosAction, solicitarDatosAction } from "@/lib/datos-personales/server-actions";
import { REGIONES, type CodigoRegion } from "@/lib/domain/regiones";

export function RectificarForm({ nombre, regionCut, regionBloqueada }: { nombre: string; regionCut: CodigoRegion | null; regionBloqueada: boolean }) {
  return (
    <Formulario schema={rectificarSchema} action={rectificarDatosAction} valores={{ nombre, regionCut: regionCut ?? "" }} seguirValores etiqueta="Corregir mi nombre y mi región">
      {({ campo, pendiente }) => (
        <>
          <Field id="rectificar-nombre" label="Nombre completo" required autoComplete="name" {...campo("nombre")} />
          {regionBloqueada ? (
            <p className="mb-4">Su región define qué perfiles revisa: para cambiarla, pida una rectificación (más abajo).</p>
          ) : (
            <Select id="rectificar-region" label="Región donde vive" {...campo("regionCut")}>
              <option value="">Sin indicar</option>
              {REGIONES.map((r) => (
                <option key={r.cut} value={r.cut}>
                  {r.nombre}
                </option>
              ))}
            </Select>
          )}
          <Button type="submit">{pendiente ? "Guardando…" : "Guardar corrección"}</Button>
        </>
      )}
    </Formulario>
  );
}

export function SolicitarRectificacionForm({ pendiente: abierta }: { pendiente: boolean }) {
  const avisar = useAvisoPersistente();
  if (abierta) return <p>Ya tiene una solicitud de rectificación pendiente (vea «Sus solicitudes»).</p>;
  return (
    <Formulario schema={solicitarSchema} action={solicitarDatosAction} valores={{ tipo: "RECTIFICACION", detalle: "" }} limpiarAlGuardar avisar={avisar} etiqueta="Pedir una rectificación">
      {({ campo, pendiente }) => (
        <>
          <TextArea
            id="solicitud-detalle"
            label="¿Qué dato está mal y cuál es el correcto?"
            required
            rows={3}
            ayuda="Por ejemplo, su correo o su RUT. El equipo FOSIS lo revisará y le responderá por correo."
            {...campo("detalle")}
          />
          <Button type="submit">{pendiente ? "Enviando…" : "Pedir la rectificación"}</Button>
        </>
      )}
    </Formulario>
  );
}

export function SolicitarSupresionForm({ pendiente: abierta }: { pendiente: boolean }) {
  const avisar = useAvisoPersistente();
  if (abierta) return <p>Ya tiene una solicitud de supresión pendiente (vea «Sus solicitudes»).</p>;
  return (
    <Formulario
      schema={solicitarSchema}
      action={solicitarDatosAction}
      valores={{ tipo: "SUPRESION", detalle: "" }}
      limpiarAlGuardar
      avisar={avisar}
      etiqueta="Pedir la supresión de mis datos"
      confirmar="¿Pedir que se borren sus datos personales? Cuando el equipo FOSIS la resuelva, su cuenta quedará cerrada y no podrá volver a ingresar con ella."
    >
      {({ campo, pendiente }) => (
        <>
          <TextArea id="supresion-detalle" label="Comentario (opcional)" rows={2} {...campo("detalle")} />
          <Button type="submit" variante="peligro">
            {pendiente ? "Enviando…" : "Pedir la supresión de mis datos"}
          </Button>
        </>
      )}
    </Formulario>
  );
}
