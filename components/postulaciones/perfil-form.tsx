"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { useWatch, type DefaultValues } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CampoPesos } from "@/components/ui/campo-pesos";
import { Casilla, Field, Grupo, Select, TextArea } from "@/components/ui/field";
import { useFormulario } from "@/components/ui/formulario";
import type { FieldErrors } from "@/lib/actions/result";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import { formatearClp } from "@/lib/domain/formato";
import { CAMPOS_PERFIL, envioSchema, NIVELES, NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR, TIPOS_EJECUTOR } from "@/lib/postulaciones/schema";
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
  /** Integer pesos, null when empty; the page (and a copy an older version left on the device) may hold text. */
  montoSolicitado: number | string | null;
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

/** The draft as the autosave sends it: everything as typed; an empty choice is no choice. */
function aBorrador(v: ValoresPerfil) {
  return { ...v, nivelMadurez: v.nivelMadurez || null, tipoEjecutor: v.tipoEjecutor || null, montoSolicitado: v.montoSolicitado ?? null };
}

/** The field errors of an autosave refusal, without those that are not a field's (version conflict, form-level). */
function deCampos(fieldErrors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).filter(([k]) => k !== "_form" && k !== "version" && k !== "id"));
}

/**
 * The perfil: saved as it is typed (autosave: this device first, then the server; see autosave.ts) and
 * sent with the form primitive's hook (it is not a <form>: the attachments widget inside has its own).
 * A draft keeps whatever was typed; what the submission will refuse (an invalid RUT, an amount outside
 * the línea) comes back from each save and is shown next to its field at once, without blocking the save.
 */
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
  const [avisos, setAvisos] = useState<FieldErrors>({});
  const [copiaAntigua, setCopiaAntigua] = useState<ValoresPerfil | null>(null);

  const f = useFormulario({
    schema: envioSchema,
    action: enviarPerfilAction,
    valores: { ...inicial, id } as DefaultValues<z.input<typeof envioSchema>>,
    confirmar: "¿Enviar el perfil? Después de enviarlo no podrá editarlo (sí retirarlo antes del cierre).",
    antesDeEnviar: async () => {
      const sincronizado = await auto.sincronizar();
      if (!sincronizado && !navigator.onLine) {
        return { ok: false, error: "Necesita conexión a internet para enviar el perfil. Sus cambios están guardados en este dispositivo.", fieldErrors: {} };
      }
      return null;
    },
    alGuardar: () => {
      auto.olvidarLocal();
      router.push(`/postulante/perfiles/${id}?enviado=1`);
      router.refresh();
    },
  });
  const { campo, form, contenedor, mensaje, pendiente, enviar } = f;
  const valores = useWatch({ control: form.control }) as ValoresPerfil;
  const auto = useAutosave<ValoresPerfil>({
    clave,
    valores,
    versionInicial: version,
    guardar: async (v, ver) => {
      const r = await guardarBorradorAction(null, { ...aBorrador(v), id, version: ver });
      if (r.ok) {
        setAvisos(r.data.avisos);
        return { ok: true, version: r.data.version };
      }
      // A refusal names its fields when it is about them (not a version conflict, not the deadline).
      const deEsos = deCampos(r.fieldErrors);
      if (Object.keys(deEsos).length) setAvisos(deEsos);
      return { ok: false, conflicto: !!r.fieldErrors.version, error: r.fieldErrors._form?.join(" ") ?? r.error };
    },
  });

  // A copy typed on this device that never reached the server (closed tab, lost connection).
  // Read after hydration (the server has no localStorage), once: later changes are this form's own.
  useEffect(() => {
    const t = setTimeout(() => {
      const copia = leerCopiaPendiente<ValoresPerfil>(clave);
      if (!copia) return;
      if (copia.version === version) form.reset({ ...copia.valores, id } as z.input<typeof envioSchema>, { keepDefaultValues: true });
      else setCopiaAntigua(copia.valores);
    });
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const linea = lineas.find((l) => l.nivelMadurez === valores.nivelMadurez && l.tipoEjecutor === valores.tipoEjecutor);
  const tope = linea ? Math.min(linea.montoMaximo, banda.max) : banda.max;
  /** The submission's error for the field, else the last save's warning. */
  const err = (nombre: keyof ValoresPerfil) => f.error(nombre) ?? avisos[nombre]?.join(" ");
  const conAviso = Object.keys(avisos).length;

  return (
    // Not a <form>: the attachments widget inside has its own form, and forms cannot nest. Nothing here
    // submits natively; autosave and the submit button drive the actions.
    <section ref={contenedor} aria-label="Perfil del proyecto">
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
            {conAviso === 1 ? "Revise el campo marcado" : `Revise los ${conAviso} campos marcados`}: se guarda igual, pero así no se podrá enviar.
          </span>
        )}
      </p>
      {copiaAntigua && (
        <Alert tipo="aviso" titulo="Hay cambios de una visita anterior en este dispositivo">
          <p>El borrador cambió desde otro lugar después de esos cambios. ¿Quiere recuperarlos? Reemplazarán lo que ve ahora.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="button" onClick={() => (form.reset({ ...copiaAntigua, id } as z.input<typeof envioSchema>, { keepDefaultValues: true }), setCopiaAntigua(null))}>
              Recuperar mis cambios
            </Button>
            <Button type="button" variante="secundario" onClick={() => (auto.olvidarLocal(), setCopiaAntigua(null))}>
              Descartarlos
            </Button>
          </div>
        </Alert>
      )}

      <Field id="nombreProyecto" label={CAMPOS_PERFIL.nombreProyecto.etiqueta} maxLength={CAMPOS_PERFIL.nombreProyecto.max} required {...campo("nombreProyecto")} error={err("nombreProyecto")} />
      <div className="mb-2">{lineaBase}</div>
      <TextArea id="problema" label={CAMPOS_PERFIL.problema.etiqueta} rows={6} maxLength={CAMPOS_PERFIL.problema.max} required ayuda="Relacione el problema con la línea base del desafío." {...campo("problema")} error={err("problema")} />
      <TextArea id="solucion" label={CAMPOS_PERFIL.solucion.etiqueta} rows={6} maxLength={CAMPOS_PERFIL.solucion.max} required {...campo("solucion")} error={err("solucion")} />
      <TextArea id="usuarios" label={CAMPOS_PERFIL.usuarios.etiqueta} maxLength={CAMPOS_PERFIL.usuarios.max} required ayuda="¿Quiénes son y cuántas personas participarán?" {...campo("usuarios")} error={err("usuarios")} />
      <TextArea
        id="coproduccion"
        label={CAMPOS_PERFIL.coproduccion.etiqueta}
        maxLength={CAMPOS_PERFIL.coproduccion.max}
        required
        ayuda="¿Cómo participarán en el diseño y la ejecución del piloto?"
        {...campo("coproduccion")}
        error={err("coproduccion")}
      />
      <TextArea id="equipo" label={CAMPOS_PERFIL.equipo.etiqueta} maxLength={CAMPOS_PERFIL.equipo.max} required {...campo("equipo")} error={err("equipo")} />

      <Grupo id="regiones" campo="regiones" legend="Regiones donde se ejecutará" required error={err("regiones")} className="mb-4 border border-acento p-3">
        <div className="grid gap-x-2 sm:grid-cols-2">
          {regiones.map((r) => (
            <Casilla key={r.cut} id={`region-${r.cut}`} label={r.nombre} value={r.cut} {...form.register("regiones")} />
          ))}
        </div>
      </Grupo>

      <h2 className="mb-2 mt-6 text-xl">Organización y línea</h2>
      <Field
        id="organizacionNombre"
        label={CAMPOS_PERFIL.organizacionNombre.etiqueta}
        maxLength={CAMPOS_PERFIL.organizacionNombre.max}
        required
        {...campo("organizacionNombre")}
        error={err("organizacionNombre")}
      />
      <Field id="organizacionRut" label="RUT de la organización" placeholder="65.123.456-5" maxLength={20} autoComplete="off" required {...campo("organizacionRut")} error={err("organizacionRut")} />
      <Select id="tipoEjecutor" label="Tipo de ejecutor" required {...campo("tipoEjecutor")} error={err("tipoEjecutor")}>
        <option value="">Seleccione…</option>
        {TIPOS_EJECUTOR.map((t) => (
          <option key={t} value={t}>
            {NOMBRE_TIPO_EJECUTOR[t]}
          </option>
        ))}
      </Select>
      <Select id="nivelMadurez" label="Nivel de madurez de la idea" required {...campo("nivelMadurez")} error={err("nivelMadurez")}>
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
      <CampoPesos
        control={form.control}
        name="montoSolicitado"
        id="montoSolicitado"
        label="Monto solicitado (pesos)"
        required
        ayuda={`Entre ${formatearClp(banda.min)} y ${formatearClp(tope)}. Escriba solo los números: los puntos se agregan solos.`}
        error={err("montoSolicitado")}
      />

      <div className="mt-6">{adjuntos}</div>

      <div className="mt-6">{mensaje}</div>
      <Button type="button" onClick={() => void enviar()} disabled={pendiente}>
        {pendiente ? "Enviando…" : "Enviar perfil"}
      </Button>
    </section>
  );
}
