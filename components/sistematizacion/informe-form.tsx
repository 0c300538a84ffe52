"use client";

// The pilot's final report, saved as it is typed (the formulario completo's autosave: this device first,
// then the server with the report's version) and sent with the form primitive's hook. Phone first: each
// metric is a card that reads línea base → meta → resultado, with the progress it means in words; the costs
// are one card per budget category with the executed amount; then the recommendation and its reasons.
// What the submission refuses comes back by field and is shown next to it.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useWatch, type DefaultValues } from "react-hook-form";
import { leerCopiaPendiente, useAutosave, type EstadoGuardado } from "@/components/postulaciones/autosave";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CampoPesos } from "@/components/ui/campo-pesos";
import { Casilla, Field, Grupo, TextArea } from "@/components/ui/field";
import { useFormulario } from "@/components/ui/formulario";
import { formatearClp, formatearNumero } from "@/lib/domain/formato";
import {
  avanceMetrica,
  contenidoSistematizacionSchema,
  DESCRIPCION_RECOMENDACION,
  leerNumero,
  MAX_FUNDAMENTO,
  MIN_FUNDAMENTO,
  nombreCategoria,
  NOMBRE_RECOMENDACION,
  RECOMENDACIONES,
  SECCIONES,
  type EntradaSistematizacion,
} from "@/lib/domain/sistematizacion";
import { enviarSistematizacionAction, guardarBorradorSistematizacionAction } from "@/lib/sistematizacion/server-actions";

const TEXTO_ESTADO: Record<EstadoGuardado, string> = {
  guardado: "Guardado",
  pendiente: "Cambios sin guardar…",
  guardando: "Guardando…",
  "sin-conexion": "Sin conexión: sus cambios quedan en este dispositivo y se enviarán al volver la conexión.",
  conflicto: "Este informe cambió en otra pestaña o dispositivo.",
  error: "No se pudo guardar.",
};

const AYUDA: Record<keyof typeof SECCIONES, string> = {
  loRealizado: "¿Qué hizo el piloto, con quiénes, dónde y durante cuánto tiempo?",
  aprendizajes: "¿Qué funcionó, qué no y por qué? ¿Qué haría distinto?",
  evidenciaCoproduccion: "¿Cómo participaron las personas usuarias? Mencione actas, talleres, registros o testimonios.",
};

/** A stored number as the result input shows it (decimal comma). */
const comoTexto = (n: unknown) => (typeof n === "number" ? String(n).replace(".", ",") : typeof n === "string" ? n : "");

export function InformeForm({ id, inicial, version }: { id: string; inicial: EntradaSistematizacion; version: number }) {
  const router = useRouter();
  const clave = `fondo-idea:sistematizacion:${id}`;
  const [copiaAntigua, setCopiaAntigua] = useState<EntradaSistematizacion | null>(null);
  const valoresIniciales = {
    ...inicial,
    recomendacion: inicial.recomendacion ?? "",
    resultadosMetricas: (inicial.resultadosMetricas ?? []).map((m) => ({ ...m, resultado: comoTexto(m.resultado) })),
  } as DefaultValues<EntradaSistematizacion>;

  const f = useFormulario({
    schema: contenidoSistematizacionSchema,
    // The submission sends what is stored, at the version this tab last saved (the autosave's).
    action: async () => enviarSistematizacionAction(null, { id, version: auto.version.current }),
    valores: valoresIniciales,
    confirmar: "¿Enviar el informe final a revisión? Mientras el equipo FOSIS lo revisa no podrá editarlo.",
    antesDeEnviar: async () => {
      const sincronizado = await auto.sincronizar();
      if (!sincronizado) {
        return {
          ok: false,
          error: navigator.onLine
            ? (auto.error ?? "No se pudo guardar el último cambio: revise el estado del guardado antes de enviar.")
            : "Necesita conexión a internet para enviar el informe. Sus cambios están guardados en este dispositivo.",
          fieldErrors: {},
        };
      }
      return null;
    },
    alGuardar: () => {
      auto.olvidarLocal();
      router.refresh();
    },
  });
  const { campo, form, contenedor, mensaje, pendiente, enviar } = f;
  const valores = useWatch({ control: form.control }) as EntradaSistematizacion;
  const auto = useAutosave<EntradaSistematizacion>({
    clave,
    valores,
    versionInicial: version,
    guardar: async (v, ver) => {
      const r = await guardarBorradorSistematizacionAction(null, { ...v, id, version: ver });
      if (r.ok) return { ok: true, version: r.data.version };
      return { ok: false, conflicto: !!r.fieldErrors.version, error: r.error };
    },
  });

  // A copy typed on this device that never reached the server: restored if it was based on this version.
  useEffect(() => {
    const t = setTimeout(() => {
      const copia = leerCopiaPendiente<EntradaSistematizacion>(clave);
      if (!copia) return;
      if (copia.version === version) form.reset(copia.valores, { keepDefaultValues: true });
      else setCopiaAntigua(copia.valores);
    });
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const metricas = inicial.resultadosMetricas ?? [];
  const costos = inicial.costos ?? [];
  const ejecutadoTotal = (valores.costos ?? []).reduce<number>((s, c) => s + (typeof c?.ejecutado === "number" ? c.ejecutado : 0), 0);
  const presupuestadoTotal = costos.reduce<number>((s, c) => s + (typeof c.presupuestado === "number" ? c.presupuestado : 0), 0);
  const largoFundamento = (valores.fundamentoRecomendacion ?? "").trim().length;

  return (
    <section ref={contenedor} aria-label="Informe final del piloto">
      <p
        role="status"
        aria-live="polite"
        data-estado={auto.estado}
        className={`sticky top-0 z-10 mb-4 border-l-4 bg-white p-2 text-sm ${auto.estado === "guardado" ? "border-exito" : auto.estado === "sin-conexion" || auto.estado === "conflicto" || auto.estado === "error" ? "border-aviso" : "border-primario"}`}
      >
        <strong>{TEXTO_ESTADO[auto.estado]}</strong>
        {auto.estado === "guardado" && auto.guardadoEn && ` (${auto.guardadoEn.toLocaleTimeString("es-CL", { hour: "2-digit", minute: "2-digit", timeZone: "America/Santiago" })})`}
        {auto.error && auto.estado !== "sin-conexion" && <span className="block">{auto.error}</span>}
      </p>
      {copiaAntigua && (
        <Alert tipo="aviso" titulo="Hay cambios de una visita anterior en este dispositivo">
          <p>El informe cambió desde otro lugar después de esos cambios. ¿Quiere recuperarlos? Reemplazarán lo que ve ahora.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="button" onClick={() => (form.reset(copiaAntigua, { keepDefaultValues: true }), setCopiaAntigua(null))}>
              Recuperar mis cambios
            </Button>
            <Button type="button" variante="secundario" onClick={() => (auto.olvidarLocal(), setCopiaAntigua(null))}>
              Descartarlos
            </Button>
          </div>
        </Alert>
      )}

      <h2 className="mb-2 mt-4 text-2xl">El piloto</h2>
      {(Object.keys(SECCIONES) as (keyof typeof SECCIONES)[]).map((k) => (
        <TextArea key={k} id={k} label={SECCIONES[k].etiqueta} maxLength={SECCIONES[k].max} rows={5} required ayuda={AYUDA[k]} {...campo(k)} />
      ))}

      <section className="mt-6" aria-labelledby="titulo-metricas">
        <h2 id="titulo-metricas" className="mb-1 text-2xl">
          Resultados frente a la línea base
        </h2>
        <p className="mb-3 text-sm">La línea base es la del desafío; la meta, la de su formulario completo. Indique el resultado medido al cierre del piloto.</p>
        {metricas.length === 0 && <p>El desafío no tiene métricas de línea base.</p>}
        {metricas.map((m, i) => {
          const resultado = leerNumero(valores.resultadosMetricas?.[i]?.resultado);
          const avance = avanceMetrica(m.lineaBase ?? null, m.meta ?? null, resultado);
          return (
            <fieldset key={m.metricaLineaBaseId} className="mb-3 border border-acento p-3">
              <legend className="px-1 font-medium text-titulo">{m.indicador}</legend>
              <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-medium">Línea base</dt>
                <dd>{typeof m.lineaBase === "number" ? `${formatearNumero(m.lineaBase)} ${m.unidad ?? ""}` : "—"}</dd>
                <dt className="font-medium">Meta</dt>
                <dd>{m.metaTexto ? m.metaTexto : typeof m.meta === "number" ? formatearNumero(m.meta) : "Sin meta en el formulario"}</dd>
              </dl>
              <Field id={`resultado-${i}`} label={`Resultado (${m.unidad || "valor"})`} inputMode="decimal" autoComplete="off" required {...campo(`resultadosMetricas.${i}.resultado`)} />
              <p className="-mt-2 mb-3 text-sm" aria-live="polite">
                {resultado === null ? "Escriba el resultado para ver cuánto avanzó hacia la meta." : avance.texto}
              </p>
              <TextArea id={`comentario-${i}`} label="Comentario (cómo se midió, qué explica el resultado)" maxLength={1000} rows={2} {...campo(`resultadosMetricas.${i}.comentario`)} />
            </fieldset>
          );
        })}
      </section>

      <section className="mt-6" aria-labelledby="titulo-costos">
        <h2 id="titulo-costos" className="mb-1 text-2xl">
          Costos
        </h2>
        <p className="mb-3 text-sm">Lo presupuestado viene de su formulario completo, por categoría. Indique cuánto se ejecutó en cada una.</p>
        {costos.length === 0 && <p>Su formulario completo no tiene partidas de presupuesto.</p>}
        {costos.map((c, i) => (
          <fieldset key={c.categoria} className="mb-3 border border-acento p-3">
            <legend className="px-1 font-medium text-titulo">{nombreCategoria(c.categoria ?? "")}</legend>
            <p className="mb-2 text-sm">Presupuestado: {formatearClp(c.presupuestado ?? 0)}</p>
            <CampoPesos control={form.control} name={`costos.${i}.ejecutado`} id={`ejecutado-${i}`} label="Ejecutado (pesos)" required error={f.error(`costos.${i}.ejecutado`)} />
          </fieldset>
        ))}
        {costos.length > 0 && (
          <p className="border-l-4 border-primario p-2" aria-live="polite" data-testid="total-costos">
            Ejecutado {formatearClp(ejecutadoTotal)} de {formatearClp(presupuestadoTotal)} presupuestados.
          </p>
        )}
      </section>

      <section className="mt-6" aria-labelledby="titulo-recomendacion">
        <h2 id="titulo-recomendacion" className="mb-2 text-2xl">
          Recomendación
        </h2>
        <Grupo id="recomendacion" campo="recomendacion" legend="¿Qué recomienda hacer con este piloto?" required error={f.error("recomendacion")}>
          {RECOMENDACIONES.map((r) => (
            <Casilla key={r} id={`recomendacion-${r}`} type="radio" value={r} label={NOMBRE_RECOMENDACION[r]} ayuda={DESCRIPCION_RECOMENDACION[r]} {...campo("recomendacion")} error={undefined} />
          ))}
        </Grupo>
        <TextArea
          id="fundamentoRecomendacion"
          label="Fundamento de la recomendación"
          maxLength={MAX_FUNDAMENTO}
          rows={5}
          required
          ayuda={`Al menos ${MIN_FUNDAMENTO} caracteres (lleva ${largoFundamento}). Apóyese en los resultados y los aprendizajes.`}
          {...campo("fundamentoRecomendacion")}
        />
      </section>

      <div className="mt-6">{mensaje}</div>
      <Button type="button" onClick={() => void enviar()} disabled={pendiente}>
        {pendiente ? "Enviando…" : "Enviar informe final a revisión"}
      </Button>
    </section>
  );
}
