import Link from "next/link";
import { formatearFechaHora } from "@/lib/domain/formato";
import type { getMisVotos } from "@/lib/votacion/queries";

/** «Mis votos» on /cuenta: the voter's own votes (lib/votacion/queries.ts getMisVotos), newest first. */
export function MisVotos({ votos }: { votos: Awaited<ReturnType<typeof getMisVotos>> }) {
  return (
    <section aria-labelledby="mis-votos" className="mt-8">
      <h2 id="mis-votos" className="text-2xl">
        Mis votos
      </h2>
      {votos.length === 0 ? (
        <p className="mt-2">
          Aún no ha votado. Vea los proyectos en la <Link href="/votacion">votación popular</Link> y vote desde la página de cada uno.
        </p>
      ) : (
        <>
          <p className="mt-2">Solo usted ve por quién votó. Un voto no se puede cambiar ni retirar.</p>
          <ul className="mt-3 space-y-2">
            {votos.map((v) => (
              <li key={v.id} className="border-l-4 border-primario bg-neutro p-3">
                {v.slug ? <Link href={`/perfiles/${v.slug}`}>{v.proyecto}</Link> : v.proyecto}
                <span className="block text-sm">
                  Desafío: {v.desafio} · {v.convocatoria} · {formatearFechaHora(v.createdAt)} (hora de Chile continental) · comprobante {v.id}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
