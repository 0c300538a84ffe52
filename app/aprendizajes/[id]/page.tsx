import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GraficoMetricas } from "@/components/aprendizajes/grafico-metricas";
import { cachearPagina } from "@/lib/cache/pagina";
import { leerAprendizaje } from "@/lib/aprendizajes/queries";
import { DESCRIPCION_RECOMENDACION, NOMBRE_RECOMENDACION } from "@/lib/domain/sistematizacion";
import { formatearFecha } from "@/lib/domain/formato";

type Props = { params: Promise<{ id: string }> };

/** One published report, cached per id (expired with the "aprendizajes" tag). */
async function datos(id: string) {
  "use cache";
  cachearPagina("/aprendizajes/[id]");
  return leerAprendizaje(id);
}

// Rendered on the first visit to each report, then served from the cache (like /desafios/[slug]).
export async function generateStaticParams() {
  return [{ id: "ejemplo" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await datos((await params).id);
  return a
    ? { title: `${a.nombreProyecto} · Aprendizajes`, description: `Piloto del desafío «${a.desafioTitulo}» (${a.anio}): resultados frente a la línea base y recomendación.` }
    : { title: "Informe no encontrado" };
}

function Texto({ titulo, texto }: { titulo: string; texto: string }) {
  return (
    <section className="mt-8">
      <h2 className="text-2xl">{titulo}</h2>
      {texto.trim() ? (
        texto
          .split(/\n{2,}/)
          .map((p, i) => (
            <p key={i} className="mt-2 max-w-3xl whitespace-pre-line">
              {p}
            </p>
          ))
      ) : (
        <p className="mt-2">El informe no lo detalla.</p>
      )}
    </section>
  );
}

export default async function AprendizajePiloto({ params }: Props) {
  const a = await datos((await params).id);
  if (!a) notFound();
  return (
    <article>
      <p>
        <Link href="/aprendizajes">← Todos los aprendizajes</Link>
      </p>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-primario-oscuro">
        {a.convocatoriaNombre} · {a.regionesNombres.length ? a.regionesNombres.join(", ") : "Nacional"}
      </p>
      <h1 className="mt-1 text-3xl">{a.nombreProyecto || "Piloto sin nombre"}</h1>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        <div className="bg-neutro p-3">
          <dt className="text-sm">Desafío</dt>
          <dd className="font-medium text-titulo">{a.desafioVigente ? <Link href={`/desafios/${a.desafioSlug}`}>{a.desafioTitulo}</Link> : a.desafioTitulo}</dd>
        </div>
        <div className="bg-neutro p-3">
          <dt className="text-sm">Grupo vulnerable</dt>
          <dd className="font-medium text-titulo">
            {a.grupoNombre}
            {a.mesaNombre && <span className="block text-sm font-normal">{a.mesaNombre}</span>}
          </dd>
        </div>
        <div className="bg-neutro p-3">
          <dt className="text-sm">Recomendación</dt>
          <dd>
            <span className="text-2xl font-bold text-titulo">{a.recomendacion ? NOMBRE_RECOMENDACION[a.recomendacion] : "Sin recomendación"}</span>
            {a.recomendacion && <span className="block text-sm">{DESCRIPCION_RECOMENDACION[a.recomendacion]}</span>}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="metricas" className="mt-8">
        <h2 id="metricas" className="text-2xl">
          Resultados frente a la línea base
        </h2>
        <p className="mt-2 max-w-3xl">
          Para cada métrica del desafío: el valor de la línea base (antes del piloto), la meta que el equipo se propuso y el resultado que midió al cerrar.
        </p>
        <GraficoMetricas metricas={a.metricas} titulo={a.nombreProyecto || "Piloto"} />
      </section>

      <Texto titulo="Qué se hizo" texto={a.loRealizado} />
      <Texto titulo="Aprendizajes" texto={a.aprendizajes} />
      <Texto titulo="Coproducción con las personas usuarias" texto={a.evidenciaCoproduccion} />
      <Texto titulo={`Por qué se recomienda ${a.recomendacion ? NOMBRE_RECOMENDACION[a.recomendacion].toLowerCase() : "así"}`} texto={a.fundamentoRecomendacion} />

      <p className="mt-8 text-sm">Informe aprobado y publicado por el equipo del FOSIS el {formatearFecha(a.publicadaEn)}.</p>
    </article>
  );
}
