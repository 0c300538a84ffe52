import type { Metadata } from "next";
import Link from "next/link";
import { FiltrosGuia } from "@/components/seleccion/filtros-guia";
import { TablaGuia } from "@/components/seleccion/tabla-guia";
import { Alert } from "@/components/ui/alert";
import { GraficoBarras } from "@/components/ui/grafico-barras";
import { cachearPagina } from "@/lib/cache/pagina";
import { FORMULA_POPULAR } from "@/lib/domain/puntaje-popular";
import { histogramaNotas, TRAMOS_NOTA } from "@/lib/evaluacion/histograma";
import { guiaProyectos, type RondaGuia } from "@/lib/seleccion/resultados";

export const metadata: Metadata = {
  title: "Guía de proyectos ranqueados",
  description: "Todos los proyectos admisibles del Fondo IDEA, también los no seleccionados, con sus puntajes técnico, popular, del demo day y consolidado, y la decisión del comité.",
};

/** Cached until a round closes (acta.firmar expires the "seleccion" tag); filtered in the browser, not per request. */
async function guia() {
  "use cache";
  cachearPagina("/guia");
  return guiaProyectos();
}

const CONTENEDOR = "guia-rondas";

// Public and without personal data: projects and their scores, never who applied, evaluated, voted or judged.
export default async function Guia() {
  const g = await guia();
  return (
    <>
      <h1 className="text-3xl">Guía de proyectos ranqueados</h1>
      {!g ? (
        <p className="mt-4">No hay una convocatoria activa.</p>
      ) : (
        <>
          <p className="mt-2 max-w-3xl">
            {g.convocatoria.nombre}. Todos los proyectos admisibles, también los que no fueron seleccionados, con sus puntajes y la decisión del comité en cada
            ronda. Los proyectos seleccionados están en los{" "}
            <Link href="/resultados">resultados de la selección</Link>.
          </p>
          {!g.publicada ? (
            <div className="mt-6">
              <Alert tipo="info" titulo="La guía aún no está publicada">
                La guía se publicará cuando el comité firme el acta de la preselección.
              </Alert>
            </div>
          ) : (
            <>
              <FiltrosGuia opciones={g.opciones} contenedorId={CONTENEDOR} total={g.rondas.find((r) => r.fase === "PRESELECCION")?.filas.length ?? 0} />
              <div id={CONTENEDOR}>
                {g.rondas.map((r) => (
                  <Ronda key={r.fase} ronda={r} />
                ))}
              </div>
              <p className="mt-8 text-sm">
                <strong>Puntaje popular:</strong> {FORMULA_POPULAR}
              </p>
            </>
          )}
        </>
      )}
    </>
  );
}

function Ronda({ ronda }: { ronda: RondaGuia }) {
  const id = `guia-${ronda.fase.toLowerCase()}`;
  const consolidados = ronda.filas.flatMap((f) => (f.consolidado === null ? [] : [f.consolidado]));
  const cuentas = histogramaNotas(consolidados);
  const sinPuntaje = ronda.filas.length - consolidados.length;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl">
        {ronda.nombre}
      </h2>
      <p className="mt-2">
        {ronda.fase === "PRESELECCION"
          ? "Todos los proyectos admisibles. Un proyecto sin evaluaciones técnicas no tiene puntaje consolidado y aparece al final, sin lugar."
          : "Los proyectos preseleccionados para la incubación, con el puntaje del demo day."}
      </p>
      <p className="mt-2 border-l-4 border-oscuro bg-neutro p-3 text-sm">{ronda.formula}</p>
      <TablaGuia ronda={ronda} />
      <GraficoBarras
        titulo={`${ronda.nombre}: proyectos por tramo de puntaje consolidado`}
        descripcion={`Todos los proyectos de la ronda, sin filtros. Cada tramo incluye su nota inferior y el último también el 7,0.${sinPuntaje ? ` ${sinPuntaje === 1 ? "Un proyecto no tiene" : `${sinPuntaje} proyectos no tienen`} puntaje consolidado.` : ""}`}
        datos={TRAMOS_NOTA.map((t, i) => ({ clave: t, etiqueta: `De ${t}`, valor: cuentas[i] }))}
        unidad="proyectos"
        columnaEtiqueta="Tramo de puntaje consolidado"
      />
    </section>
  );
}
