"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useWatch, type DefaultValues } from "react-hook-form";
import type { z } from "zod";
import { leerCopiaPendiente, useAutosave, type EstadoGuardado } from "@/components/postulaciones/autosave";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Casilla, Field, Grupo, TextArea } from "@/components/ui/field";
import { useFormulario } from "@/components/ui/formulario";
import type { FieldErrors } from "@/lib/actions/result";
import { formatoNota } from "@/lib/domain/nota";
import { notaPonderada } from "@/lib/domain/rubrica";
import type { CriterioParaEvaluar } from "@/lib/evaluacion/queries";
import {
  campoComentario,
  campoNota,
  COMENTARIO_CRITERIO_MAX,
  COMENTARIO_MAX,
  CONFIANZAS,
  envioEvaluacionSchema,
  leerNotaBorrador,
  NOMBRE_CONFIANZA,
  type Confianza,
} from "@/lib/evaluacion/schema";
import { enviarEvaluacionAction, guardarBorradorEvaluacionAction } from "@/lib/evaluacion/server-actions";

export type ValoresEvaluacion = {
  comentario: string;
  confianza: Confianza | "";
  /** By criterion clave; the grade as typed ("5,5"). */
  puntajes: Record<string, { nota: string; comentario: string }>;
};

type Entrada = z.input<typeof envioEvaluacionSchema>;

const TEXTO_ESTADO: Record<EstadoGuardado, string> = {
  guardado: "Guardado",
  pendiente: "Cambios sin guardar…",
  guardando: "Guardando…",
  "sin-conexion": "Sin conexión: sus cambios quedan en este dispositivo y se enviarán al volver la conexión.",
  conflicto: "Esta evaluación cambió en otra pestaña o dispositivo.",
  error: "No se pudo guardar.",
};

/** The warnings of a refused save that belong to a field (not the version conflict, not the form's). */
function deCampos(fieldErrors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).filter(([k]) => k !== "_form" && k !== "version" && k !== "postulacionId"));
}

/** The final grade the typed grades would give, or null while one is missing or unreadable. */
function notaFinalPrevista(v: ValoresEvaluacion, criterios: CriterioParaEvaluar[]): number | null {
  const notas: Record<string, number> = {};
  for (const c of criterios) {
    const n = leerNotaBorrador(v.puntajes?.[c.clave]?.nota ?? "").nota;
    if (n === null) return null;
    notas[c.clave] = n;
  }
  try {
    return notaPonderada(notas, criterios.map((c) => ({ id: c.clave, peso: c.peso })));
  } catch {
    return null;
  }
}

/**
 * The score sheet of one assigned perfil, phone first: per criterion a grade (1,0–7,0, "5,5" or "5.5")
 * and a comment with the criterion's guidance at hand, an overall comment and the evaluator's confidence.
 * Saved as typed (autosave, like the perfil's draft: this device first, then the server, a stale tab
 * refused); a grade that cannot be one is kept on the device and marked next to its field. Sent with
 * the form primitive's hook: the server checks every grade again, computes the final grade and locks it.
 */
export function EvaluacionForm({ postulacionId, criterios, inicial, version }: { postulacionId: string; criterios: CriterioParaEvaluar[]; inicial: ValoresEvaluacion; version: number }) {
  const router = useRouter();
  const clave = `fondo-idea:evaluacion:${postulacionId}`;
  const [avisos, setAvisos] = useState<FieldErrors>({});
  const [copiaAntigua, setCopiaAntigua] = useState<ValoresEvaluacion | null>(null);

  const f = useFormulario({
    schema: envioEvaluacionSchema,
    // The version the autosave last confirmed: a submission from a stale tab is refused like its saves.
    action: (prev: null, input: Entrada) => enviarEvaluacionAction(prev, { ...input, version: auto.version.current }),
    valores: { ...inicial, postulacionId } as DefaultValues<Entrada>,
    confirmar: "¿Enviar la evaluación? Después de enviarla no podrá modificarla.",
    antesDeEnviar: async () => {
      const sincronizado = await auto.sincronizar();
      if (!sincronizado && !navigator.onLine) {
        return { ok: false, error: "Necesita conexión a internet para enviar la evaluación. Sus cambios están guardados en este dispositivo.", fieldErrors: {} };
      }
      return null;
    },
    alGuardar: () => {
      auto.olvidarLocal();
      router.refresh();
    },
  });
  const { form, contenedor, mensaje, pendiente, enviar } = f;
  const { postulacionId: _id, ...valores } = useWatch({ control: form.control }) as ValoresEvaluacion & { postulacionId: string };
  const auto = useAutosave<ValoresEvaluacion>({
    clave,
    valores,
    versionInicial: version,
    guardar: async (v, ver) => {
      const r = await guardarBorradorEvaluacionAction(null, { postulacionId, version: ver, comentario: v.comentario, confianza: v.confianza || null, puntajes: v.puntajes });
      if (r.ok) {
        setAvisos(r.data.avisos);
        return { ok: true, version: r.data.version };
      }
      const deEsos = deCampos(r.fieldErrors);
      if (Object.keys(deEsos).length) setAvisos(deEsos);
      return { ok: false, conflicto: !!r.fieldErrors.version, error: r.fieldErrors._form?.join(" ") ?? r.error };
    },
  });

  // A copy typed on this device that never reached the server (closed tab, lost connection): read after
  // hydration, once.
  useEffect(() => {
    const t = setTimeout(() => {
      const copia = leerCopiaPendiente<ValoresEvaluacion>(clave);
      if (!copia) return;
      if (copia.version === version) form.reset({ ...copia.valores, postulacionId } as Entrada, { keepDefaultValues: true });
      else setCopiaAntigua(copia.valores);
    });
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** The submission's error for the field, else the last save's warning. */
  const err = (nombre: string) => f.error(nombre) ?? avisos[nombre]?.join(" ");
  const conAviso = Object.keys(avisos).length;
  const prevista = notaFinalPrevista(valores, criterios);

  return (
    // Not a <form>: pressing Enter in a grade must not send the evaluation. Autosave and the button drive the actions.
    <section ref={contenedor} aria-label="Evaluación del perfil">
      <p
        role="status"
        aria-live="polite"
        className={`sticky top-0 z-10 mb-4 border-l-4 bg-white p-2 text-sm ${auto.estado === "guardado" ? "border-exito" : auto.estado === "sin-conexion" || auto.estado === "conflicto" || auto.estado === "error" ? "border-aviso" : "border-primario"}`}
        data-estado={auto.estado}
      >
        <strong>{TEXTO_ESTADO[auto.estado]}</strong>
        {auto.estado === "guardado" && auto.guardadoEn && ` (${auto.guardadoEn.toLocaleTimeString("es-CL", { hour: "2-digit", minute: "2-digit", timeZone: "America/Santiago" })})`}
        {auto.error && auto.estado !== "sin-conexion" && <span className="block">{auto.error}</span>}
        {conAviso > 0 && (
          <span className="block">
            {conAviso === 1 ? "Revise la nota marcada" : `Revise las ${conAviso} notas marcadas`}: el resto se guarda igual, pero así no se podrá enviar.
          </span>
        )}
      </p>
      {copiaAntigua && (
        <Alert tipo="aviso" titulo="Hay cambios de una visita anterior en este dispositivo">
          <p>La evaluación cambió desde otro lugar después de esos cambios. ¿Quiere recuperarlos? Reemplazarán lo que ve ahora.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="button" onClick={() => (form.reset({ ...copiaAntigua, postulacionId } as Entrada, { keepDefaultValues: true }), setCopiaAntigua(null))}>
              Recuperar mis cambios
            </Button>
            <Button type="button" variante="secundario" onClick={() => (auto.olvidarLocal(), setCopiaAntigua(null))}>
              Descartarlos
            </Button>
          </div>
        </Alert>
      )}

      {criterios.map((c, i) => (
        <fieldset key={c.clave} className="mb-6 border border-acento p-3" data-campo={`puntajes.${c.clave}`}>
          <legend className="px-1 font-slab text-lg font-bold text-titulo">
            {i + 1}. {c.nombre} <span className="font-normal">({c.peso} %)</span>
          </legend>
          <p className="mb-2 text-sm">{c.descripcion}</p>
          {(c.orientacion || c.ejemplos.length > 0) && (
            <details className="mb-3 bg-neutro p-2 text-sm">
              <summary className="cursor-pointer text-primario underline underline-offset-2">Pauta para evaluar este criterio</summary>
              {c.orientacion && <p className="mt-2 whitespace-pre-line">{c.orientacion}</p>}
              {c.ejemplos.length > 0 && (
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {c.ejemplos.map((e) => (
                    <li key={`${e.nota}-${e.texto.slice(0, 20)}`}>
                      <strong>Nota {formatoNota(e.nota)}:</strong> {e.texto}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          )}
          <Field
            id={`nota-${c.clave}`}
            label={`Nota de «${c.nombre}»`}
            inputMode="decimal"
            autoComplete="off"
            maxLength={5}
            className="mt-1 block w-28 border border-[#767676] bg-white px-3 py-2 text-titulo aria-[invalid=true]:border-2 aria-[invalid=true]:border-error"
            ayuda="De 1,0 a 7,0, con un decimal (por ejemplo, 5,5). El 4,0 es la nota de aprobación."
            {...form.register(campoNota(c.clave) as `puntajes.${string}.nota`)}
            error={err(campoNota(c.clave))}
          />
          <TextArea
            id={`comentario-${c.clave}`}
            label={`Comentario sobre «${c.nombre}»`}
            rows={3}
            maxLength={COMENTARIO_CRITERIO_MAX}
            {...form.register(campoComentario(c.clave) as `puntajes.${string}.comentario`)}
            error={err(campoComentario(c.clave))}
          />
        </fieldset>
      ))}

      <TextArea id="comentario" label="Comentario general" rows={5} maxLength={COMENTARIO_MAX} ayuda="Lo leerá el comité, sin su nombre." {...form.register("comentario")} error={err("comentario")} />

      <Grupo id="confianza" campo="confianza" legend="Su confianza en esta evaluación" required error={err("confianza")} ayuda="¿Qué tan seguro/a está de sus notas? Por ejemplo, baja si el tema le es poco conocido.">
        {CONFIANZAS.map((k) => (
          <Casilla key={k} id={`confianza-${k}`} type="radio" label={NOMBRE_CONFIANZA[k]} value={k} {...form.register("confianza")} />
        ))}
      </Grupo>

      <p className="mb-4 border-l-4 border-oscuro bg-neutro p-3">
        {prevista === null ? (
          "La nota final se calculará cuando todos los criterios tengan una nota válida."
        ) : (
          <>
            Nota final según sus notas: <strong>{formatoNota(prevista)}</strong> (promedio ponderado por el peso de cada criterio).
          </>
        )}
      </p>

      <div className="mt-6">{mensaje}</div>
      <Button type="button" onClick={() => void enviar()} disabled={pendiente}>
        {pendiente ? "Enviando…" : "Enviar evaluación"}
      </Button>
      <p className="mt-2 text-sm">Después de enviarla no podrá modificarla. Verá entonces las evaluaciones de las otras personas que evaluaron este perfil, sin sus nombres.</p>
    </section>
  );
}
