// A pilot's metrics against the desafío's baseline: one small SVG chart per metric (línea base, meta and
// resultado on one axis, each bar with its label and number printed, so nothing is told by length or colour
// alone), an accessible name that says the same in words, and a real data table with a visible caption.
import { escalaMetrica, type ResultadoMetrica } from "@/lib/domain/aprendizajes";
import { formatearNumero } from "@/lib/domain/formato";

const r1 = (x: number) => Math.round(x * 10) / 10;
const conUnidad = (v: number | null, unidad: string) => (v === null ? "sin dato" : `${formatearNumero(v)}${unidad ? ` ${unidad}` : ""}`);

const BARRAS = [
  { clave: "lineaBase", etiqueta: "Línea base", color: "#a8b7c7" },
  { clave: "meta", etiqueta: "Meta", color: "#0a132d" },
  { clave: "resultado", etiqueta: "Resultado", color: "#006fb3" },
] as const;

/** «Logró el 80 % del cambio esperado», or null when it cannot be said. */
export function textoLogro(m: ResultadoMetrica): string | null {
  const { logro } = escalaMetrica(m);
  if (logro === null) return null;
  if (logro >= 100) return logro === 100 ? "Cumplió la meta." : `Superó la meta: logró el ${formatearNumero(logro)} % del cambio esperado.`;
  if (logro < 0) return "El indicador se movió en sentido contrario al esperado.";
  return `Logró el ${formatearNumero(logro)} % del cambio esperado desde la línea base.`;
}

function GraficoMetrica({ m, indice }: { m: ResultadoMetrica; indice: number }) {
  const escala = escalaMetrica(m);
  const ancho = 320;
  const etiquetas = 78; // room for the bars' labels
  const valores = 92; // room for the numbers after the bars
  const largo = ancho - etiquetas - valores;
  const fila = 26;
  const alto = fila * BARRAS.length + 4;
  const tituloId = `grafico-metrica-${indice}`;
  const logro = textoLogro(m);
  const descripcion = `${m.indicador}. ${BARRAS.map((b) => `${b.etiqueta}: ${conUnidad(m[b.clave], m.unidad)}`).join("; ")}.${logro ? ` ${logro}` : ""}`;
  return (
    <figure className="m-0 border border-acento p-3">
      <figcaption id={tituloId} className="font-bold text-titulo">
        {m.indicador}
        {m.unidad && <span className="font-normal"> ({m.unidad})</span>}
      </figcaption>
      <svg viewBox={`0 0 ${ancho} ${alto}`} role="img" aria-labelledby={`${tituloId}-t`} className="mt-2 block h-auto w-full max-w-xl" focusable="false">
        <title id={`${tituloId}-t`}>{descripcion}</title>
        <line x1={etiquetas} y1={0} x2={etiquetas} y2={alto} stroke="#767676" strokeWidth={1} />
        {BARRAS.map((b, i) => {
          const pos = escala[b.clave];
          const y = i * fila + 4;
          const w = pos === null ? 0 : r1(Math.max(1, (largo * pos) / 100));
          return (
            <g key={b.clave}>
              <text x={0} y={y + 14} fontSize={12} fill="#111111">
                {b.etiqueta}
              </text>
              <rect x={etiquetas} y={y} width={w} height={18} fill={b.color} />
              <text x={r1(etiquetas + w + 4)} y={y + 14} fontSize={12} fill="#111111" fontWeight={b.clave === "resultado" ? 700 : 400}>
                {m[b.clave] === null ? "sin dato" : formatearNumero(m[b.clave] as number)}
              </text>
            </g>
          );
        })}
      </svg>
      {logro && <p className="mt-2 text-sm">{logro}</p>}
      {m.comentario && <p className="mt-1 text-sm">{m.comentario}</p>}
    </figure>
  );
}

export function GraficoMetricas({ metricas, titulo }: { metricas: ResultadoMetrica[]; titulo: string }) {
  if (metricas.length === 0) return <p className="mt-2">Este informe no registra métricas.</p>;
  return (
    <>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {metricas.map((m, i) => (
          <GraficoMetrica key={m.clave} m={m} indice={i} />
        ))}
      </div>
      <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="tabla-metricas-titulo">
        <table className="w-full border-collapse text-left text-sm">
          <caption id="tabla-metricas-titulo" className="mb-2 text-left font-bold text-titulo">
            {titulo}: línea base, meta y resultado de cada métrica
          </caption>
          <thead className="bg-oscuro text-white">
            <tr>
              <th scope="col" className="p-2">
                Métrica
              </th>
              <th scope="col" className="p-2 text-right">
                Línea base
              </th>
              <th scope="col" className="p-2 text-right">
                Meta
              </th>
              <th scope="col" className="p-2 text-right">
                Resultado
              </th>
            </tr>
          </thead>
          <tbody>
            {metricas.map((m) => (
              <tr key={m.clave} className="border-b border-acento">
                <th scope="row" className="p-2 font-normal">
                  {m.indicador}
                  {m.fuente && <span className="block text-xs">Fuente de la línea base: {m.fuente}</span>}
                </th>
                <td className="p-2 text-right tabular-nums">{conUnidad(m.lineaBase, m.unidad)}</td>
                <td className="p-2 text-right tabular-nums">{conUnidad(m.meta, m.unidad)}</td>
                <td className="p-2 text-right font-bold tabular-nums">{conUnidad(m.resultado, m.unidad)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
