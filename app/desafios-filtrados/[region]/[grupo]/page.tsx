import type { Metadata } from "next";
import { ListaDesafios } from "@/components/desafios/lista-desafios";
import { TODAS, TODOS } from "@/lib/cache/filtros";

export const metadata: Metadata = { title: "Desafíos" };

type Props = { params: Promise<{ region: string; grupo: string }> };

// /desafios?region=…&grupo=… lands here (rewrite in next.config.ts; the address bar keeps the query
// string): each filter value is rendered on its first visit, then served from the cache.
export async function generateStaticParams() {
  return [{ region: TODAS, grupo: TODOS }];
}

export default async function DesafiosFiltrados({ params }: Props) {
  const { region, grupo } = await params;
  return <ListaDesafios region={region === TODAS ? undefined : region} grupo={grupo === TODOS ? undefined : grupo} />;
}
