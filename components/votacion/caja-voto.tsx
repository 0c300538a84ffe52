"use client";
// The "Votar por este proyecto" box of a perfil's page: it depends on who asks, so it is a client island on
// a page cached for everyone (docs/decisions/0010-paginas-publicas-en-cache.md). It reads
// GET /api/votos/estado, and again after voting; the vote itself is the voto.emitir action (the same one
// POST /api/votos runs), which decides everything again.
import dynamic from "next/dynamic";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { formatearFechaHora } from "@/lib/domain/formato";
import type { EstadoVotoCliente } from "@/lib/votacion/queries";

// Only a voter who may vote here needs the button and its validation code (components/votacion/boton-votar.tsx).
const BotonVotar = dynamic(() => import("@/components/votacion/boton-votar").then((m) => m.BotonVotar), {
  loading: () => <p>Cargando el botón de voto…</p>,
});

type Props = { postulacionId: string; nombreProyecto: string; ruta: string };

export function CajaVoto({ postulacionId, nombreProyecto, ruta }: Props) {
  const [estado, setEstado] = useState<EstadoVotoCliente | null | undefined>(undefined);
  const [lectura, setLectura] = useState(0);
  const [confirmacion, setConfirmacion] = useState<string | null>(null);
  const leer = useCallback(() => setLectura((n) => n + 1), []);
  useEffect(() => {
    let vigente = true;
    fetch(`/api/votos/estado?postulacionId=${encodeURIComponent(postulacionId)}`, { cache: "no-store", credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<EstadoVotoCliente>) : null))
      .catch(() => null)
      .then((valor) => vigente && setEstado(valor));
    return () => {
      vigente = false;
    };
  }, [postulacionId, lectura]);

  return (
    <section aria-labelledby="titulo-votar" className="mt-6 border-l-4 border-primario bg-neutro p-4">
      <h2 id="titulo-votar" className="text-xl">
        Votación popular
      </h2>
      {/* Always on the page, so the confirmation is announced when it appears. */}
      <div aria-live="polite" className="mt-2">
        {confirmacion && (
          <Alert tipo="exito" titulo="Voto registrado" anunciar={false}>
            {confirmacion}
          </Alert>
        )}
      </div>
      <Contenido
        estado={estado}
        postulacionId={postulacionId}
        nombreProyecto={nombreProyecto}
        ruta={ruta}
        reintentar={leer}
        alVotar={(mensaje) => {
          setConfirmacion(mensaje ?? "Su voto quedó registrado.");
          leer();
        }}
      />
    </section>
  );
}

function Contenido({
  estado,
  postulacionId,
  nombreProyecto,
  ruta,
  reintentar,
  alVotar,
}: Props & { estado: EstadoVotoCliente | null | undefined; reintentar: () => void; alVotar: (mensaje?: string) => void }) {
  if (estado === undefined) return <p>Cargando la votación…</p>;
  if (estado === null) {
    return (
      <p className="mt-2">
        No pudimos cargar la votación. Revise su conexión y{" "}
        <button type="button" className="underline" onClick={reintentar}>
          vuelva a intentarlo
        </button>
        .
      </p>
    );
  }
  if (estado.votoAqui) {
    return (
      <p className="mt-2">
        Usted votó por este proyecto el {formatearFechaHora(new Date(estado.votoAqui.createdAt))}. Su voto es secreto: nadie más ve por quién votó.{" "}
        <Link href="/cuenta#mis-votos">Ver mis votos</Link>
      </p>
    );
  }
  if (!estado.sesion) {
    return estado.ventana === "ABIERTA" ? (
      <p className="mt-2">
        Para votar por este proyecto, <Link href={`/ingresar?volver=${encodeURIComponent(ruta)}`}>ingrese con ClaveÚnica</Link>. Vota cada persona con su
        RUT verificado, una vez por desafío.
      </p>
    ) : (
      <p className="mt-2">{estado.ventana === "CERRADA" ? "La votación popular terminó." : "La votación popular aún no está abierta."}</p>
    );
  }
  if (!estado.puedeVotar) {
    return (
      <div className="mt-2">
        <p>{estado.motivo}</p>
        {!estado.verificado && (
          <p className="mt-2">
            <Link href="/cuenta">Verificar mi RUT en «Mi cuenta»</Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="mt-2">
      <p className="mb-3">
        {estado.cupo > 1 ? `Ha usado ${estado.usados} de sus ${estado.cupo} votos en este ámbito. ` : ""}El voto es secreto y no se puede cambiar ni retirar.
      </p>
      <BotonVotar postulacionId={postulacionId} nombreProyecto={nombreProyecto} alVotar={alVotar} />
    </div>
  );
}
