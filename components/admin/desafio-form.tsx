"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { desafioCamposSchema } from "@/lib/desafios/schema";
import { crearDesafioAction, editarDesafioAction } from "@/lib/server-actions";

type Entrada = z.input<typeof desafioCamposSchema>;
type Salida = z.output<typeof desafioCamposSchema>;

const metricaVacia = { indicador: "", valor: "", unidad: "", fuente: "", fecha: "" };

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
  const [estado, setEstado] = useState<ActionResult | null>(null);
  const [pendiente, startTransition] = useTransition();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Entrada, unknown, Salida>({
    resolver: zodResolver(desafioCamposSchema),
    defaultValues: inicial ?? { titulo: "", resumen: "", descripcion: "", grupoVulnerableId: "", alcance: "NACIONAL", metricas: [metricaVacia] },
  });
  const metricas = useFieldArray({ control, name: "metricas" });
  const alcance = useWatch({ control, name: "alcance" });

  const enviar = handleSubmit((valores) =>
    startTransition(async () => {
      const r = id ? await editarDesafioAction(null, { ...valores, id }) : await crearDesafioAction(null, valores);
      setEstado(r);
      if (!r.ok) {
        for (const [campo, m] of Object.entries(r.fieldErrors)) setError(campo as keyof Entrada, { message: m.join(" ") });
        return;
      }
      if (!id) router.push(`/admin/desafios/${(r.data as { id: string }).id}?creado=1`);
      else router.refresh();
    }),
  );

  const err = (m?: { message?: string }) => m?.message;

  return (
    <form onSubmit={enviar} noValidate aria-label={id ? "Editar desafío" : "Nuevo desafío"}>
      <ActionMessage state={estado} />
      <fieldset disabled={!editable || pendiente} className="contents">
        <Field id="titulo" label="Título" required error={err(errors.titulo)} {...register("titulo")} />
        <TextArea id="resumen" label="Resumen (una pregunta en lenguaje simple)" rows={2} required error={err(errors.resumen)} {...register("resumen")} />
        <TextArea id="descripcion" label="Descripción" rows={6} required error={err(errors.descripcion)} {...register("descripcion")} />
        <Select id="grupoVulnerableId" label="Grupo vulnerable (Compromiso País)" required error={err(errors.grupoVulnerableId)} {...register("grupoVulnerableId")}>
          <option value="">Seleccione…</option>
          {grupos.map((g) => (
            <option key={g.id} value={g.id}>
              {g.nombre}
            </option>
          ))}
        </Select>
        <Select id="alcance" label="Alcance" required error={err(errors.alcance)} {...register("alcance")}>
          <option value="NACIONAL">Nacional</option>
          <option value="REGIONAL">Regional</option>
        </Select>
        {alcance === "REGIONAL" && (
          <Select id="regionCut" label="Región" required error={err(errors.regionCut)} {...register("regionCut", { setValueAs: (v) => v || undefined })}>
            <option value="">Seleccione…</option>
            {regiones.map((r) => (
              <option key={r.cut} value={r.cut}>
                {r.nombre}
              </option>
            ))}
          </Select>
        )}

        <h2 className="mb-2 mt-6 text-xl">Métricas de línea base</h2>
        {errors.metricas?.message && (
          <p className="mb-2 text-sm font-medium text-error" role="alert">
            {errors.metricas.message}
          </p>
        )}
        {metricas.fields.map((f, i) => (
          <fieldset key={f.id} className="mb-4 border border-acento p-3">
            <legend className="px-1 font-medium text-titulo">Métrica {i + 1}</legend>
            <Field id={`m-${i}-indicador`} label="Indicador" required error={err(errors.metricas?.[i]?.indicador)} {...register(`metricas.${i}.indicador`)} />
            <div className="grid gap-x-4 sm:grid-cols-2">
              <Field id={`m-${i}-valor`} label="Valor" inputMode="decimal" required error={err(errors.metricas?.[i]?.valor)} {...register(`metricas.${i}.valor`)} />
              <Field id={`m-${i}-unidad`} label="Unidad" required error={err(errors.metricas?.[i]?.unidad)} {...register(`metricas.${i}.unidad`)} />
              <Field id={`m-${i}-fuente`} label="Fuente" required error={err(errors.metricas?.[i]?.fuente)} {...register(`metricas.${i}.fuente`)} />
              <Field id={`m-${i}-fecha`} label="Fecha de la medición" type="date" required error={err(errors.metricas?.[i]?.fecha)} {...register(`metricas.${i}.fecha`)} />
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
      </fieldset>
    </form>
  );
}
