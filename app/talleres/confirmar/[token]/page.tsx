import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmarInscripcion } from "@/components/talleres/confirmar-inscripcion";
import { dondeTaller } from "@/components/talleres/tarjeta-taller";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { formatearFechaHora } from "@/lib/domain/formato";
import { textoCupos } from "@/lib/talleres/formato";
import { getConfirmacionInscripcion } from "@/lib/talleres/queries";
import { NOMBRE_TIPO_EVENTO } from "@/lib/talleres/schema";

// The link carries a secret: the page is not indexed, and it sends no referrer to other sites. Opening it
// only reads: the registration is confirmed by the button's POST (mail scanners open links too).
export const metadata: Metadata = { title: "Confirmar inscripción", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function ConfirmarInscripcionTaller({ params }: Props) {
  const { token } = await params;
  // A malformed token (never produced by the portal) is a 404, checked before any lookup.
  const [c, conv] = await Promise.all([getConfirmacionInscripcion(token), getConvocatoriaActual()]);
  if (!c) notFound();

  if (c.estado === "NO_VALIDO") {
    return (
      <>
        <h1 className="text-3xl">Enlace no válido</h1>
        <p className="mt-4 max-w-2xl">
          Este enlace de confirmación no es válido o ya se usó. Si ya confirmó su inscripción, le enviamos un correo con los detalles. Si pidió la inscripción más de
          una vez, use el enlace del correo más reciente.
        </p>
        <p className="mt-6">
          <Link href="/talleres">Ver los talleres y encuentros</Link>
        </p>
      </>
    );
  }

  const t = c.taller;
  if (c.estado === "CONFIRMADA" || c.estado === "LISTA_ESPERA") {
    return (
      <>
        <h1 className="text-3xl">{t.titulo}</h1>
        <p role="status" className="mt-4 max-w-2xl">
          {c.estado === "CONFIRMADA"
            ? "Inscripción confirmada. Le enviamos un correo con los detalles."
            : "No quedan cupos: quedó en la lista de espera. Le avisaremos por correo si se libera un cupo."}
        </p>
        <p className="mt-6">
          <Link href={`/talleres/${t.id}`}>Ver el taller</Link>
        </p>
      </>
    );
  }
  if (c.estado === "VENCIDO") {
    return (
      <>
        <h1 className="text-3xl">Este enlace venció</h1>
        <p className="mt-4 max-w-2xl">
          El enlace para confirmar su inscripción en «{t.titulo}» ya no es válido, y la inscripción no quedó confirmada. Si el taller aún no comienza, puede inscribirse de
          nuevo.
        </p>
        <p className="mt-6">
          <Link href={`/talleres/${t.id}`}>Ir a la página del taller</Link>
        </p>
      </>
    );
  }

  const abiertas = !!conv && puede("taller.confirmarInscripcion", null, conv.etapaActual).ok;
  return (
    <article>
      <p className="text-sm font-medium uppercase tracking-wide text-primario-oscuro">Confirmar inscripción</p>
      <h1 className="mt-1 text-3xl">{t.titulo}</h1>
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-titulo">Tipo</dt>
        <dd>{NOMBRE_TIPO_EVENTO[t.tipo] ?? t.tipo}</dd>
        <dt className="font-medium text-titulo">Fecha y hora</dt>
        <dd>{formatearFechaHora(t.inicio)} (hora de Chile continental)</dd>
        <dt className="font-medium text-titulo">Dónde</dt>
        <dd className="break-words">{dondeTaller(t)}</dd>
        <dt className="font-medium text-titulo">Cupos</dt>
        <dd>{textoCupos(t.capacidad, t.cuposOcupados)}</dd>
      </dl>

      <section aria-labelledby="titulo-confirmar" className="mt-8 max-w-xl">
        <h2 id="titulo-confirmar" className="text-2xl">
          Su inscripción
        </h2>
        <p className="mt-3 break-words">
          A nombre de «{c.nombre}», con el correo <span className="break-all">{c.email}</span>.
        </p>
        <p className="mt-2">
          Confírmela antes del {formatearFechaHora(c.confirmarAntes!)}: el cupo se asigna al confirmar y, si no quedan, quedará en la lista de espera. Si usted no
          pidió esta inscripción, cierre esta página: sin confirmar no queda inscrito.
        </p>
        <div className="mt-4">
          {abiertas ? <ConfirmarInscripcion token={token} eventoId={t.id} /> : <p>Las inscripciones no están abiertas en la etapa actual de la convocatoria.</p>}
        </div>
      </section>
    </article>
  );
}
