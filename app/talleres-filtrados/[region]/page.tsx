import type { Metadata } from "next";
import { ListaTalleres } from "@/components/talleres/lista-talleres";
import { TODAS } from "@/lib/cache/filtros";
import { CODIGOS_REGION } from "@/lib/domain/regiones";

export const metadata: Metadata = {
  title: "Talleres y encuentros",
  description: "Talleres regionales y encuentros del Fondo IDEA: conozca los desafíos y trabaje su idea. Inscripción gratuita.",
};

type Props = { params: Promise<{ region: string }> };

// /talleres?region=… lands here (rewrite in next.config.ts; the address bar keeps the query string): each
// region is rendered on its first visit, then served from the cache. An unknown code shows every taller.
export async function generateStaticParams() {
  return [{ region: TODAS }];
}

export default async function TalleresFiltrados({ params }: Props) {
  const { region } = await params;
  return <ListaTalleres region={(CODIGOS_REGION as string[]).includes(region) ? region : undefined} />;
}
