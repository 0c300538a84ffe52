import Link from "next/link";

export type DesafioTarjeta = {
  slug: string;
  titulo: string;
  resumen: string;
  alcance: "REGIONAL" | "NACIONAL";
  region: { nombre: string } | null;
  grupoVulnerable: { nombre: string };
};

export function TarjetaDesafio({ d }: { d: DesafioTarjeta }) {
  return (
    <article className="flex h-full flex-col border border-acento bg-white p-5">
      <p className="text-sm font-medium uppercase tracking-wide text-primario-oscuro">{d.alcance === "NACIONAL" ? "Nacional" : `Región de ${d.region?.nombre}`}</p>
      <h3 className="mt-1 text-xl">
        <Link href={`/desafios/${d.slug}`}>{d.titulo}</Link>
      </h3>
      <p className="mt-2 flex-1">{d.resumen}</p>
      <p className="mt-3 text-sm">
        <span className="font-medium">Grupo:</span> {d.grupoVulnerable.nombre}
      </p>
    </article>
  );
}
