import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelarInscripcion } from "@/components/talleres/cancelar-inscripcion";
import { InscripcionForm } from "@/components/talleres/inscripcion-form";
import { dondeTaller } from "@/components/talleres/tarjeta-taller";
import { Alert } from "@/components/ui/alert";
import { puede } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { formatearFechaHora } from "@/lib/domain/formato";
import { hayCupos, NOMBRE_ESTADO_INSCRIPCION, textoCupos } from "@/lib/talleres/formato";
import { getMiInscripcion, getTallerPublico } from "@/lib/talleres/queries";
import { NOMBRE_TIPO_EVENTO } from "@/lib/talleres/schema";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTallerPublico((await params).id);
  return t ? { title: t.titulo, description: `${NOMBRE_TIPO_EVENTO[t.tipo]} del Fondo IDEA, ${formatearFechaHora(t.inicio)}.` } : { title: "Taller no encontrado" };
}

export default async function Taller({ params }: Props) {
  const { id } = await params;
  const [t, user, conv] = await Promise.all([getTallerPublico(id), getSessionUser(), getConvocatoriaActual()]);
  if (!t || !conv) notFound();
  const mia = user ? await getMiInscripcion(t.id, user) : null;
  const abiertas = puede("taller.inscribirse", user?.roles ?? null, conv.etapaActual).ok;
  const conCupos = hayCupos(t.capacidad, t.cuposOcupados);
  return (
    <article>
      <p>
        <Link href="/talleres">← Todos los talleres</Link>
      </p>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-primario-oscuro">{NOMBRE_TIPO_EVENTO[t.tipo]}</p>
      <h1 className="mt-1 text-3xl">{t.titulo}</h1>
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-titulo">Fecha y hora</dt>
        <dd>{formatearFechaHora(t.inicio)} (hora de Chile continental)</dd>
        <dt className="font-medium text-titulo">Dónde</dt>
        <dd className="break-words">{dondeTaller(t)}</dd>
        {t.enlace && (
          <>
            <dt className="font-medium text-titulo">Enlace</dt>
            <dd className="break-all">
              <a href={t.enlace} rel="noopener noreferrer">
                {t.enlace}
              </a>
            </dd>
          </>
        )}
        <dt className="font-medium text-titulo">Cupos</dt>
        <dd>
          {textoCupos(t.capacidad, t.cuposOcupados)} (capacidad {t.capacidad})
        </dd>
      </dl>
      {t.descripcion && <div className="mt-4 max-w-3xl whitespace-pre-line">{t.descripcion}</div>}

      <section aria-labelledby="titulo-inscripcion" className="mt-8 max-w-xl">
        <h2 id="titulo-inscripcion" className="text-2xl">
          Inscripción
        </h2>
        <div className="mt-3">
          {t.comenzado ? (
            <p>Este taller ya comenzó o se realizó: no admite nuevas inscripciones.</p>
          ) : mia ? (
            <>
              <Alert tipo="info" titulo={`Su inscripción: ${NOMBRE_ESTADO_INSCRIPCION[mia.estado]}`}>
                Inscrita con el correo {mia.email}.
                {mia.estado === "LISTA_ESPERA" && " Si se libera un cupo, se le asignará por orden de inscripción y le avisaremos por correo."}
              </Alert>
              <CancelarInscripcion inscripcionId={mia.id} />
            </>
          ) : !abiertas ? (
            <p>Las inscripciones no están abiertas en la etapa actual de la convocatoria.</p>
          ) : (
            <>
              {!conCupos && <p className="mb-4">No quedan cupos. Si se inscribe, quedará en la lista de espera y le avisaremos por correo si se libera un cupo.</p>}
              {!user && (
                <p className="mb-4 text-sm">
                  Sin cuenta, le enviaremos un correo con un enlace para confirmar la inscripción: el cupo se asigna al confirmar. Si{" "}
                  <Link href={`/ingresar?volver=${encodeURIComponent(`/talleres/${t.id}`)}`}>ingresa con su cuenta</Link>, la inscripción es inmediata y podrá
                  cancelarla desde esta página.
                </p>
              )}
              <InscripcionForm eventoId={t.id} conCupos={conCupos} cuenta={user ? { nombre: user.nombre, email: user.email } : undefined} />
            </>
          )}
        </div>
      </section>
    </article>
  );
}
