"use client";

// Documents of a perfil: what is attached (with download links), which required ones are missing, and,
// while the perfil is a draft, an upload form (POST multipart to /api/adjuntos) and a delete button.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { enfocarResultado, MensajeFormulario } from "@/components/ui/formulario";
import { MENSAJE_REVISE } from "@/components/ui/formulario-errores";
import type { ActionResult } from "@/lib/actions/result";
import { CATEGORIA_CONVENIO } from "@/lib/convenio/schema";
import {
  ACEPTA_ADJUNTO,
  ADJUNTO_MAX_BYTES,
  CATEGORIAS_ADJUNTO,
  formatearBytes,
  MENSAJE_MUY_GRANDE,
  type AdjuntoDto,
} from "@/lib/adjuntos/schema";
import { eliminarAdjuntoAction } from "@/lib/adjuntos/server-actions";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";

type Props = { postulacionId: string; requeridos: string[]; adjuntos: AdjuntoDto[]; editable: boolean };

// The upload goes by fetch to a route handler (ADR 0005), not through the form primitive, but its outcome
// follows the primitive's conventions: the same live-region message, each error next to its field, and
// the focus on the first marked field (or the message) after a refusal.
type Aviso = { tipo: "exito" | "error"; texto: string; detalle?: string[] } | null;

const FORMATO: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG" };
const SIN_CONEXION = "No se pudo subir el documento: revise su conexión e intente nuevamente. Su borrador no se perdió.";

// The signed convenio is an attachment of the perfil too (lib/convenio), uploaded by FOSIS staff.
const nombreDocumento = (c: string) => NOMBRE_DOCUMENTO[c] ?? (c === CATEGORIA_CONVENIO ? "Convenio firmado" : c);

export function AdjuntosPerfil({ postulacionId, requeridos, adjuntos, editable }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [subiendo, setSubiendo] = useState(false);
  const [eliminando, startEliminar] = useTransition();
  const [aviso, setAviso] = useState<Aviso>(null);
  const [errores, setErrores] = useState<Record<string, string[]>>({});
  const [intento, setIntento] = useState(0);
  const caja = useRef<HTMLDivElement>(null);
  const previo = useRef<HTMLElement | null>(null);
  const foco = useRef<"error" | "exito" | null>(null);
  const avisar = (a: NonNullable<Aviso>) => {
    setAviso(a);
    setIntento((n) => n + 1);
    foco.current = a.tipo;
  };
  // Once the outcome is shown and the form enabled again (see components/ui/formulario.tsx).
  useEffect(() => {
    if (subiendo || eliminando || !foco.current) return;
    const tipo = foco.current;
    foco.current = null;
    enfocarResultado(tipo, { contenedor: form.current, caja: caja.current, previo: previo.current });
  }, [subiendo, eliminando, intento]);
  const faltan = requeridos.filter((c) => !adjuntos.some((a) => a.categoria === c));
  const idBase = `adjuntos-${postulacionId}`;

  async function subir(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (subiendo) return;
    const datos = new FormData(e.currentTarget);
    const archivo = datos.get("archivo");
    const locales: Record<string, string[]> = {};
    if (!datos.get("categoria")) locales.categoria = ["Seleccione el tipo de documento."];
    if (!(archivo instanceof File) || archivo.size === 0) locales.archivo = ["Seleccione un archivo."];
    // Checked here too, so that a weak connection does not spend minutes sending a file the server will refuse.
    else if (archivo.size > ADJUNTO_MAX_BYTES) locales.archivo = [MENSAJE_MUY_GRANDE];
    if (Object.keys(locales).length) {
      setErrores(locales);
      avisar({ tipo: "error", texto: MENSAJE_REVISE });
      return;
    }
    previo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSubiendo(true);
    setAviso(null);
    setErrores({});
    try {
      const r = await fetch("/api/adjuntos", { method: "POST", body: datos, headers: { Accept: "application/json" } });
      const resultado = (await r.json().catch(() => null)) as ActionResult | null;
      if (!resultado) {
        avisar({ tipo: "error", texto: SIN_CONEXION });
      } else if (resultado.ok) {
        avisar({ tipo: "exito", texto: resultado.mensaje ?? "Documento adjuntado." });
        form.current?.reset();
        router.refresh();
      } else {
        setErrores(resultado.fieldErrors);
        avisar({ tipo: "error", texto: resultado.error, detalle: resultado.fieldErrors._form });
      }
    } catch {
      avisar({ tipo: "error", texto: SIN_CONEXION });
    } finally {
      setSubiendo(false);
    }
  }

  function eliminar(a: AdjuntoDto) {
    if (!window.confirm(`¿Eliminar el documento «${a.nombreArchivo}»? Esta acción no se puede deshacer.`)) return;
    // Its row (and this button) leaves the list: the focus then goes to the message.
    previo.current = null;
    startEliminar(async () => {
      const datos = new FormData();
      datos.set("id", a.id);
      try {
        const r = await eliminarAdjuntoAction(null, datos);
        if (r.ok) {
          avisar({ tipo: "exito", texto: r.mensaje ?? "Documento eliminado." });
          router.refresh();
        } else {
          avisar({ tipo: "error", texto: r.error });
        }
      } catch {
        avisar({ tipo: "error", texto: "No se pudo eliminar el documento: revise su conexión e intente nuevamente." });
      }
    });
  }

  const ocupado = subiendo || eliminando;

  return (
    <section aria-labelledby={`${idBase}-titulo`} className="mb-8">
      <h2 id={`${idBase}-titulo`} className="mb-3 text-xl">
        Documentos adjuntos
      </h2>

      {requeridos.length > 0 &&
        (faltan.length > 0 ? (
          <Alert tipo="aviso" titulo="Documentos exigidos que faltan">
            <ul className="list-disc pl-5">
              {faltan.map((c) => (
                <li key={c}>{nombreDocumento(c)}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <p className="mb-4">Adjuntó todos los documentos que exige su línea.</p>
        ))}

      <MensajeFormulario
        resultado={!aviso ? null : aviso.tipo === "exito" ? { ok: true, data: null, mensaje: aviso.texto } : { ok: false, error: aviso.texto, fieldErrors: {} }}
        generales={aviso?.detalle ?? []}
        clave={intento}
        caja={caja}
      />

      {adjuntos.length === 0 ? (
        <p className="mb-4">Aún no ha adjuntado documentos.</p>
      ) : (
        <ul aria-label="Documentos adjuntados" className="mb-4 divide-y divide-acento border-y border-acento">
          {adjuntos.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <a href={`/api/adjuntos/${encodeURIComponent(a.id)}`} className="break-all font-medium text-primario underline" download>
                  {a.nombreArchivo}
                </a>
                <p className="text-sm">
                  {nombreDocumento(a.categoria)} · {FORMATO[a.mime] ?? a.mime}, {formatearBytes(a.bytes)}
                </p>
              </div>
              {editable && (
                <button
                  type="button"
                  onClick={() => eliminar(a)}
                  disabled={ocupado}
                  aria-label={`Eliminar ${a.nombreArchivo}`}
                  className="min-h-11 border border-error bg-white px-3 text-sm text-error hover:bg-neutro disabled:cursor-not-allowed disabled:text-acento"
                >
                  Eliminar
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      {editable && (
        <form ref={form} onSubmit={subir} aria-label="Adjuntar documento" noValidate className="border border-acento p-4">
          <input type="hidden" name="postulacionId" value={postulacionId} />
          <fieldset disabled={subiendo} aria-busy={subiendo} className="contents">
            <Select
              // Remounted when the missing list changes, so it proposes the next missing document.
              key={faltan.join(",")}
              id={`${idBase}-categoria`}
              name="categoria" label="Tipo de documento" defaultValue={faltan[0] ?? ""} error={errores.categoria}>
              <option value="">Seleccione el tipo</option>
              {CATEGORIAS_ADJUNTO.map((c) => (
                <option key={c} value={c}>
                  {nombreDocumento(c)}
                </option>
              ))}
            </Select>
            <Field
              id={`${idBase}-archivo`}
              name="archivo"
              type="file"
              label="Archivo"
              accept={ACEPTA_ADJUNTO}
              ayuda={`PDF, JPG o PNG, de hasta ${formatearBytes(ADJUNTO_MAX_BYTES)}.`}
              error={errores.archivo}
            />
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit">{subiendo ? "Subiendo…" : "Subir documento"}</Button>
              {subiendo && <progress aria-label="Subiendo el documento" className="w-32" />}
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}
