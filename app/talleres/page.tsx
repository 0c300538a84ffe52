import type { Metadata } from "next";
import { ListaTalleres } from "@/components/talleres/lista-talleres";

export const metadata: Metadata = {
  title: "Talleres y encuentros",
  description: "Talleres regionales y encuentros del Fondo IDEA: conozca los desafíos y trabaje su idea. Inscripción gratuita.",
};

// Static: the unfiltered list. ?region=… is rewritten (next.config.ts) to app/talleres-filtrados, cached
// once per region, so no request renders per visit.
export default function Talleres() {
  return <ListaTalleres />;
}
