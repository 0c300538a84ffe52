"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/ui/action-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import { formatearClp } from "@/lib/domain/formato";
import { CAMPOS_PERFIL, NIVELES, NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR, TIPOS_EJECUTOR } from "@/lib/postulaciones/schema";
import { enviarPerfilAction, guardarBorradorAction } from "@/lib/postulaciones/server-actions";
import { leerCopiaPendiente, useAutosave, type EstadoGuardado } from "./autosave";

export type ValoresPerfil = {
  nombreProyecto: string;
  problema: string;
  solucion: string;
  usuarios: string;
  coproduccion: string;
  equipo: string;
  organizacionNombre: string;
  organizacionRut: string;
  nivelMadurez: string;
  tipoEjecutor: string;
  montoSolicitado: string;
  regiones: string[];
};

type Linea = { nivelMadurez: string; tipoEjecutor: string; montoMaximo: number; adjuntosRequeridos: string[] };

const TEXTO_ESTADO: Record<EstadoGuardado, string> = {
  guardado: "Guardado",
  pendiente: "Cambios sin guardar…",
  guardando: "Guardando…",
  "sin-conexion": "Sin conexión: sus cambios quedan en este dispositivo y se enviarán al volver la conexión.",
  conflicto: "Este borrador cambió en otra pestaña o dispositivo.",
  error: "No se pudo guardar.",
};

function aBorrador(v: ValoresPerfil) {
  return { ...v, nivelMadurez: v.nivelMadurez || null, tipoEjecutor: v.tipoEjecutor || null, montoSolicitado: v.montoSolicitado.trim() };
}

export function PerfilForm({
  id,
  inicial,
  version,
  regiones,
  lineas,
  banda,
  lineaBase,
  adjuntos,
}: {
  id: string;
  inicial: ValoresPerfil;
  version: number;
  regiones: { cut: string; nombre: string }[];
  lineas: Linea[];
  banda: { min: number; max: number };
  lineaBase: ReactNode;
  adjuntos: ReactNode;
}) {
  const router = useRouter();
  const clave = `fondo-idea:perfil:${id}`;
  const { register, control, reset, setError, formState } = useForm<ValoresPerfil>({ defaultValues: inicial });
  const valores = useWatch({ control }) as ValoresPerfil;
  const [resultado, setResultado] = useState<ActionResult | null>(null);
  const [enviando, startTransition] = useTransition();
  const [copiaAntigua, setCopiaAntigua] = useState<ValoresPerfil | null>(null);

  const auto = useAutosave<ValoresPerfil>({
    clave,
    valores,
    versionInicial: version,
    guardar: async (v, ver) => {
      const r = await guardarBorradorAction(null, { id, version: ver, ...aBorrador(v) });
      if (r.ok) return { ok: true, version: r.data.version };
      return { ok: false, conflicto: !!r.fieldErrors.version, error: r.fieldErrors._form?.join(" ") ?? r.error };
    },
  });

  // A copy typed on this device that never reached the server (closed tab, lost connection).
  // Read after hydration (the server has no localStorage), once: later changes are this form's own.
  useEffect(() => {
    const t = setTimeout(() => {
      const copia = leerCopiaPendiente<ValoresPerfil>(clave);
      if (!copia) return;
      if (copia.version === version) reset(copia.valores, { keepDefaultValues: true });
      else setCopiaAntigua(copia.valores);
    });
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const linea = lineas.find((l) => l.nivelMadurez === valores.nivelMadurez && l.tipoEjecutor === valores.tipoEjecutor);
  const tope = linea ? Math.min(linea.montoMaximo, banda.max) : banda.max;
  const err = (campo: string) => (resultado && !resultado.ok ? resultado.fieldErrors[campo] : undefined) ?? formState.errors[campo as keyof ValoresPerfil]?.message;

  const enviar = () => {
    if (!window.confirm("¿Enviar el perfil? Después de enviarlo no podrá editarlo (sí retirarlo antes del cierre).")) return;
    startTransition(async () => {
      const sincronizado = await auto.sincronizar();
      if (!sincronizado && !navigator.onLine) {
        setResultado({ ok: false, error: "Necesita conexión a internet para enviar el perfil. Sus cambios están guardados en este dispositivo.", fieldErrors: {} });
        return;
      }
      try {
        const r = await enviarPerfilAction(null, { id, ...valores, montoSolicitado: valores.montoSolicitado.trim() });
        setResultado(r);
        if (r.ok) {
          auto.olvidarLocal();
          router.push(`/postulante/perfiles/${id}?enviado=1`);
          router.refresh();
          return;
        }
        for (const [campo, m] of Object.entries(r.fieldErrors)) if (campo in inicial) setError(campo as keyof ValoresPerfil, { message: m.join(" ") });
        document.getElementById("resultado-envio")?.focus();
      } catch {
        setResultado({ ok: false, error: "Se perdió la conexión al enviar. Su perfil sigue guardado: intente de nuevo.", fieldErrors: {} });
      }
    });
  };

  return (
    // Not a <form>: the attachments widget inside has its own form, and forms cannot nest. Nothing here
    // submits natively; autosave and the submit button drive the actions.
    <section aria-label="Perfil del proyecto">
      <p
        role="status"
        aria-live="polite"
        className={`sticky top-0 z-10 mb-4 border-l-4 bg-white p-2 text-sm ${auto.estado === "guardado" ? "border-exito" : auto.estado === "sin-conexion" || auto.estado === "conflicto" || auto.estado === "error" ? "border-aviso" : "border-primario"}`}
        data-estado={auto.estado}
      >
        <strong>{TEXTO_ESTADO[auto.estado]}</strong>
        {auto.estado === "guardado" && auto.guardadoEn && ` (${auto.guardadoEn.toLocaleTimeString("es-CL", { hour: "2-digit", minute: "2-digit", timeZone: "America/Santiago" })})`}
        {auto.error && auto.estado !== "sin-conexion" && <span className="block">{auto.error}</span>}
      </p>
      {copiaAntigua && (
        <Alert tipo="aviso" titulo="Hay cambios de una visita anterior en este dispositivo">
          <p>El borrador cambió desde otro lugar después de esos cambios. ¿Quiere recuperarlos? Reemplazarán lo que ve ahora.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="button" onClick={() => (reset(copiaAntigua, { keepDefaultValues: true }), setCopiaAntigua(null))}>
              Recuperar mis cambios
            </Button>
            <Button type="button" variante="secundario" onClick={() => (auto.olvidarLocal(), setCopiaAntigua(null))}>
              Descartarlos
            </Button>
          </div>
        </Alert>
      )}

      <Field id="nombreProyecto" label={CAMPOS_PERFIL.nombreProyecto.etiqueta} maxLength={120} required error={err("nombreProyecto")} {...register("nombreProyecto")} />
      <div className="mb-2">{lineaBase}</div>
      <TextArea id="problema" label={CAMPOS_PERFIL.problema.etiqueta} rows={6} maxLength={3000} required ayuda="Relacione el problema con la línea base del desafío." error={err("problema")} {...register("problema")} />
      <TextArea id="solucion" label={CAMPOS_PERFIL.solucion.etiqueta} rows={6} maxLength={3000} required error={err("solucion")} {...register("solucion")} />
      <TextArea id="usuarios" label={CAMPOS_PERFIL.usuarios.etiqueta} maxLength={2000} required ayuda="¿Quiénes son y cuántas personas participarán?" error={err("usuarios")} {...register("usuarios")} />
      <TextArea id="coproduccion" label={CAMPOS_PERFIL.coproduccion.etiqueta} maxLength={2000} required ayuda="¿Cómo participarán en el diseño y la ejecución del piloto?" error={err("coproduccion")} {...register("coproduccion")} />
      <TextArea id="equipo" label={CAMPOS_PERFIL.equipo.etiqueta} maxLength={2000} required error={err("equipo")} {...register("equipo")} />

      <fieldset className="mb-4 border border-acento p-3">
        <legend className="px-1 font-medium text-titulo">Regiones donde se ejecutará *</legend>
        {err("regiones") && <p className="mb-2 text-sm font-medium text-error">{err("regiones")}</p>}
        <div className="grid gap-1 sm:grid-cols-2">
          {regiones.map((r) => (
            <label key={r.cut} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" value={r.cut} className="h-5 w-5" {...register("regiones")} />
              {r.nombre}
            </label>
          ))}
        </div>
      </fieldset>

      <h2 className="mb-2 mt-6 text-xl">Organización y línea</h2>
      <Field id="organizacionNombre" label={CAMPOS_PERFIL.organizacionNombre.etiqueta} required error={err("organizacionNombre")} {...register("organizacionNombre")} />
      <Field id="organizacionRut" label="RUT de la organización" placeholder="65.123.456-7" required error={err("organizacionRut")} {...register("organizacionRut")} />
      <Select id="tipoEjecutor" label="Tipo de ejecutor" required error={err("tipoEjecutor")} {...register("tipoEjecutor")}>
        <option value="">Seleccione…</option>
        {TIPOS_EJECUTOR.map((t) => (
          <option key={t} value={t}>
            {NOMBRE_TIPO_EJECUTOR[t]}
          </option>
        ))}
      </Select>
      <Select id="nivelMadurez" label="Nivel de madurez de la idea" required error={err("nivelMadurez")} {...register("nivelMadurez")}>
        <option value="">Seleccione…</option>
        {NIVELES.map((n) => (
          <option key={n} value={n}>
            {NOMBRE_NIVEL[n]}
          </option>
        ))}
      </Select>
      {valores.nivelMadurez && valores.tipoEjecutor && (
        <div className="mb-4 bg-neutro p-3 text-sm" aria-live="polite">
          {linea ? (
            <>
              Línea abierta. Monto máximo: <strong>{formatearClp(tope)}</strong>. Documentos exigidos:{" "}
              {linea.adjuntosRequeridos.length ? linea.adjuntosRequeridos.map((d) => NOMBRE_DOCUMENTO[d] ?? d).join(", ") : "ninguno"}.
            </>
          ) : (
            <strong>Esta combinación de madurez y tipo de ejecutor no está abierta en esta convocatoria.</strong>
          )}
        </div>
      )}
      <Field
        id="montoSolicitado"
        label="Monto solicitado (pesos)"
        inputMode="numeric"
        required
        ayuda={`Entre ${formatearClp(banda.min)} y ${formatearClp(tope)}, sin puntos.`}
        error={err("montoSolicitado")}
        {...register("montoSolicitado")}
      />

      <div className="mt-6">{adjuntos}</div>

      <div id="resultado-envio" tabIndex={-1} className="mt-6">
        <ActionMessage state={resultado} />
      </div>
      <Button type="button" onClick={enviar} disabled={enviando}>
        {enviando ? "Enviando…" : "Enviar perfil"}
      </Button>
    </section>
  );
}
