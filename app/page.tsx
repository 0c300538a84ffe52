import Link from "next/link";
import { Timeline } from "@/components/ui/timeline";
import { TarjetaDesafio } from "@/components/desafios/tarjeta-desafio";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { listarDesafiosPublicados } from "@/lib/desafios/queries";
import { DESCRIPCION_ETAPA, NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearMM } from "@/lib/domain/formato";
import { cachearPagina } from "@/lib/cache/pagina";


export default async function Inicio() {
  "use cache";
  cachearPagina("/");
  const [conv, desafios] = await Promise.all([getConvocatoriaActual(), listarDesafiosPublicados()]);
  return (
    <>
      <section aria-labelledby="titulo-inicio" className="mb-10">
        <h1 id="titulo-inicio" className="text-3xl sm:text-4xl">
          {conv?.nombre ?? "Fondo IDEA"}
        </h1>
        <p className="mt-3 max-w-3xl text-lg">
          El Fondo IDEA de FOSIS busca nuevas ideas para problemas emergentes de pobreza y vulnerabilidad. Publicamos desafíos, recibimos perfiles de
          proyectos de todo Chile, los evaluamos con participación ciudadana y financiamos pilotos para aprender de ellos y escalar lo que funciona.
        </p>
        {conv && (
          <dl className="mt-6 grid gap-4 sm:grid-cols-3">
            <div className="bg-neutro p-4">
              <dt className="text-sm">Inversión total</dt>
              <dd className="font-slab text-2xl text-titulo">${formatearMM(conv.presupuestoTotal)}</dd>
            </div>
            <div className="bg-neutro p-4">
              <dt className="text-sm">Por proyecto</dt>
              <dd className="font-slab text-2xl text-titulo">
                ${formatearMM(conv.montoMinProyecto).replace(" MM", "")} a {formatearMM(conv.montoMaxProyecto)}
              </dd>
            </div>
            <div className="bg-neutro p-4">
              <dt className="text-sm">Etapa actual</dt>
              <dd className="font-slab text-2xl text-titulo">{NOMBRE_ETAPA[conv.etapaActual]}</dd>
            </div>
          </dl>
        )}
      </section>

      <section aria-labelledby="titulo-desafios" className="mb-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="titulo-desafios" className="text-2xl">
            Desafíos {conv ? conv.anio : ""}
          </h2>
          <Link href="/desafios">Ver y filtrar todos los desafíos</Link>
        </div>
        {desafios.length === 0 ? (
          <p className="mt-4">Aún no hay desafíos publicados. Vuelva pronto.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {desafios.map((d) => (
              <li key={d.id}>
                <TarjetaDesafio d={d} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {conv && (
        <section aria-labelledby="titulo-calendario">
          <h2 id="titulo-calendario" className="mb-4 text-2xl">
            Calendario
          </h2>
          <p className="mb-4">
            Estamos en la etapa <strong>{NOMBRE_ETAPA[conv.etapaActual]}</strong>: {DESCRIPCION_ETAPA[conv.etapaActual]} Fechas en hora de Chile continental.
          </p>
          <Timeline
            titulo="Etapas de la convocatoria"
            pasos={conv.calendario.map((c) => ({ ...c, clave: c.etapa, titulo: NOMBRE_ETAPA[c.etapa], descripcion: DESCRIPCION_ETAPA[c.etapa] }))}
          />
        </section>
      )}
    </>
  );
}
