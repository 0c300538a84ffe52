"use client";

// The formulario completo, saved as it is typed (the perfil's autosave: this device first, then the server
// with the draft's version; components/postulaciones/autosave.ts) and sent with the form primitive's hook.
// Repeatable rows (metrics, budget items, hitos, team, risks) are added and removed with buttons; the
// budget's total is compared live with the perfil's requested amount, with the difference in CLP. What the
// submission refuses comes back by field and is shown next to it (a section's own, at the top).
import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { useFieldArray, useWatch, type DefaultValues } from "react-hook-form";
import { leerCopiaPendiente, useAutosave, type EstadoGuardado } from "@/components/postulaciones/autosave";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CampoPesos } from "@/components/ui/campo-pesos";
import { Field, Select, TextArea } from "@/components/ui/field";
import { useFormulario } from "@/components/ui/formulario";
import { formatearClp, formatearNumero } from "@/lib/domain/formato";
import {
  CATEGORIAS_PRESUPUESTO,
  contenidoSchema,
  diferenciaPresupuesto,
  ETIQUETAS,
  MAX_FILAS,
  MAX_SEMANA,
  NOMBRE_CATEGORIA,
  totalPresupuesto,
  type EntradaContenido,
} from "@/lib/domain/formulario-completo";
import { enviarFormularioAction, guardarBorradorFormularioAction } from "@/lib/formulario/server-actions";

type Metrica = { id: string; indicador: string; valor: number; unidad: string };

const TEXTO_ESTADO: Record<EstadoGuardado, string> = {
  guardado: "Guardado",
  pendiente: "Cambios sin guardar…",
  guardando: "Guardando…",
  "sin-conexion": "Sin conexión: sus cambios quedan en este dispositivo y se enviarán al volver la conexión.",
  conflicto: "Este formulario cambió en otra pestaña o dispositivo.",
  error: "No se pudo guardar.",
};

/** Empty rows of each repeatable section, as the form holds them. */
const FILA_VACIA = {
  metricas: { metricaLineaBaseId: "", lineaBase: "", meta: "", unidad: "", medioVerificacion: "" },
  presupuesto: { item: "", categoria: "", monto: null },
  cronograma: { titulo: "", descripcion: "", semana: "", fecha: "" },
  equipo: { nombre: "", rol: "", dedicacion: "" },
  riesgos: { riesgo: "", mitigacion: "" },
} as const;

type Seccion = keyof typeof FILA_VACIA;

/** A row with something typed: removing it asks first. */
const tieneAlgo = (fila: unknown) => Object.values((fila ?? {}) as Record<string, unknown>).some((v) => v !== null && v !== undefined && String(v).trim() !== "");

export function FormularioForm({
  id,
  inicial,
  version,
  metricas,
  montoSolicitado,
  banda,
}: {
  id: string;
  inicial: EntradaContenido;
  version: number;
  metricas: readonly Metrica[];
  montoSolicitado: number | null;
  banda: { min: number; max: number };
}) {
  const router = useRouter();
  const clave = `fondo-idea:formulario:${id}`;
  const [copiaAntigua, setCopiaAntigua] = useState<EntradaContenido | null>(null);

  const f = useFormulario({
    schema: contenidoSchema,
    // The submission sends what is stored, at the version this tab last saved (the autosave's).
    action: async () => enviarFormularioAction(null, { id, version: auto.version.current }),
    valores: inicial as DefaultValues<EntradaContenido>,
    confirmar: "¿Enviar el formulario completo? Después de enviarlo quedará congelado y no podrá editarlo.",
    antesDeEnviar: async () => {
      const sincronizado = await auto.sincronizar();
      if (!sincronizado) {
        return {
          ok: false,
          error: navigator.onLine
            ? (auto.error ?? "No se pudo guardar el último cambio: revise el estado del guardado antes de enviar.")
            : "Necesita conexión a internet para enviar el formulario. Sus cambios están guardados en este dispositivo.",
          fieldErrors: {},
        };
      }
      return null;
    },
    alGuardar: () => {
      auto.olvidarLocal();
      router.push(`/postulante/incubacion/formulario/${id}?enviado=1`);
      router.refresh();
    },
  });
  const { campo, form, contenedor, mensaje, pendiente, enviar } = f;
  const valores = useWatch({ control: form.control }) as EntradaContenido;
  const auto = useAutosave<EntradaContenido>({
    clave,
    valores,
    versionInicial: version,
    guardar: async (v, ver) => {
      const r = await guardarBorradorFormularioAction(null, { ...v, id, version: ver });
      if (r.ok) return { ok: true, version: r.data.version };
      return { ok: false, conflicto: !!r.fieldErrors.version, error: r.error };
    },
  });

  // A copy typed on this device that never reached the server: restored if it was based on this version.
  useEffect(() => {
    const t = setTimeout(() => {
      const copia = leerCopiaPendiente<EntradaContenido>(clave);
      if (!copia) return;
      if (copia.version === version) form.reset(copia.valores, { keepDefaultValues: true });
      else setCopiaAntigua(copia.valores);
    });
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const metricasFilas = useFieldArray({ control: form.control, name: "metricas" });
  const presupuesto = useFieldArray({ control: form.control, name: "presupuesto" });
  const cronograma = useFieldArray({ control: form.control, name: "cronograma" });
  const equipo = useFieldArray({ control: form.control, name: "equipo" });
  const riesgos = useFieldArray({ control: form.control, name: "riesgos" });

  const partidas = (valores.presupuesto ?? []).map((p) => ({ monto: typeof p?.monto === "number" ? p.monto : null }));
  const total = totalPresupuesto(partidas);
  const diferencia = montoSolicitado === null ? null : diferenciaPresupuesto(total, montoSolicitado);

  /** Remove a row, asking first when it has something typed. */
  const quitar = (seccion: Seccion, indice: number, nombre: string, remove: (i: number) => void) => {
    const fila = (valores[seccion] as unknown[] | undefined)?.[indice];
    if (tieneAlgo(fila) && !window.confirm(`¿Quitar ${nombre}? Se perderá lo escrito en esa fila.`)) return;
    remove(indice);
  };

  return (
    <section ref={contenedor} aria-label="Formulario completo">
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
          <p>El formulario cambió desde otro lugar después de esos cambios. ¿Quiere recuperarlos? Reemplazarán lo que ve ahora.</p>
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

      <h2 className="mb-2 mt-4 text-2xl">Teoría de cambio</h2>
      {(["teoriaCambio.problema", "teoriaCambio.actividades", "teoriaCambio.resultados", "teoriaCambio.impacto"] as const).map((k) => (
        <TextArea key={k} id={k.replace(".", "-")} label={ETIQUETAS[k].etiqueta} maxLength={ETIQUETAS[k].max} rows={4} required {...campo(k)} />
      ))}

      <h2 className="mb-2 mt-6 text-2xl">Sostenibilidad y co-producción</h2>
      <TextArea
        id="modeloSostenibilidad"
        label={ETIQUETAS.modeloSostenibilidad.etiqueta}
        maxLength={ETIQUETAS.modeloSostenibilidad.max}
        rows={5}
        required
        ayuda="¿Cómo seguirá funcionando el piloto cuando termine el financiamiento?"
        {...campo("modeloSostenibilidad")}
      />
      <TextArea
        id="planCoproduccion"
        label={ETIQUETAS.planCoproduccion.etiqueta}
        maxLength={ETIQUETAS.planCoproduccion.max}
        rows={5}
        required
        ayuda="¿Cómo participarán las personas usuarias en el diseño, la ejecución y la evaluación?"
        {...campo("planCoproduccion")}
      />

      <Seccion titulo="Métricas, línea base y metas" ayuda="Cada métrica de la línea base del desafío necesita al menos una meta.">
        {metricas.length > 0 && (
          <ul className="mb-3 list-disc pl-5 text-sm">
            {metricas.map((m) => (
              <li key={m.id}>
                {m.indicador}: {formatearNumero(m.valor)} {m.unidad}
              </li>
            ))}
          </ul>
        )}
        {metricasFilas.fields.map((fila, i) => (
          <Fila key={fila.id} titulo={`Métrica ${i + 1}`} onQuitar={() => quitar("metricas", i, `la métrica ${i + 1}`, metricasFilas.remove)}>
            <Select id={`metricas-${i}-metrica`} label="Métrica de la línea base" required {...campo(`metricas.${i}.metricaLineaBaseId`)}>
              <option value="">Seleccione…</option>
              {metricas.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.indicador}
                </option>
              ))}
            </Select>
            <div className="grid gap-x-3 sm:grid-cols-3">
              <Field id={`metricas-${i}-lineaBase`} label="Línea base" maxLength={200} required {...campo(`metricas.${i}.lineaBase`)} />
              <Field id={`metricas-${i}-meta`} label="Meta" maxLength={200} required {...campo(`metricas.${i}.meta`)} />
              <Field id={`metricas-${i}-unidad`} label="Unidad" maxLength={60} required {...campo(`metricas.${i}.unidad`)} />
            </div>
            <Field id={`metricas-${i}-medio`} label="Medio de verificación" maxLength={500} required {...campo(`metricas.${i}.medioVerificacion`)} />
          </Fila>
        ))}
        <Agregar onClick={() => metricasFilas.append({ ...FILA_VACIA.metricas }, { shouldFocus: true })} lleno={metricasFilas.fields.length >= MAX_FILAS.metricas} texto="Agregar métrica" />
      </Seccion>

      <Seccion titulo="Presupuesto" ayuda={`Las partidas deben sumar exactamente el monto solicitado en el perfil${montoSolicitado === null ? "" : ` (${formatearClp(montoSolicitado)})`}, dentro de la banda de ${formatearClp(banda.min)} a ${formatearClp(banda.max)}.`}>
        {presupuesto.fields.map((fila, i) => (
          <Fila key={fila.id} titulo={`Partida ${i + 1}`} onQuitar={() => quitar("presupuesto", i, `la partida ${i + 1}`, presupuesto.remove)}>
            <Field id={`presupuesto-${i}-item`} label="Ítem" maxLength={200} required {...campo(`presupuesto.${i}.item`)} />
            <div className="grid gap-x-3 sm:grid-cols-2">
              <Select id={`presupuesto-${i}-categoria`} label="Categoría" required {...campo(`presupuesto.${i}.categoria`)}>
                <option value="">Seleccione…</option>
                {CATEGORIAS_PRESUPUESTO.map((c) => (
                  <option key={c} value={c}>
                    {NOMBRE_CATEGORIA[c]}
                  </option>
                ))}
              </Select>
              <CampoPesos control={form.control} name={`presupuesto.${i}.monto`} id={`presupuesto-${i}-monto`} label="Monto (pesos)" required error={f.error(`presupuesto.${i}.monto`)} />
            </div>
          </Fila>
        ))}
        <Agregar onClick={() => presupuesto.append({ ...FILA_VACIA.presupuesto }, { shouldFocus: true })} lleno={presupuesto.fields.length >= MAX_FILAS.presupuesto} texto="Agregar partida" />
        <div aria-live="polite" className={`mt-3 border-l-4 p-3 ${diferencia ? "border-aviso bg-[#fdf6e3]" : "border-exito bg-[#e6f4ea]"}`} data-testid="total-presupuesto">
          <p className="font-medium">
            Total de las partidas: {formatearClp(total)}
            {montoSolicitado !== null && <> de {formatearClp(montoSolicitado)} solicitados</>}
          </p>
          <p className="text-sm">{montoSolicitado === null ? "El perfil no tiene monto solicitado." : (diferencia ?? "Las partidas suman exactamente el monto solicitado.")}</p>
        </div>
      </Seccion>

      <Seccion titulo="Cronograma de hitos" ayuda="Para cada hito, indique la semana del piloto o una fecha.">
        {cronograma.fields.map((fila, i) => (
          <Fila key={fila.id} titulo={`Hito ${i + 1}`} onQuitar={() => quitar("cronograma", i, `el hito ${i + 1}`, cronograma.remove)}>
            <Field id={`cronograma-${i}-titulo`} label="Título" maxLength={200} required {...campo(`cronograma.${i}.titulo`)} />
            <TextArea id={`cronograma-${i}-descripcion`} label="Descripción" maxLength={1000} rows={2} required {...campo(`cronograma.${i}.descripcion`)} />
            <div className="grid gap-x-3 sm:grid-cols-2">
              <Field id={`cronograma-${i}-semana`} label="Semana" type="number" inputMode="numeric" min={1} max={MAX_SEMANA} {...campo(`cronograma.${i}.semana`)} />
              <Field id={`cronograma-${i}-fecha`} label="o fecha" type="date" {...campo(`cronograma.${i}.fecha`)} />
            </div>
          </Fila>
        ))}
        <Agregar onClick={() => cronograma.append({ ...FILA_VACIA.cronograma }, { shouldFocus: true })} lleno={cronograma.fields.length >= MAX_FILAS.cronograma} texto="Agregar hito" />
      </Seccion>

      <Seccion titulo="Equipo">
        {equipo.fields.map((fila, i) => (
          <Fila key={fila.id} titulo={`Integrante ${i + 1}`} onQuitar={() => quitar("equipo", i, `a la persona ${i + 1}`, equipo.remove)}>
            <Field id={`equipo-${i}-nombre`} label="Nombre" maxLength={120} autoComplete="off" required {...campo(`equipo.${i}.nombre`)} />
            <div className="grid gap-x-3 sm:grid-cols-2">
              <Field id={`equipo-${i}-rol`} label="Rol" maxLength={120} required {...campo(`equipo.${i}.rol`)} />
              <Field id={`equipo-${i}-dedicacion`} label="Dedicación" placeholder="20 horas semanales" maxLength={120} required {...campo(`equipo.${i}.dedicacion`)} />
            </div>
          </Fila>
        ))}
        <Agregar onClick={() => equipo.append({ ...FILA_VACIA.equipo }, { shouldFocus: true })} lleno={equipo.fields.length >= MAX_FILAS.equipo} texto="Agregar integrante" />
      </Seccion>

      <Seccion titulo="Riesgos y mitigación">
        {riesgos.fields.map((fila, i) => (
          <Fila key={fila.id} titulo={`Riesgo ${i + 1}`} onQuitar={() => quitar("riesgos", i, `el riesgo ${i + 1}`, riesgos.remove)}>
            <TextArea id={`riesgos-${i}-riesgo`} label="Riesgo" maxLength={1000} rows={2} required {...campo(`riesgos.${i}.riesgo`)} />
            <TextArea id={`riesgos-${i}-mitigacion`} label="Mitigación" maxLength={1000} rows={2} required {...campo(`riesgos.${i}.mitigacion`)} />
          </Fila>
        ))}
        <Agregar onClick={() => riesgos.append({ ...FILA_VACIA.riesgos }, { shouldFocus: true })} lleno={riesgos.fields.length >= MAX_FILAS.riesgos} texto="Agregar riesgo" />
      </Seccion>

      <div className="mt-6">{mensaje}</div>
      <Button type="button" onClick={() => void enviar()} disabled={pendiente}>
        {pendiente ? "Enviando…" : "Enviar formulario completo"}
      </Button>
    </section>
  );
}

function Seccion({ titulo, ayuda, children }: { titulo: string; ayuda?: string; children: ReactNode }) {
  return (
    <section className="mt-6" aria-label={titulo}>
      <h2 className="mb-1 text-2xl">{titulo}</h2>
      {ayuda && <p className="mb-3 text-sm">{ayuda}</p>}
      {children}
    </section>
  );
}

function Fila({ titulo, onQuitar, children }: { titulo: string; onQuitar: () => void; children: ReactNode }) {
  return (
    <fieldset className="mb-3 border border-acento p-3">
      <legend className="px-1 font-medium text-titulo">{titulo}</legend>
      {children}
      <Button type="button" variante="secundario" onClick={onQuitar} aria-label={`Quitar ${titulo.toLowerCase()}`}>
        Quitar
      </Button>
    </fieldset>
  );
}

function Agregar({ onClick, lleno, texto }: { onClick: () => void; lleno: boolean; texto: string }) {
  return (
    <Button type="button" variante="secundario" onClick={onClick} disabled={lleno}>
      + {texto}
    </Button>
  );
}
