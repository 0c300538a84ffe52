import { formatearNumero } from "@/lib/domain/formato";

/**
 * Progress of a count (e.g. evaluations sent of those assigned): a bar with role="progressbar" and its
 * values for assistive technology, and the same figures as text beside it, so nothing is told by length
 * or colour alone. `etiqueta` names what progresses ("Avance de Eva Evaluadora").
 */
export function BarraProgreso({ etiqueta, valor, total, unidad = "" }: { etiqueta: string; valor: number; total: number; unidad?: string }) {
  const pct = total > 0 ? Math.round((Math.min(valor, total) / total) * 100) : 0;
  const texto = `${formatearNumero(valor)} de ${formatearNumero(total)}${unidad ? ` ${unidad}` : ""} (${pct} %)`;
  return (
    <div className="flex min-w-0 items-center gap-2">
      <div
        role="progressbar"
        aria-label={etiqueta}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={valor}
        aria-valuetext={texto}
        className="h-3 min-w-16 flex-1 border border-[#767676] bg-white"
      >
        <div className={`h-full ${pct === 100 ? "bg-exito" : "bg-primario"}`} style={{ width: `${pct}%` }} />
      </div>
      <span className="shrink-0 text-sm tabular-nums" aria-hidden="true">
        {texto}
      </span>
    </div>
  );
}
