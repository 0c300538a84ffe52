// The published results of one convocatoria (issue 12, item 6), with the years side by side (issue 14, item 7):
// /resultados shows the active convocatoria's, /resultados/[anio] a past one's; both cached.
import Link from "next/link";
import { TablaResultados } from "@/components/seleccion/tabla-resultados";
import { Alert } from "@/components/ui/alert";
import { GraficoBarras } from "@/components/ui/grafico-barras";
import { formatearClp, formatearFecha, formatearNumero } from "@/lib/domain/formato";
import type { ResultadosPublicos, RondaPublicada } from "@/lib/seleccion/resultados";

/** Links to every year with published results (the active one at /resultados). Works without JavaScript. */
function SelectorAnio({ anios, anio, anioActivo }: { anios: { anio: number; nombre: string }[]; anio: number; anioActivo: number | null }) {
  const todos = anioActivo !== null && !anios.some((a) => a.anio === anioActivo) ? [{ anio: anioActivo, nombre: "" }, ...anios] : anios;
  if (!todos.some((a) => a.anio !== anio)) return null;
  return (
    <nav aria-label="Resultados por año" className="mt-3">
      <p className="text-sm font-medium">Ver los resultados de otro año:</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {todos.map((a) => (
          <li key={a.anio}>
            <Link
              href={a.anio === anioActivo ? "/resultados" : `/resultados/${a.anio}`}
              aria-current={a.anio === anio ? "page" : undefined}
              className={`inline-block min-h-11 border px-4 py-2 ${a.anio === anio ? "border-oscuro bg-oscuro text-white no-underline" : "border-primario"}`}
            >
              {a.anio}
              {a.anio === anioActivo ? " (actual)" : ""}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// Public: projects, amounts and scores only; never who applied, evaluated or voted.
export function VistaResultados({ r, anios, anioActivo }: { r: ResultadosPublicos | null; anios: { anio: number; nombre: string }[]; anioActivo: number | null }) {
  if (!r) {
    return (
      <>
        <h1 className="text-3xl">Resultados de la selección</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl">Resultados de la selección{r.convocatoria.anio !== anioActivo ? ` ${r.convocatoria.anio}` : ""}</h1>
      <SelectorAnio anios={anios} anio={r.convocatoria.anio} anioActivo={anioActivo} />
      <p className="mt-2 max-w-3xl">
        {r.convocatoria.nombre}. El comité decide en dos rondas: la preselección para la incubación y, después del demo day, la selección final de los pilotos,
        con un presupuesto total de {formatearClp(r.convocatoria.presupuestoTotal)}. Cada decisión queda en un acta firmada por los miembros presentes del comité.
      </p>
      {r.rondas.length === 0 ? (
        <div className="mt-6">
          <Alert tipo="info" titulo="Aún no hay resultados">
            Los resultados se publicarán cuando el comité firme el acta de la preselección. Mientras tanto, puede revisar la{" "}
            <Link href="/votacion">votación popular</Link> y los <Link href="/desafios">desafíos</Link>.
          </Alert>
        </div>
      ) : (
        <>
          <p className="mt-2">
            Los puntajes de todos los proyectos admisibles, también los no seleccionados, están en la <Link href="/guia">Guía de proyectos ranqueados</Link>.
          </p>
          {r.rondas.map((ronda) => (
            <Ronda key={ronda.fase} ronda={ronda} />
          ))}
        </>
      )}
    </>
  );
}

function Ronda({ ronda }: { ronda: RondaPublicada }) {
  const id = `ronda-${ronda.fase.toLowerCase()}`;
  const porcentaje = ronda.presupuesto > 0 ? Math.round((ronda.montoUsado / ronda.presupuesto) * 1000) / 10 : 0;
  const porRegion = ronda.regionesCubiertas.map((reg) => ({ clave: reg.cut, etiqueta: reg.nombre, valor: ronda.seleccionados.filter((p) => p.regionCut === reg.cut).length }));
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl">
        {ronda.nombre}
      </h2>
      <p className="mt-2">
        {ronda.cerradaEn ? `Acta firmada el ${formatearFecha(ronda.cerradaEn)}.` : "Acta firmada."}{" "}
        {ronda.actaId && (
          <a href={`/actas/${ronda.actaId}`}>
            Descargar el acta firmada de la {ronda.nombre.toLowerCase()} (PDF)
          </a>
        )}
      </p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        <div className="bg-neutro p-3">
          <dt className="text-sm">Proyectos seleccionados</dt>
          <dd className="text-2xl font-bold text-titulo">{formatearNumero(ronda.seleccionados.length)}</dd>
        </div>
        <div className="bg-neutro p-3">
          <dt className="text-sm">Presupuesto usado</dt>
          <dd>
            <span className="text-2xl font-bold text-titulo">{formatearClp(ronda.montoUsado)}</span>
            <span className="block text-sm">
              de {formatearClp(ronda.presupuesto)} ({formatearNumero(porcentaje)} %)
            </span>
          </dd>
        </div>
        <div className="bg-neutro p-3">
          <dt className="text-sm">Regiones cubiertas</dt>
          <dd>
            <span className="text-2xl font-bold text-titulo">{formatearNumero(ronda.regionesCubiertas.length)}</span>
            <span className="block text-sm">de {formatearNumero(ronda.regionesConCandidatos.length)} regiones con proyectos postulados a esta ronda</span>
          </dd>
        </div>
      </dl>

      <h3 className="mt-6 text-xl">Proyectos seleccionados</h3>
      {ronda.seleccionados.length === 0 ? (
        <p className="mt-2">El comité no seleccionó proyectos en esta ronda.</p>
      ) : (
        <TablaResultados caption={`Proyectos seleccionados en la ${ronda.nombre.toLowerCase()}, del mayor al menor puntaje`} proyectos={ronda.seleccionados} />
      )}
      {porRegion.length > 0 && (
        <GraficoBarras
          titulo={`Proyectos seleccionados por región en la ${ronda.nombre.toLowerCase()}`}
          descripcion={`Regiones cubiertas: ${ronda.regionesCubiertas.map((x) => x.nombre).join(", ")}.`}
          datos={porRegion}
          unidad="proyectos"
          columnaEtiqueta="Región"
        />
      )}

      <h3 className="mt-6 text-xl">Lista de espera</h3>
      {ronda.listaEspera.length === 0 ? (
        <p className="mt-2">No hay proyectos en lista de espera.</p>
      ) : (
        <>
          <p className="mt-2 text-sm">En el orden del comité: del mayor al menor puntaje consolidado.</p>
          <TablaResultados caption={`Lista de espera de la ${ronda.nombre.toLowerCase()}, en orden`} proyectos={ronda.listaEspera} numerar />
        </>
      )}
      {ronda.noSeleccionados > 0 && (
        <p className="mt-4">
          {ronda.noSeleccionados === 1 ? "Otro proyecto no fue seleccionado" : `Otros ${formatearNumero(ronda.noSeleccionados)} proyectos no fueron seleccionados`}; sus
          puntajes están en la <Link href="/guia">Guía de proyectos ranqueados</Link>.
        </p>
      )}

      <div className="mt-6 border-l-4 border-oscuro bg-neutro p-3">
        <h3 className="text-lg">Cómo se calculó el puntaje consolidado</h3>
        <p className="mt-1 text-sm">{ronda.formula}</p>
      </div>
    </section>
  );
}
