import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VistaResultados } from "@/components/resultados/vista-resultados";
import { cachearPagina } from "@/lib/cache/pagina";
import { resultadosConHistoria } from "@/lib/convocatoria/historia";

type Props = { params: Promise<{ anio: string }> };

/** One year's results, cached per year (expired with the same tags as /resultados). */
async function resultadosDelAnio(texto: string) {
  "use cache";
  cachearPagina("/resultados/[anio]");
  if (!/^\d{4}$/.test(texto)) return null;
  return resultadosConHistoria(Number(texto));
}

// Rendered on the first visit to each year, then served from the cache.
export async function generateStaticParams() {
  return [{ anio: "2019" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { anio } = await params;
  return { title: `Resultados de la selección ${/^\d{4}$/.test(anio) ? anio : ""}`.trim() };
}

export default async function ResultadosDelAnio({ params }: Props) {
  const datos = await resultadosDelAnio((await params).anio);
  if (!datos) notFound();
  return <VistaResultados r={datos.r} anios={datos.anios} anioActivo={datos.anioActivo} />;
}
