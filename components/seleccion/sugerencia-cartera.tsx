import { formatearClp, formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { filasPrecios, formatoPuntos, preciosDeSugerencia } from "@/lib/seleccion/presentacion";
import type { Sugerencia } from "@/lib/seleccion/ronda";

/**
 * The optimiser's suggested portfolio as stored with the round: feasible or why not (in Spanish), its totals,
 * the parameters it ran with, and what each constraint costs in total score.
 */
export function SugerenciaCartera({ sugerencia }: { sugerencia: Sugerencia | null }) {
  return (
    <section aria-labelledby="sugerencia" className="mt-6">
      <h2 id="sugerencia" className="text-2xl">
        Cartera sugerida
      </h2>
      {!sugerencia ? (
        <p className="mt-2">La ronda aún no tiene una cartera sugerida: prepárela para calcularla.</p>
      ) : (
        <>
          <p className="mt-2">
            El optimizador busca la cartera de mayor puntaje consolidado total con la suma de montos dentro del presupuesto ({formatearClp(sugerencia.presupuesto)}), cada monto dentro de la
            banda y al menos un proyecto por región con candidatos
            {sugerencia.maxPorDesafio !== null ? `, y como máximo ${formatearNumero(sugerencia.maxPorDesafio)} por desafío` : ""}. Calculada el{" "}
            {formatearFechaHora(new Date(sugerencia.calculadaEn))} sobre {sugerencia.candidatos === 1 ? "1 candidato" : `${formatearNumero(sugerencia.candidatos)} candidatos`}.
          </p>
          {sugerencia.factible ? <Totales sugerencia={sugerencia} /> : <p className="mt-2 border-l-4 border-aviso bg-[#fdf6e3] p-3">No hay una cartera factible: {sugerencia.motivo}</p>}
        </>
      )}
    </section>
  );
}

function Totales({ sugerencia }: { sugerencia: Extract<Sugerencia, { factible: true }> }) {
  const precios = filasPrecios(preciosDeSugerencia(sugerencia));
  return (
    <>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium text-titulo">Proyectos</dt>
        <dd>{formatearNumero(sugerencia.seleccion.length)}</dd>
        <dt className="font-medium text-titulo">Puntaje total</dt>
        <dd>{formatoPuntos(sugerencia.puntajeTotal)}</dd>
        <dt className="font-medium text-titulo">Monto total</dt>
        <dd>{formatearClp(sugerencia.montoTotal)}</dd>
      </dl>
      {precios.length > 0 && (
        <>
          <h3 className="mt-4 text-lg">Lo que cuesta cada restricción</h3>
          <p className="text-sm">Puntaje total que la cartera deja de obtener por cumplirla (0: no cuesta nada).</p>
          <ul className="mt-1 list-disc pl-5">
            {precios.map((p) => (
              <li key={p.clave}>
                {p.nombre}: <strong>{formatoPuntos(p.valor)}</strong> puntos
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
