"use client";

// The convenio of one finally selected project: amount awarded, dates, the person responsible and the signed
// PDF. Sent by fetch as multipart to /api/convenios (a route handler, not a server action: server actions cap
// bodies at 1 MB, docs/decisions/0005-adjuntos.md); its outcome follows the form primitive's conventions (the
// live-region message, each error next to its field, the focus on the first marked field after a refusal).
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useAvisoPersistente } from "@/components/ui/aviso-persistente";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { enfocarResultado, MensajeFormulario } from "@/components/ui/formulario";
import { MENSAJE_REVISE } from "@/components/ui/formulario-errores";
import type { ActionResult } from "@/lib/actions/result";
import { ADJUNTO_MAX_BYTES, formatearBytes, MENSAJE_MUY_GRANDE } from "@/lib/adjuntos/schema";
import { ACEPTA_CONVENIO, type ConvenioDto } from "@/lib/convenio/schema";
import { formatearPesosEntrada, parsearPesos } from "@/lib/domain/formato";
import { formatearRut } from "@/lib/domain/rut";

type Props = {
  postulacionId: string;
  nombreProyecto: string;
  /** Suggested amount when there is no convenio yet: the committee's. */
  montoSugerido: number | null;
  convenio: ConvenioDto | null;
};

type Aviso = { tipo: "exito" | "error"; texto: string; detalle?: string[] } | null;

const SIN_CONEXION = "No se pudo registrar el convenio: revise su conexión e intente nuevamente. Lo que escribió sigue en el formulario.";

export function ConvenioForm({ postulacionId, nombreProyecto, montoSugerido, convenio }: Props) {
  const router = useRouter();
  const avisoPersistente = useAvisoPersistente();
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

  const idBase = `convenio-${postulacionId}`;

  async function enviar(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (enviando) return;
    const datos = new FormData(e.currentTarget);
    const locales: Record<string, string[]> = {};
    const monto = parsearPesos(String(datos.get("montoAdjudicado") ?? ""));
    if (monto === null) locales.montoAdjudicado = ["Ingrese el monto adjudicado en pesos, sin decimales."];
    else datos.set("montoAdjudicado", String(monto));
    const archivo = datos.get("archivo");
    if (!(archivo instanceof File) || archivo.size === 0) locales.archivo = ["Adjunte el convenio firmado en PDF."];
    // Checked here too, so that a weak connection does not spend minutes sending a file the server will refuse.
    else if (archivo.size > ADJUNTO_MAX_BYTES) locales.archivo = [MENSAJE_MUY_GRANDE];
    const inicio = String(datos.get("fechaInicio") ?? "");
    const termino = String(datos.get("fechaTermino") ?? "");
    if (inicio && termino && inicio >= termino) locales.fechaTermino = ["La fecha de término debe ser posterior a la fecha de inicio."];
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
      const r = await fetch("/api/convenios", { method: "POST", body: datos, headers: { Accept: "application/json" } });
      const resultado = (await r.json().catch(() => null)) as ActionResult | null;
      if (!resultado) {
        avisar({ tipo: "error", texto: SIN_CONEXION });
      } else if (resultado.ok) {
        avisar({ tipo: "exito", texto: resultado.mensaje ?? "Convenio registrado." });
        // The refresh may close this form's section (the convenio now has its document): the outcome also
        // goes to the box above the list, which stays.
        avisoPersistente?.({ ok: true, data: null, mensaje: resultado.mensaje ?? "Convenio registrado." }, { campoMarcado: true });
        const input = form.current?.querySelector<HTMLInputElement>('input[type="file"]');
        if (input) input.value = "";
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
    <form ref={form} onSubmit={enviar} aria-label={`Convenio de ${nombreProyecto}`} noValidate className="mt-3">
      <MensajeFormulario
        resultado={!aviso ? null : aviso.tipo === "exito" ? { ok: true, data: null, mensaje: aviso.texto } : { ok: false, error: aviso.texto, fieldErrors: {} }}
        generales={aviso?.detalle ?? []}
        clave={intento}
        caja={caja}
      />
      <input type="hidden" name="postulacionId" value={postulacionId} />
      <fieldset disabled={enviando} aria-busy={enviando} className="contents">
        <Field
          id={`${idBase}-monto`}
          name="montoAdjudicado"
          label="Monto adjudicado (pesos)"
          inputMode="numeric"
          autoComplete="off"
          required
          defaultValue={formatearPesosEntrada(convenio?.montoAdjudicado ?? montoSugerido)}
          ayuda="No puede superar el monto solicitado y debe estar dentro del rango por proyecto de la convocatoria."
          error={errores.montoAdjudicado}
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field id={`${idBase}-inicio`} name="fechaInicio" type="date" label="Fecha de inicio" required defaultValue={convenio?.fechaInicio ?? ""} error={errores.fechaInicio} />
          <Field id={`${idBase}-termino`} name="fechaTermino" type="date" label="Fecha de término" required defaultValue={convenio?.fechaTermino ?? ""} error={errores.fechaTermino} />
        </div>
        <Field
          id={`${idBase}-responsable`}
          name="responsableNombre"
          label="Nombre de la persona responsable"
          autoComplete="off"
          required
          defaultValue={convenio?.responsableNombre ?? ""}
          error={errores.responsableNombre}
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field
            id={`${idBase}-rut`}
            name="responsableRut"
            label="RUT de la persona responsable"
            autoComplete="off"
            required
            ayuda="Por ejemplo 12.345.678-5"
            defaultValue={convenio?.responsableRut ? formatearRut(convenio.responsableRut) : ""}
            error={errores.responsableRut}
          />
          <Field
            id={`${idBase}-email`}
            name="responsableEmail"
            type="email"
            inputMode="email"
            autoComplete="off"
            label="Correo de la persona responsable"
            required
            defaultValue={convenio?.responsableEmail ?? ""}
            error={errores.responsableEmail}
          />
        </div>
        <Field
          id={`${idBase}-archivo`}
          name="archivo"
          type="file"
          label={convenio?.documento ? "Nuevo convenio firmado (PDF): reemplaza el anterior" : "Convenio firmado (PDF)"}
          accept={ACEPTA_CONVENIO}
          required
          ayuda={`Solo PDF, de hasta ${formatearBytes(ADJUNTO_MAX_BYTES)}. Se revisa el contenido del archivo, no su nombre.`}
          error={errores.archivo}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">{enviando ? "Registrando…" : convenio ? "Actualizar convenio" : "Registrar convenio"}</Button>
          {enviando && <progress aria-label="Registrando el convenio" className="w-32" />}
        </div>
      </fieldset>
    </form>
  );
}
