import Link from "next/link";
import { formatearFechaHora } from "@/lib/domain/formato";
import { NOMBRE_TIPO_EVENTO } from "@/lib/talleres/schema";
import { textoCupos } from "@/lib/talleres/formato";

export type TallerTarjeta = {
  id: string;
  tipo: string;
  titulo: string;
  inicio: Date;
  lugar: string | null;
  enlace: string | null;
  capacidad: number;
  cuposOcupados: number;
  region: { nombre: string } | null;
};

export function dondeTaller(t: Pick<TallerTarjeta, "lugar" | "enlace" | "region">): string {
  const region = t.region ? `Región de ${t.region.nombre}` : null;
  if (t.lugar) return [t.lugar, region].filter(Boolean).join(" · ");
  return region ? `En línea · ${region}` : "En línea";
}

export function TarjetaTaller({ t }: { t: TallerTarjeta }) {
  return (
    <article className="border border-acento p-4">
      <p className="text-sm font-medium uppercase tracking-wide text-primario-oscuro">{NOMBRE_TIPO_EVENTO[t.tipo] ?? t.tipo}</p>
      <h2 className="mt-1 text-xl">
        <Link href={`/talleres/${t.id}`}>{t.titulo}</Link>
      </h2>
      <p className="mt-2">{formatearFechaHora(t.inicio)} (hora de Chile continental)</p>
      <p className="mt-1 break-words">{dondeTaller(t)}</p>
      <p className="mt-2 font-medium text-titulo">{textoCupos(t.capacidad, t.cuposOcupados)}</p>
    </article>
  );
}
