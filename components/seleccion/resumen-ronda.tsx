import { BarraProgreso } from "@/components/ui/barra-progreso";
import { formatearClp } from "@/lib/domain/formato";
import { NOMBRE_ESTADO_RONDA, type EstadoRonda } from "@/lib/domain/seleccion";

/**
 * The round's state and how far the committee has gone: perfiles decided, the budget used by the selected
 * ones, and the regions with candidates that have a selected project (the fund's rule: at least one per
 * region). Every figure is also written as text; nothing is told by a bar's length alone.
 */
export function ResumenRonda({
  estado,
  decididas,
  candidatos,
  montoUsado,
  presupuesto,
  regionesCubiertas,
  regionesConCandidatos,
  regionesSinProyecto,
}: {
  estado: EstadoRonda | null;
  decididas: number;
  candidatos: number;
  montoUsado: number;
  presupuesto: number;
  regionesCubiertas: number;
  regionesConCandidatos: number;
  regionesSinProyecto: string[];
}) {
  const excede = montoUsado > presupuesto;
  const pct = presupuesto > 0 ? Math.round((Math.min(montoUsado, presupuesto) / presupuesto) * 100) : 0;
  const textoMonto = `${formatearClp(montoUsado)} de ${formatearClp(presupuesto)} (${presupuesto > 0 ? Math.round((montoUsado / presupuesto) * 100) : 0} %)`;
  return (
    <section aria-labelledby="estado-ronda" className="mt-6 border border-acento p-4">
      <h2 id="estado-ronda" className="text-xl">
        Estado de la ronda: <span className="font-bold">{estado ? NOMBRE_ESTADO_RONDA[estado] : "sin preparar"}</span>
      </h2>
      {estado && (
        <dl className="mt-3 space-y-3">
          <div>
            <dt className="font-medium text-titulo">Perfiles con decisión</dt>
            <dd>
              <BarraProgreso etiqueta="Perfiles con decisión" valor={decididas} total={candidatos} unidad="perfiles" />
            </dd>
          </div>
          <div>
            <dt className="font-medium text-titulo">Presupuesto usado por los seleccionados</dt>
            <dd>
              <div className="flex min-w-0 items-center gap-2">
                <div
                  role="progressbar"
                  aria-label="Presupuesto usado"
                  aria-valuemin={0}
                  aria-valuemax={presupuesto}
                  aria-valuenow={Math.min(montoUsado, presupuesto)}
                  aria-valuetext={textoMonto}
                  className="h-3 min-w-16 flex-1 border border-[#767676] bg-white"
                >
                  <div className={`h-full ${excede ? "bg-error" : "bg-primario"}`} style={{ width: `${pct}%` }} />
                </div>
                <span className="shrink-0 text-sm tabular-nums" aria-hidden="true">
                  {textoMonto}
                </span>
              </div>
              {excede && <p className="mt-1 font-medium text-error">Los seleccionados superan el presupuesto en {formatearClp(montoUsado - presupuesto)}.</p>}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-titulo">Regiones con un proyecto seleccionado, de las que tienen candidatos</dt>
            <dd>
              <BarraProgreso etiqueta="Regiones cubiertas" valor={regionesCubiertas} total={regionesConCandidatos} unidad="regiones" />
              {regionesSinProyecto.length > 0 && <p className="mt-1 text-sm">Sin proyecto seleccionado: {regionesSinProyecto.join(", ")}.</p>}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
