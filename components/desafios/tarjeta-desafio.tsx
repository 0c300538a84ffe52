import Link from "next/link";

export type DesafioTarjeta = {
  slug: string;
  titulo: string;
  resumen: string;
  alcance: "REGIONAL" | "NACIONAL";
  region: { nombre: string } | null;
  grupoVulnerable: { nombre: string };
};

// The card's title sits one level below the heading of the list it is in: h3 under the home page's
// "Desafíos" h2, h2 on /desafios, whose list follows the page's h1 (headings must not skip a level).
export function TarjetaDesafio({ d, nivelTitulo = 3 }: { d: DesafioTarjeta; nivelTitulo?: 2 | 3 }) {
  const Titulo = nivelTitulo === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col border border-acento bg-white p-5">
      <p className="text-sm font-medium uppercase tracking-wide text-primario-oscuro">{d.alcance === "NACIONAL" ? "Nacional" : `Región de ${d.region?.nombre}`}</p>
      <Titulo className="mt-1 text-xl">
        <Link href={`/desafios/${d.slug}`}>{d.titulo}</Link>
      </Titulo>
      <p className="mt-2 flex-1">{d.resumen}</p>
      <p className="mt-3 text-sm">
        <span className="font-medium">Grupo:</span> {d.grupoVulnerable.nombre}
      </p>
    </article>
  );
}
