import type { Metadata } from "next";
import { VistaResultados } from "@/components/resultados/vista-resultados";
import { cachearPagina } from "@/lib/cache/pagina";
import { resultadosConHistoria } from "@/lib/convocatoria/historia";

export const metadata: Metadata = {
  title: "Resultados de la selección",
  description: "Proyectos seleccionados por el comité del Fondo IDEA en cada ronda, su lista de espera, el presupuesto usado, las regiones cubiertas y el acta firmada.",
};

/** Cached until a round closes (acta.firmar expires the "seleccion" tag). */
async function resultados() {
  "use cache";
  cachearPagina("/resultados");
  return (await resultadosConHistoria())!;
}

// Public: projects, amounts and scores only; never who applied, evaluated or voted. Other years: /resultados/[anio].
export default async function Resultados() {
  const { r, anios, anioActivo } = await resultados();
  return <VistaResultados r={r} anios={anios} anioActivo={anioActivo} />;
}
