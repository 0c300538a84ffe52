import { formatearNumero } from "@/lib/domain/formato";
import { Tabla } from "./table";

export type DatoBarra = { clave: string; etiqueta: string; valor: number };

/**
 * Horizontal bar chart in plain CSS, phone-first. The bars are one image for assistive technology
 * (role="img" with every label and value in its name); each bar also prints its number, so nothing is
 * told by length or colour alone, and the same numbers are offered as a table.
 */
export function GraficoBarras({
  titulo,
  datos,
  descripcion,
  unidad = "",
  columnaEtiqueta = "Categoría",
}: {
  titulo: string;
  datos: DatoBarra[];
  descripcion?: string;
  unidad?: string;
  /** Header of the labels' column in the data table. */
  columnaEtiqueta?: string;
}) {
  const max = Math.max(0, ...datos.map((d) => d.valor));
  const total = datos.reduce((s, d) => s + d.valor, 0);
  const conUnidad = (n: number) => `${formatearNumero(n)}${unidad ? ` ${unidad}` : ""}`;
  const resumen = `${titulo}. ${datos.map((d) => `${d.etiqueta}: ${conUnidad(d.valor)}`).join("; ")}. Total: ${conUnidad(total)}.`;
  return (
    <figure className="my-6">
      <figcaption className="mb-3">
        <span className="block font-slab text-lg font-bold text-titulo">{titulo}</span>
        {descripcion && <span className="block text-sm">{descripcion}</span>}
      </figcaption>
      <div role="img" aria-label={resumen} className="space-y-1">
        {datos.map((d) => (
          <div key={d.clave} className="grid grid-cols-[minmax(0,9rem)_minmax(0,1fr)_2.5rem] items-center gap-2 text-sm sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_3rem]">
            <span className="break-words leading-tight">{d.etiqueta}</span>
            <span className="block h-4 bg-neutro">
              <span className="block h-4 bg-primario" style={{ width: max > 0 ? `${(d.valor / max) * 100}%` : "0%" }} />
            </span>
            <span className="text-right font-medium text-titulo tabular-nums">{formatearNumero(d.valor)}</span>
          </div>
        ))}
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-primario underline underline-offset-2">Ver los datos como tabla</summary>
        <Tabla caption={titulo} columnas={[{ titulo: columnaEtiqueta }, { titulo: "Cantidad", derecha: true }]}>
          {datos.map((d) => (
            <tr key={d.clave} className="border-b border-acento">
              <th scope="row" className="p-2 font-normal">
                {d.etiqueta}
              </th>
              <td className="p-2 text-right tabular-nums">{formatearNumero(d.valor)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="p-2">
              Total
            </th>
            <td className="p-2 text-right font-bold tabular-nums">{formatearNumero(total)}</td>
          </tr>
        </Tabla>
      </details>
    </figure>
  );
}
