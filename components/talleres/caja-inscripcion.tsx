"use client";
// The registration box of a taller's page: it depends on who asks, so it is a client island on a page
// prerendered for everyone (docs/decisions/0010-paginas-publicas-en-cache.md). It reads
// GET /api/talleres/[id]/inscripcion, and again after registering or cancelling.
import dynamic from "next/dynamic";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { EstadoInscripcionCliente } from "@/app/api/talleres/[id]/inscripcion/route";
import { Alert } from "@/components/ui/alert";
import { NOMBRE_ESTADO_INSCRIPCION } from "@/lib/talleres/formato";

// The forms validate with their actions' zod schemas (~50 KB gzip): loaded once the registration state
// is known (it is read after the page loads anyway), not with the taller page every visitor opens.
const InscripcionForm = dynamic(() => import("@/components/talleres/inscripcion-form").then((m) => m.InscripcionForm), {
  loading: () => <p aria-live="polite">Cargando el formulario…</p>,
});
const CancelarInscripcion = dynamic(() => import("@/components/talleres/cancelar-inscripcion").then((m) => m.CancelarInscripcion));

type Props = { eventoId: string; conCupos: boolean };

export function CajaInscripcion({ eventoId, conCupos }: Props) {
  const [estado, setEstado] = useState<EstadoInscripcionCliente | null | undefined>(undefined);
  // Bumped to read the state again (after registering, cancelling, or a failed read).
  const [lectura, setLectura] = useState(0);
  const leer = useCallback(() => setLectura((n) => n + 1), []);
  useEffect(() => {
    let vigente = true;
    fetch(`/api/talleres/${eventoId}/inscripcion`, { cache: "no-store", credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<EstadoInscripcionCliente>) : null))
      .catch(() => null)
      .then((valor) => vigente && setEstado(valor));
    return () => {
      vigente = false;
    };
  }, [eventoId, lectura]);

  if (estado === undefined) return <p aria-live="polite">Cargando su inscripción…</p>;
  if (estado === null) {
    return (
      <Alert tipo="error" titulo="No pudimos cargar la inscripción">
        Revise su conexión y{" "}
        <button type="button" className="underline" onClick={leer}>
          vuelva a intentarlo
        </button>
        .
      </Alert>
    );
  }
  const { cuenta, mia, abiertas } = estado;
  if (mia) {
    return (
      <>
        <Alert tipo="info" titulo={`Su inscripción: ${NOMBRE_ESTADO_INSCRIPCION[mia.estado]}`}>
          Inscrita con el correo {mia.email}.
          {mia.estado === "LISTA_ESPERA" && " Si se libera un cupo, se le asignará por orden de inscripción y le avisaremos por correo."}
        </Alert>
        <CancelarInscripcion inscripcionId={mia.id} alGuardar={leer} />
      </>
    );
  }
  if (!abiertas) return <p>Las inscripciones no están abiertas en la etapa actual de la convocatoria.</p>;
  return (
    <>
      {!conCupos && <p className="mb-4">No quedan cupos. Si se inscribe, quedará en la lista de espera y le avisaremos por correo si se libera un cupo.</p>}
      {!cuenta && (
        <p className="mb-4 text-sm">
          Sin cuenta, le enviaremos un correo con un enlace para confirmar la inscripción: el cupo se asigna al confirmar. Si{" "}
          <Link href={`/ingresar?volver=${encodeURIComponent(`/talleres/${eventoId}`)}`}>ingresa con su cuenta</Link>, la inscripción es inmediata y podrá cancelarla
          desde esta página.
        </p>
      )}
      <InscripcionForm eventoId={eventoId} conCupos={conCupos} cuenta={cuenta ?? undefined} alGuardar={cuenta ? leer : undefined} />
    </>
  );
}
