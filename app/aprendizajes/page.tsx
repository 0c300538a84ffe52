import type { Metadata } from "next";
import Link from "next/link";
import { FiltroAprendizajes } from "@/components/aprendizajes/filtro-aprendizajes";
import { cachearPagina } from "@/lib/cache/pagina";
import { listarAprendizajes, opcionesAprendizajes } from "@/lib/aprendizajes/queries";
import { NOMBRE_RECOMENDACION } from "@/lib/domain/sistematizacion";

export const metadata: Metadata = {
  title: "Repositorio de aprendizajes",
  description: "Lo que aprendieron los pilotos del Fondo IDEA de cada año: sus resultados frente a la línea base del desafío y su recomendación (escalar, ajustar o descartar).",
};

/** The full list, cached until a report is published (its action expires the "aprendizajes" tag). */
async function datos() {
  "use cache";
  cachearPagina("/aprendizajes");
  const items = await listarAprendizajes();
  return { items, opciones: opcionesAprendizajes(items) };
}

// Static: every published report; the filters are a client island over it (docs/decisions/0018).
export default async function Aprendizajes() {
  const { items, opciones } = await datos();
  return (
    <>
      <h1 className="text-3xl">Repositorio de aprendizajes</h1>
      <p className="mt-2 max-w-3xl">
        Cada piloto financiado por el Fondo IDEA cierra con un informe: qué se hizo, qué se aprendió, sus resultados frente a la línea base del desafío y una
        recomendación. Aquí están los informes aprobados por el equipo del FOSIS, de todas las convocatorias. Los resultados de la selección de cada año están
        en <Link href="/resultados" prefetch={false}>Resultados</Link>.
      </p>
      {items.length === 0 ? (
        <p className="mt-6">Aún no hay informes publicados. Se publican cuando el equipo del FOSIS aprueba el informe final de un piloto.</p>
      ) : (
        <FiltroAprendizajes items={items} opciones={opciones} nombres={NOMBRE_RECOMENDACION} />
      )}
    </>
  );
}
