import type { Metadata } from "next";
import { IMAGEN_OG } from "@/lib/metadatos";
import { Tabla } from "@/components/ui/table";
import Link from "next/link";
import { notFound } from "next/navigation";
import { permiteEtapa } from "@/lib/auth/permissions";
import { cachearPagina } from "@/lib/cache/pagina";
import { CajaPostular } from "@/components/desafios/caja-postular";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { getDesafioPublico } from "@/lib/desafios/queries";
import { textoRecepcionPerfiles } from "@/lib/domain/fechas-etapa";
import { formatearFecha, formatearNumero } from "@/lib/domain/formato";
import { cierreEnCalendario } from "@/lib/postulaciones/plazo";


type Props = { params: Promise<{ slug: string }> };

/** The published desafío and the convocatoria, cached (expired by the desafío and etapa actions). */
async function datosDesafio(slug: string) {
  "use cache";
  cachearPagina("/desafios/[slug]");
  const [d, conv] = await Promise.all([getDesafioPublico(slug), getConvocatoriaActual()]);
  // When perfiles are received: the desafío belongs to the active convocatoria (getDesafioPublico).
  const filaConvocatoria = conv?.calendario.find((c) => c.etapa === "CONVOCATORIA");
  const cierre = conv ? cierreEnCalendario(conv.calendario) : null;
  const plazo = filaConvocatoria && cierre ? textoRecepcionPerfiles(filaConvocatoria, filaConvocatoria.estado, cierre, new Date()) : null;
  return d ? { d, plazo } : null;
}

// Rendered on the first visit to each desafío, then served from the cache.
export async function generateStaticParams() {
  return [{ slug: "ejemplo" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = (await datosDesafio((await params).slug))?.d;
  return d ? { title: d.titulo, description: d.resumen, openGraph: { title: d.titulo, description: d.resumen, images: [IMAGEN_OG] } } : { title: "Desafío no encontrado" };
}

export default async function Desafio({ params }: Props) {
  const datos = await datosDesafio((await params).slug);
  if (!datos) notFound();
  const { d, plazo } = datos;
  // Open for perfiles when the permission table says so for this etapa (lib/auth/permissions.ts).
  const abierta = permiteEtapa("perfil.crearBorrador", d.convocatoria.etapaActual);
  return (
    <article>
      <p>
        <Link href="/desafios">← Todos los desafíos</Link>
      </p>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-primario-oscuro">
        {d.convocatoria.nombre} · {d.alcance === "NACIONAL" ? "Alcance nacional" : `Región de ${d.region?.nombre}`}
      </p>
      <h1 className="mt-1 text-3xl">{d.titulo}</h1>
      <p className="mt-3 text-lg">{d.resumen}</p>
      <div className="mt-4 max-w-3xl whitespace-pre-line">{d.descripcion}</div>

      <h2 className="mt-8 text-2xl">Grupo vulnerable</h2>
      <p className="mt-2">
        {d.grupoVulnerable.nombre} (Ministerio de {d.grupoVulnerable.ministerio}). Vinculado a la {d.grupoVulnerable.mesaNombre}.
      </p>

      <h2 className="mt-8 text-2xl">Línea base</h2>
      {/* Phones get one card per metric; wider screens the table. */}
      <ul className="mt-3 space-y-3 sm:hidden">
        {d.metricas.map((m) => (
          <li key={m.id} className="border border-acento p-3">
            <p className="font-medium text-titulo">{m.indicador}</p>
            <p className="font-slab text-2xl text-titulo">
              {formatearNumero(m.valor)} <span className="font-sans text-base">{m.unidad}</span>
            </p>
            <p className="text-sm">
              {m.fuente} · {formatearFecha(m.fecha)}
            </p>
          </li>
        ))}
      </ul>
      <div className="mt-3 hidden sm:block">
        <Tabla caption={`Métricas de línea base del desafío ${d.titulo}`} columnas={[{ titulo: "Indicador" }, { titulo: "Valor", derecha: true }, { titulo: "Fuente" }, { titulo: "Fecha" }]}>
            {d.metricas.map((m) => (
              <tr key={m.id} className="border-b border-acento">
                <th scope="row" className="p-2 font-normal">
                  {m.indicador}
                </th>
                <td className="p-2 text-right">
                  {formatearNumero(m.valor)} {m.unidad}
                </td>
                <td className="p-2">{m.fuente}</td>
                <td className="p-2">{formatearFecha(m.fecha)}</td>
              </tr>
            ))}
        </Tabla>
      </div>
      <section aria-labelledby="titulo-postular" className="mt-8 bg-neutro p-4">
        <h2 id="titulo-postular" className="text-2xl">
          ¿Tiene una idea para este desafío?
        </h2>
        {plazo && <p className="mt-2 font-medium">{plazo}</p>}
        {!abierta ? (
          <p className="mt-2">
            La recepción de perfiles está abierta solo durante la etapa Convocatoria. Lea <Link href="/como-postular">cómo postular</Link>.
          </p>
        ) : (
          <CajaPostular desafioId={d.id} slug={d.slug} />
        )}
      </section>
    </article>
  );
}
