import { formatearNumero } from "@/lib/domain/formato";

const redondear = (x: number) => Math.round(x * 10) / 10;

/**
 * A small histogram in SVG (one bar per bin, its count printed above it) that also reads as a table:
 * the drawing is hidden from assistive technology and a visually hidden table carries the same numbers.
 */
export function Histograma({ titulo, tramos, cuentas, ancho = 168, alto = 56 }: { titulo: string; tramos: readonly string[]; cuentas: readonly number[]; ancho?: number; alto?: number }) {
  const max = Math.max(1, ...cuentas);
  const paso = ancho / tramos.length;
  const base = alto - 12; // room for the bin labels under the bars
  const techo = 12; // room for the counts above them
  const barras = tramos.map((tramo, i) => {
    const c = cuentas[i] ?? 0;
    const x = redondear(i * paso + 2);
    return { tramo, c, x, centro: redondear(x + (paso - 4) / 2), h: c === 0 ? 0 : redondear(Math.max(2, ((base - techo) * c) / max)) };
  });
  return (
    <figure className="m-0">
      <svg width={ancho} height={alto} viewBox={`0 0 ${ancho} ${alto}`} aria-hidden="true" focusable="false" className="block">
        <line x1={0} y1={base} x2={ancho} y2={base} stroke="#767676" strokeWidth={1} />
        {/* Shared attributes on the groups, coordinates to one decimal: a page draws one chart per evaluator. */}
        <g fill="#006fb3">
          {barras.map((b) => (
            <rect key={b.tramo} x={b.x} y={redondear(base - b.h)} width={redondear(paso - 4)} height={b.h} />
          ))}
        </g>
        <g textAnchor="middle" fontSize={9} fill="#111111">
          {barras.map((b) => (
            <text key={b.tramo} x={b.centro} y={redondear(base - b.h - 2)}>
              {b.c}
            </text>
          ))}
        </g>
        <g textAnchor="middle" fontSize={8} fill="#4a4a4a">
          {barras.map((b, i) => (
            <text key={b.tramo} x={b.centro} y={alto - 2}>
              {i + 1}
            </text>
          ))}
        </g>
      </svg>
      {/* The table reads the chart to screen readers. Hidden by its wrapper: a table ignores the 1 px width of
          sr-only and, positioned at the edge of a phone screen, widened the page. */}
      <div className="sr-only">
      <table>
        <caption>{titulo}</caption>
        <thead>
          <tr>
            <th scope="col">Tramo de nota</th>
            <th scope="col">Evaluaciones</th>
          </tr>
        </thead>
        <tbody>
          {tramos.map((t, i) => (
            <tr key={t}>
              <th scope="row">{t}</th>
              <td>{formatearNumero(cuentas[i] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
