import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Tabla } from "@/components/ui/table";
import { cachearPagina } from "@/lib/cache/pagina";
import { formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { formatoNota } from "@/lib/domain/nota";
import { FORMULA_POPULAR, puntajesPopulares } from "@/lib/domain/puntaje-popular";
import { getRanking, type PerfilEnRanking } from "@/lib/votacion/queries";
import { textoCupo, textoVentana } from "@/lib/votacion/reglas";

export const metadata: Metadata = {
  title: "Votación popular",
  description: "Resultados de la votación popular del Fondo IDEA: votos de cada proyecto admisible, por desafío y por región.",
};

/** The rankings, cached as counters: fresh within seconds, never rendered per visit (no vote expires them). */
async function ranking() {
  "use cache";
  cachearPagina("/votacion", "contadores");
  return getRanking();
}

// Public: counts per project only, never who voted (secret ballot). Hidden while the convocatoria hides them.
export default async function Votacion() {
  const r = await ranking();
  if (!r) {
    return (
      <>
        <h1 className="text-3xl">Votación popular</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  const ventana = textoVentana(r.reglas);
  // The popular score is relative to each desafío, so it is computed there and shown in the region tables too.
  const puntajes = r.visibles
    ? puntajesPopulares(r.porDesafio.flatMap((d) => d.perfiles.map((p) => ({ postulacionId: p.postulacionId, desafioId: d.id, votos: p.votos ?? 0 }))))
    : null;
  return (
    <>
      <h1 className="text-3xl">Votación popular</h1>
      <p className="mt-2">
        {r.convocatoria.nombre}. {textoCupo(r.reglas)}. Vota cada persona con su RUT verificado con ClaveÚnica (o en una oficina del FOSIS), desde la página de
        cada proyecto.
      </p>
      <p className="mt-2">
        {ventana
          ? r.ventana === "CERRADA"
            ? `La votación se realizó ${ventana}.`
            : r.ventana === "ANTES"
              ? `La votación estará abierta ${ventana}.`
              : `La votación está abierta ${ventana}.`
          : "Las fechas de la votación aún no están definidas."}
      </p>
      {!r.visibles ? (
        <div className="mt-4">
          <Alert tipo="info" titulo="Conteos ocultos hasta el cierre">
            Los votos de cada proyecto se publicarán al cerrar la votación{r.reglas.votacionFin ? `, el ${formatearFechaHora(r.reglas.votacionFin)}` : ""}. Mientras tanto,
            los proyectos aparecen en orden alfabético.
          </Alert>
        </div>
      ) : (
        <p className="mt-2">
          Total: <strong>{formatearNumero(r.total ?? 0)}</strong> {r.total === 1 ? "voto" : "votos"}. Los conteos se actualizan cada pocos segundos.
        </p>
      )}
      <p className="mt-2 text-sm">
        <strong>Cómo se calcula el puntaje popular</strong> (que pondera en el puntaje final de cada proyecto): {FORMULA_POPULAR} Aquí se muestra con un decimal.
      </p>

      <section aria-labelledby="por-desafio" className="mt-8">
        <h2 id="por-desafio" className="text-2xl">
          Por desafío
        </h2>
        {r.porDesafio.length === 0 && <p className="mt-2">Aún no hay proyectos admisibles.</p>}
        {r.porDesafio.map((d) => (
          <div key={d.id} className="mt-6">
            <h3 className="text-xl">
              <Link href={`/desafios/${d.slug}`}>{d.titulo}</Link>
            </h3>
            <TablaPerfiles caption={`Proyectos del desafío ${d.titulo}`} perfiles={d.perfiles} puntajes={puntajes} />
          </div>
        ))}
      </section>

      <section aria-labelledby="por-region" className="mt-10">
        <h2 id="por-region" className="text-2xl">
          Por región
        </h2>
        <p className="mt-2 text-sm">Un proyecto que se ejecutaría en varias regiones aparece en cada una.</p>
        {r.porRegion.map((g) => (
          <div key={g.cut} className="mt-6">
            <h3 className="text-xl">{g.nombre}</h3>
            <TablaPerfiles caption={`Proyectos de la región ${g.nombre}`} perfiles={g.perfiles} puntajes={puntajes} />
          </div>
        ))}
      </section>
    </>
  );
}

/** `puntajes`: the popular score of each perfil, null while the counts are hidden. */
function TablaPerfiles({ caption, perfiles, puntajes }: { caption: string; perfiles: PerfilEnRanking[]; puntajes: Map<string, number> | null }) {
  const visibles = puntajes !== null;
  const columnas = visibles
    ? [{ titulo: "Lugar" }, { titulo: "Proyecto" }, { titulo: "Votos", derecha: true }, { titulo: "Puntaje popular", derecha: true }]
    : [{ titulo: "Proyecto" }];
  return (
    <div className="mt-2">
      <Tabla caption={caption} columnas={columnas}>
        {perfiles.map((p) => (
          <tr key={p.postulacionId} className="border-b border-neutro">
            {/* Ties share their place (1, 1, 3). */}
            {visibles && <td className="p-2">{perfiles.findIndex((x) => x.votos === p.votos) + 1}</td>}
            <td className="p-2">{p.slug ? <Link href={`/perfiles/${p.slug}`}>{p.nombreProyecto}</Link> : p.nombreProyecto}</td>
            {visibles && <td className="p-2 text-right">{formatearNumero(p.votos ?? 0)}</td>}
            {visibles && <td className="p-2 text-right">{formatoNota(puntajes.get(p.postulacionId) ?? 1)}</td>}
          </tr>
        ))}
      </Tabla>
    </div>
  );
}
