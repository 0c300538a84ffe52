import type { Metadata } from "next";
import { IMAGEN_OG } from "@/lib/metadatos";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NOMBRE_NIVEL } from "@/lib/postulaciones/schema";
import { getPerfilPublico } from "@/lib/postulaciones/queries";
import { formatearFolio } from "@/lib/domain/huella";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

function resumen(texto: string) {
  return texto.length > 200 ? `${texto.slice(0, 197)}…` : texto;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await getPerfilPublico((await params).slug);
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
  const p = await getPerfilPublico((await params).slug);
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
      <p className="mt-4 inline-block bg-neutro px-4 py-2">
        <strong className="font-slab text-2xl text-titulo">{p.votos}</strong> {p.votos === 1 ? "voto" : "votos"} en la votación popular
      </p>
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
