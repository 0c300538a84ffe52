"use client";

import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { Formulario, type AccionFormulario } from "@/components/ui/formulario";
import { desafioCamposSchema } from "@/lib/desafios/schema";
import { crearDesafioAction, editarDesafioAction } from "@/lib/desafios/server-actions";

type Entrada = z.input<typeof desafioCamposSchema>;

const metricaVacia = { indicador: "", valor: "", unidad: "", fuente: "", fecha: "" };

/** New desafío, or (with `id`) its edition: the same fields; editing also sends the id. */
export function DesafioForm({
  id,
  inicial,
  grupos,
  regiones,
  editable,
}: {
  id?: string;
  inicial?: Entrada;
  grupos: { id: string; nombre: string }[];
  regiones: { cut: string; nombre: string }[];
  editable: boolean;
}) {
  const router = useRouter();
  const guardar: AccionFormulario<Entrada, { id: string }> = (prev, valores) => (id ? editarDesafioAction(prev, { ...valores, id }) : crearDesafioAction(prev, valores));
  return (
    <Formulario
      schema={desafioCamposSchema}
      action={guardar}
      valores={inicial ?? { titulo: "", resumen: "", descripcion: "", grupoVulnerableId: "", alcance: "NACIONAL", metricas: [metricaVacia] }}
      etiqueta={id ? "Editar desafío" : "Nuevo desafío"}
      deshabilitado={!editable}
      alGuardar={(data) => (id ? router.refresh() : router.push(`/admin/desafios/${data.id}?creado=1`))}
    >
      {(f) => <CamposDesafio f={f} id={id} grupos={grupos} regiones={regiones} />}
    </Formulario>
  );
}

function CamposDesafio({
  f,
  id,
  grupos,
  regiones,
}: {
  f: Formulario<typeof desafioCamposSchema, { id: string }>;
  id?: string;
  grupos: { id: string; nombre: string }[];
  regiones: { cut: string; nombre: string }[];
}) {
  const { campo, error, form, pendiente } = f;
  const metricas = useFieldArray({ control: form.control, name: "metricas" });
  const alcance = useWatch({ control: form.control, name: "alcance" });
  return (
    <>
      <Field id="titulo" label="Título" required {...campo("titulo")} />
      <TextArea id="resumen" label="Resumen (una pregunta en lenguaje simple)" rows={2} required {...campo("resumen")} />
      <TextArea id="descripcion" label="Descripción" rows={6} required {...campo("descripcion")} />
      <Select id="grupoVulnerableId" label="Grupo vulnerable (Compromiso País)" required {...campo("grupoVulnerableId")}>
        <option value="">Seleccione…</option>
        {grupos.map((g) => (
          <option key={g.id} value={g.id}>
            {g.nombre}
          </option>
        ))}
      </Select>
      <Select id="alcance" label="Alcance" required {...campo("alcance")}>
        <option value="NACIONAL">Nacional</option>
        <option value="REGIONAL">Regional</option>
      </Select>
      {alcance === "REGIONAL" && (
        <Select id="regionCut" label="Región" required error={error("regionCut")} {...form.register("regionCut", { setValueAs: (v) => v || undefined })}>
          <option value="">Seleccione…</option>
          {regiones.map((r) => (
            <option key={r.cut} value={r.cut}>
              {r.nombre}
            </option>
          ))}
        </Select>
      )}

      <h2 className="mb-2 mt-6 text-xl">Métricas de línea base</h2>
      <div data-campo="metricas">
        {error("metricas") && <p className="mb-2 text-sm font-medium text-error">{error("metricas")}</p>}
      </div>
      {metricas.fields.map((m, i) => (
        <fieldset key={m.id} className="mb-4 border border-acento p-3">
          <legend className="px-1 font-medium text-titulo">Métrica {i + 1}</legend>
          <Field id={`m-${i}-indicador`} label="Indicador" required {...campo(`metricas.${i}.indicador`)} />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field id={`m-${i}-valor`} label="Valor" inputMode="decimal" required {...campo(`metricas.${i}.valor`)} />
            <Field id={`m-${i}-unidad`} label="Unidad" required {...campo(`metricas.${i}.unidad`)} />
            <Field id={`m-${i}-fuente`} label="Fuente" required {...campo(`metricas.${i}.fuente`)} />
            <Field id={`m-${i}-fecha`} label="Fecha de la medición" type="date" required {...campo(`metricas.${i}.fecha`)} />
          </div>
          {metricas.fields.length > 1 && (
            <Button type="button" variante="secundario" onClick={() => metricas.remove(i)}>
              Quitar métrica {i + 1}
            </Button>
          )}
        </fieldset>
      ))}
      {metricas.fields.length < 10 && (
        <Button type="button" variante="secundario" onClick={() => metricas.append(metricaVacia)}>
          Agregar métrica
        </Button>
      )}
      <div className="mt-6">
        <Button type="submit">{pendiente ? "Guardando…" : id ? "Guardar cambios" : "Crear desafío"}</Button>
      </div>
    </>
  );
}
