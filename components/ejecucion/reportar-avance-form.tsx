"use client";

// The team's progress report of one hito: what was done, the % of the hito and up to five evidence files.
// Sent by fetch as multipart to /api/ejecucion/reportes (a route handler, not a server action: server actions
// cap bodies at 1 MB, docs/decisions/0005-adjuntos.md); its outcome follows the form primitive's conventions
// (the live-region message, each error next to its field, the focus on the first marked field after a refusal).
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { enfocarResultado, MensajeFormulario } from "@/components/ui/formulario";
import { MENSAJE_REVISE } from "@/components/ui/formulario-errores";
import type { ActionResult } from "@/lib/actions/result";
import { ADJUNTO_MAX_BYTES, ADJUNTO_MAX_CUERPO_BYTES, formatearBytes, MENSAJE_MUY_GRANDE } from "@/lib/adjuntos/schema";
import { ACEPTA_EVIDENCIA, CONTENIDO_MAX, MAX_EVIDENCIAS } from "@/lib/ejecucion/schema";

type Aviso = { tipo: "exito" | "error"; texto: string; detalle?: string[] } | null;

const SIN_CONEXION = "No se pudo enviar el reporte: revise su conexión e intente nuevamente. Lo que escribió sigue en el formulario.";

/**
 * Stays mounted while its hito is open, so its outcome outlives the refresh that follows a report: once the
 * report awaits review (`enRevision`) the fields give way to a note, under the same message.
 */
export function ReportarAvanceForm({ hitoId, hito, enRevision, abierto }: { hitoId: string; hito: string; enRevision: boolean; abierto: boolean }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const caja = useRef<HTMLDivElement>(null);
  const previo = useRef<HTMLElement | null>(null);
  const foco = useRef<"error" | "exito" | null>(null);
  const [enviando, setEnviando] = useState(false);
  const [aviso, setAviso] = useState<Aviso>(null);
  const [errores, setErrores] = useState<Record<string, string[]>>({});
  const [intento, setIntento] = useState(0);
  const avisar = (a: NonNullable<Aviso>) => {
    setAviso(a);
    setIntento((n) => n + 1);
    foco.current = a.tipo;
  };
  useEffect(() => {
    if (enviando || !foco.current) return;
    const tipo = foco.current;
    foco.current = null;
    enfocarResultado(tipo, { contenedor: form.current, caja: caja.current, previo: previo.current });
  }, [enviando, intento]);

  const idBase = `reporte-${hitoId}`;

  async function enviar(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (enviando) return;
    const datos = new FormData(e.currentTarget);
    const locales: Record<string, string[]> = {};
    if (!String(datos.get("contenido") ?? "").trim()) locales.contenido = ["El detalle del avance es obligatorio."];
    const avance = String(datos.get("avance") ?? "").trim();
    if (!/^\d{1,3}$/.test(avance) || Number(avance) > 100) locales.avance = ["Indique el porcentaje de avance del hito, de 0 a 100."];
    const archivos = datos.getAll("evidencias").filter((f): f is File => f instanceof File && f.size > 0);
    // Checked here too, so that a weak connection does not spend minutes sending files the server will refuse.
    if (archivos.length > MAX_EVIDENCIAS) locales.evidencias = [`Adjunte como máximo ${MAX_EVIDENCIAS} archivos por reporte.`];
    else if (archivos.some((f) => f.size > ADJUNTO_MAX_BYTES)) locales.evidencias = [MENSAJE_MUY_GRANDE];
    else if (archivos.reduce((s, f) => s + f.size, 0) > ADJUNTO_MAX_CUERPO_BYTES - 64 * 1024)
      locales.evidencias = [`Las evidencias de un reporte suman como máximo ${formatearBytes(ADJUNTO_MAX_BYTES)}: envíe las demás en otro reporte o archivos más livianos.`];
    if (Object.keys(locales).length) {
      setErrores(locales);
      avisar({ tipo: "error", texto: MENSAJE_REVISE });
      return;
    }
    previo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEnviando(true);
    setAviso(null);
    setErrores({});
    try {
      const r = await fetch("/api/ejecucion/reportes", { method: "POST", body: datos, headers: { Accept: "application/json" } });
      const resultado = (await r.json().catch(() => null)) as ActionResult | null;
      if (!resultado) {
        avisar({ tipo: "error", texto: SIN_CONEXION });
      } else if (resultado.ok) {
        avisar({ tipo: "exito", texto: resultado.mensaje ?? "Reporte enviado." });
        form.current?.reset();
        router.refresh();
      } else {
        setErrores(resultado.fieldErrors);
        avisar({ tipo: "error", texto: resultado.error, detalle: resultado.fieldErrors._form });
      }
    } catch {
      avisar({ tipo: "error", texto: SIN_CONEXION });
    } finally {
      setEnviando(false);
    }
  }

  return (
    <div>
      <MensajeFormulario
        resultado={!aviso ? null : aviso.tipo === "exito" ? { ok: true, data: null, mensaje: aviso.texto } : { ok: false, error: aviso.texto, fieldErrors: {} }}
        generales={aviso?.detalle ?? []}
        clave={intento}
        caja={caja}
      />
      {enRevision ? (
        <p className="text-sm">Su reporte está en revisión: podrá enviar otro cuando el equipo FOSIS responda.</p>
      ) : (
        <details open={abierto}>
          <summary className="min-h-11 cursor-pointer pt-2 font-semibold">Reportar el avance de este hito</summary>
          <form ref={form} onSubmit={enviar} aria-label={`Reportar el avance del hito «${hito}»`} noValidate className="mt-2">
            <input type="hidden" name="hitoId" value={hitoId} />
            <fieldset disabled={enviando} aria-busy={enviando} className="contents">
              <TextArea id={`${idBase}-contenido`} name="contenido" label="Qué se hizo" rows={4} required maxLength={CONTENIDO_MAX} ayuda="Actividades realizadas, participantes y resultados del hito." error={errores.contenido} />
              <Field
                id={`${idBase}-avance`}
                name="avance"
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                label="Avance del hito (%)"
                required
                defaultValue=""
                ayuda="De 0 a 100."
                error={errores.avance}
              />
              <Field
                id={`${idBase}-evidencias`}
                name="evidencias"
                type="file"
                multiple
                label="Evidencias (opcional)"
                accept={ACEPTA_EVIDENCIA}
                ayuda={`PDF, JPG o PNG; hasta ${MAX_EVIDENCIAS} archivos y ${formatearBytes(ADJUNTO_MAX_BYTES)} en total por reporte. Se revisa el contenido de cada archivo, no su nombre.`}
                error={errores.evidencias}
              />
              <div className="flex flex-wrap items-center gap-3">
                <Button type="submit" className="w-full sm:w-auto">
                  {enviando ? "Enviando…" : "Enviar reporte"}
                </Button>
                {enviando && <progress aria-label="Enviando el reporte" className="w-32" />}
              </div>
            </fieldset>
          </form>
        </details>
      )}
    </div>
  );
}
