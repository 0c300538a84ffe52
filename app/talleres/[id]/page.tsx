import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CajaInscripcion } from "@/components/talleres/caja-inscripcion";
import { dondeTaller } from "@/components/talleres/tarjeta-taller";
import { cachearPagina } from "@/lib/cache/pagina";
import { formatearFechaHora } from "@/lib/domain/formato";
import { hayCupos, textoCupos } from "@/lib/talleres/formato";
import { partirMaterial } from "@/lib/talleres/material";
import { getTallerPublico } from "@/lib/talleres/queries";
import { NOMBRE_TIPO_EVENTO } from "@/lib/talleres/schema";

type Props = { params: Promise<{ id: string }> };

/** The taller as everyone sees it, cached with the counters' lifetime (seats fresh within seconds). */
async function datosTaller(id: string) {
  "use cache";
  cachearPagina("/talleres/[id]", "contadores");
  return getTallerPublico(id);
}

// Rendered on the first visit to each taller, then served from the cache; the registration box, which
// depends on who asks, is a client island (docs/decisions/0010-paginas-publicas-en-cache.md).
export async function generateStaticParams() {
  return [{ id: "ejemplo" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await datosTaller((await params).id);
  return t ? { title: t.titulo, description: `${NOMBRE_TIPO_EVENTO[t.tipo]} del Fondo IDEA, ${formatearFechaHora(t.inicio)}.` } : { title: "Taller no encontrado" };
}

export default async function Taller({ params }: Props) {
  const t = await datosTaller((await params).id);
  if (!t) notFound();
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

      {t.comenzado && t.material && (
        <section aria-labelledby="titulo-material" className="mt-8 max-w-3xl">
          <h2 id="titulo-material" className="text-2xl">
            Material del encuentro
          </h2>
          <p className="mt-2 whitespace-pre-line break-words">
            {partirMaterial(t.material).map((trozo, i) =>
              trozo.tipo === "enlace" ? (
                <a key={i} href={trozo.href} rel="noopener noreferrer" className="break-all">
                  {trozo.href}
                </a>
              ) : (
                trozo.texto
              ),
            )}
          </p>
        </section>
      )}

      <section aria-labelledby="titulo-inscripcion" className="mt-8 max-w-xl">
        <h2 id="titulo-inscripcion" className="text-2xl">
          Inscripción
        </h2>
        <div className="mt-3">
          {t.comenzado ? (
            <p>Este taller ya comenzó o se realizó: no admite nuevas inscripciones.</p>
          ) : (
            <CajaInscripcion eventoId={t.id} conCupos={conCupos} />
          )}
        </div>
      </section>
    </article>
  );
}
