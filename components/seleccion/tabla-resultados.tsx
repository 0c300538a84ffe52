import Link from "next/link";
import { Tabla } from "@/components/ui/table";
import { formatearClp } from "@/lib/domain/formato";
import { formatoNota } from "@/lib/domain/nota";
import type { ProyectoResultado } from "@/lib/seleccion/resultados";

/** Selected or waiting-list projects of a round: name (to its public page), desafío, region, amount, score. */
export function TablaResultados({ caption, proyectos, numerar = false }: { caption: string; proyectos: ProyectoResultado[]; numerar?: boolean }) {
  const columnas = [
    ...(numerar ? [{ titulo: "N.º" }] : []),
    { titulo: "Proyecto" },
    { titulo: "Desafío" },
    { titulo: "Región" },
    { titulo: "Monto", derecha: true },
    { titulo: "Puntaje consolidado", derecha: true },
  ];
  return (
    <div className="mt-2">
      <Tabla caption={caption} columnas={columnas}>
        {proyectos.map((p, i) => (
          <tr key={p.postulacionId} className="border-b border-neutro">
            {numerar && <td className="p-2">{i + 1}</td>}
            <td className="p-2">{p.slugPublico ? <Link href={`/perfiles/${p.slugPublico}`}>{p.nombreProyecto}</Link> : p.nombreProyecto}</td>
            <td className="p-2">
              <Link href={`/desafios/${p.desafioSlug}`}>{p.desafioTitulo}</Link>
            </td>
            <td className="p-2">{p.regionNombre}</td>
            <td className="p-2 text-right tabular-nums whitespace-nowrap">{p.monto === null ? "—" : formatearClp(p.monto)}</td>
            <td className="p-2 text-right tabular-nums">{formatoNota(p.puntaje)}</td>
          </tr>
        ))}
      </Tabla>
    </div>
  );
}
