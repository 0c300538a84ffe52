import type { Metadata } from "next";
import { IMAGEN_OG } from "@/lib/metadatos";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NOMBRE_NIVEL } from "@/lib/postulaciones/schema";
import { getPerfilPublico } from "@/lib/postulaciones/queries";
import { formatearFolio } from "@/lib/domain/huella";
import { cachearPagina } from "@/lib/cache/pagina";
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFechaHora } from "@/lib/domain/formato";
import { getVotacionDePerfil } from "@/lib/votacion/queries";
import { textoCupo } from "@/lib/votacion/reglas";
import { CajaVoto } from "@/components/votacion/caja-voto";
import { Compartir } from "@/components/votacion/compartir";

/**
 * The public perfil, cached: its vote counter is fresh within seconds (a counter: no vote expires the page,
 * it re-renders every few seconds while visited). Who may vote, and whether they did, is the client island.
 */
async function perfilPublico(slug: string) {
  "use cache";
  cachearPagina("/perfiles/[slug]", "contadores");
  const [p, votacion] = await Promise.all([getPerfilPublico(slug), getVotacionDePerfil(slug)]);
  return p && votacion ? { ...p, votacion } : null;
}

// Rendered on the first visit to each perfil, then served from the cache.
export async function generateStaticParams() {
  return [{ slug: "ejemplo" }];
}


type Props = { params: Promise<{ slug: string }> };

function resumen(texto: string) {
  return texto.length > 200 ? `${texto.slice(0, 197)}…` : texto;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await perfilPublico((await params).slug);
  if (!p) return { title: "Perfil no encontrado" };
  const descripcion = resumen(p.solucion);
  return {
    title: p.nombreProyecto,
    description: descripcion,
    openGraph: { type: "article", title: `${p.nombreProyecto} · Fondo IDEA`, description: descripcion, siteName: "Fondo IDEA · FOSIS", locale: "es_CL", images: [IMAGEN_OG] },
    twitter: { card: "summary_large_image", title: p.nombreProyecto, description: descripcion, images: [IMAGEN_OG] },
  };
}

// Public and shareable: the project, never the people (no RUT, e-mail, phone or team members).
export default async function PerfilPublico({ params }: Props) {
  const { slug } = await params;
  const p = await perfilPublico(slug);
  if (!p) notFound();
  return (
    <article className="max-w-3xl">
      <p className="text-sm font-medium uppercase tracking-wide text-primario-oscuro">
        {p.convocatoria.nombre} · Perfil {p.folio ? formatearFolio(p.folio) : ""}
      </p>
      <h1 className="mt-1 text-3xl">{p.nombreProyecto}</h1>
      <p className="mt-2">
        Desafío: <Link href={`/desafios/${p.desafio.slug}`}>{p.desafio.titulo}</Link>
        {p.organizacionNombre && <> · {p.organizacionNombre}</>}
      </p>
      <p className="mt-1 text-sm">
        {p.nivelMadurez ? NOMBRE_NIVEL[p.nivelMadurez] : ""} · {p.regiones.join(", ")}
      </p>
      <Conteo votacion={p.votacion} />
      {p.votacion.activa && <CajaVoto postulacionId={p.votacion.postulacionId} nombreProyecto={p.nombreProyecto} ruta={`/perfiles/${slug}`} />}
      <Compartir ruta={`/perfiles/${slug}`} urlInicial={urlPortal(`/perfiles/${slug}`)} titulo={p.nombreProyecto} />
      <h2 className="mt-6 text-2xl">El problema</h2>
      <p className="mt-2 whitespace-pre-line">{p.problema}</p>
      <h2 className="mt-6 text-2xl">La solución</h2>
      <p className="mt-2 whitespace-pre-line">{p.solucion}</p>
      <h2 className="mt-6 text-2xl">Personas usuarias</h2>
      <p className="mt-2 whitespace-pre-line">{p.usuarios}</p>
      <h2 className="mt-6 text-2xl">Co-producción</h2>
      <p className="mt-2 whitespace-pre-line">{p.coproduccion}</p>
    </article>
  );
}

type Votacion = NonNullable<Awaited<ReturnType<typeof perfilPublico>>>["votacion"];

/** The count (never who voted), or why it is hidden, and the window. */
function Conteo({ votacion }: { votacion: Votacion }) {
  const { votos, ventana, reglas } = votacion;
  return (
    <div className="mt-4">
      {votos === null ? (
        <p className="inline-block bg-neutro px-4 py-2">
          Los votos de cada proyecto se mostrarán al cierre de la votación popular
          {reglas.votacionFin ? `, el ${formatearFechaHora(reglas.votacionFin)} (hora de Chile continental)` : ""}.
        </p>
      ) : (
        <p className="inline-block bg-neutro px-4 py-2">
          <strong className="font-slab text-2xl text-titulo">{votos}</strong> {votos === 1 ? "voto" : "votos"} en la votación popular
        </p>
      )}
      <p className="mt-2 text-sm">
        {ventana === "ABIERTA" && reglas.votacionFin && `Votación abierta hasta el ${formatearFechaHora(reglas.votacionFin)} (hora de Chile continental). `}
        {ventana === "ANTES" && reglas.votacionInicio && `La votación abre el ${formatearFechaHora(reglas.votacionInicio)} (hora de Chile continental). `}
        {ventana === "CERRADA" && "La votación popular terminó. "}
        {ventana !== "SIN_FECHAS" && `${textoCupo(reglas)}. `}
        <Link href="/votacion">Ver los resultados por desafío y por región</Link>
      </p>
    </div>
  );
}
