import type { Metadata } from "next";
import { ListaDesafios } from "@/components/desafios/lista-desafios";

export const metadata: Metadata = { title: "Desafíos" };

// Static: the unfiltered list. A filter in the query string is rewritten (next.config.ts) to
// app/desafios-filtrados, cached once per filter value, so no request renders per visit.
export default function Desafios() {
  return <ListaDesafios />;
}
