import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Imprimir } from "@/components/votacion/imprimir";
import { cachearPagina } from "@/lib/cache/pagina";
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFechaHora } from "@/lib/domain/formato";
import { getPerfilPublico } from "@/lib/postulaciones/queries";
import { getVotacionDePerfil } from "@/lib/votacion/queries";
import { qrComoRuta } from "@/lib/votacion/qr";
import { textoCupo } from "@/lib/votacion/reglas";
import "./afiche.css";

/** The poster's facts, cached: the project, its desafío, the window; no count (a printed count goes stale). */
async function afiche(slug: string) {
  "use cache";
  cachearPagina("/perfiles/[slug]/afiche");
  const [p, votacion] = await Promise.all([getPerfilPublico(slug), getVotacionDePerfil(slug)]);
  if (!p || !votacion) return null;
  const url = urlPortal(`/perfiles/${slug}`);
  return { ...p, votacion, url, qr: qrComoRuta(url) };
}

export async function generateStaticParams() {
  return [{ slug: "ejemplo" }];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await afiche((await params).slug);
  return { title: a ? `Afiche: ${a.nombreProyecto}` : "Perfil no encontrado", robots: { index: false } };
}

// A printable A4 poster for applicants' campaigns: the project, its desafío and a QR code to its public
// page, where people vote. Public like the perfil page: the project, never the people.
export default async function Afiche({ params }: Props) {
  const { slug } = await params;
  const a = await afiche(slug);
  if (!a) notFound();
  const { reglas } = a.votacion;
  return (
    <>
      <div className="solo-pantalla mb-6 flex flex-wrap items-center gap-4">
        <Imprimir />
        <Link href={`/perfiles/${slug}`}>Volver al perfil</Link>
      </div>
      <article className="afiche mx-auto flex max-w-[210mm] flex-col items-center border-2 border-primario p-10 text-center">
        <p className="text-lg font-medium uppercase tracking-wide text-primario-oscuro">{a.convocatoria.nombre} · Votación popular</p>
        <h1 className="mt-6 text-5xl leading-tight">{a.nombreProyecto}</h1>
        <p className="mt-4 text-2xl">Desafío: {a.desafio.titulo}</p>
        {a.organizacionNombre && <p className="mt-2 text-xl">{a.organizacionNombre}</p>}
        <svg role="img" aria-labelledby="qr-titulo" viewBox={`0 0 ${a.qr.lado} ${a.qr.lado}`} className="mt-10 h-auto w-[110mm] max-w-full bg-white" shapeRendering="crispEdges">
          <title id="qr-titulo">{`Código QR con el enlace al proyecto: ${a.url}`}</title>
          <rect width={a.qr.lado} height={a.qr.lado} fill="#ffffff" />
          <path d={a.qr.d} fill="#000000" />
        </svg>
        <p className="mt-6 text-2xl font-bold">Escanee el código y vote por este proyecto</p>
        <p className="mt-2 break-all text-lg">{a.url}</p>
        <p className="mt-6 text-lg">
          {reglas.votacionInicio && reglas.votacionFin
            ? `Votación abierta del ${formatearFechaHora(reglas.votacionInicio)} al ${formatearFechaHora(reglas.votacionFin)} (hora de Chile continental). `
            : ""}
          {textoCupo(reglas)}. Vota cada persona con su RUT verificado (ClaveÚnica).
        </p>
        <p className="mt-auto pt-10 text-base">Fondo IDEA · FOSIS, Ministerio de Desarrollo Social y Familia</p>
      </article>
    </>
  );
}
