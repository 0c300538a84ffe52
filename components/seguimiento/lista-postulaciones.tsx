import Link from "next/link";
import { Tabla } from "@/components/ui/table";
import { formatearClp, formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { NOMBRE_ESTADO } from "@/lib/seguimiento/filtros";
import type { FilaPostulacion } from "@/lib/seguimiento/queries";

const linea = (p: FilaPostulacion) => [p.nivel, p.tipoEjecutor].filter(Boolean).join(" · ") || "Sin línea";
const regiones = (p: FilaPostulacion) => p.regiones.map((r) => r.nombre).join(", ") || "Sin región";
const monto = (p: FilaPostulacion) => (p.montoSolicitado === null ? "Sin monto" : formatearClp(p.montoSolicitado));
const folio = (p: FilaPostulacion) => (p.folio === null ? "Sin folio" : formatearFolio(p.folio));
const enviada = (p: FilaPostulacion) => (p.enviadaEn ? formatearFechaHora(p.enviadaEn) : "—");

/** A table from the tablet width up; on phones, one card per postulación with the same data. */
export function ListaPostulaciones({ filas }: { filas: FilaPostulacion[] }) {
  return (
    <>
      <div className="hidden lg:block">
        <Tabla
          caption={`Postulaciones enviadas (${filas.length})`}
          columnas={[
            { titulo: "Folio" },
            { titulo: "Proyecto" },
            { titulo: "Organización" },
            { titulo: "Desafío" },
            { titulo: "Región(es)" },
            { titulo: "Línea" },
            { titulo: "Monto", derecha: true },
            { titulo: "Estado" },
            { titulo: "Enviada" },
          ]}
          className="text-sm"
        >
          {filas.map((p) => (
            <tr key={p.id} className="border-b border-acento align-top">
              <td className="whitespace-nowrap p-2">{folio(p)}</td>
              <th scope="row" className="p-2 font-normal">
                <Link href={`/seguimiento/postulaciones/${p.id}`}>{p.proyecto || "Sin nombre"}</Link>
              </th>
              <td className="p-2">{p.organizacion}</td>
              <td className="p-2">{p.desafio.titulo}</td>
              <td className="p-2">{regiones(p)}</td>
              <td className="p-2">{linea(p)}</td>
              <td className="whitespace-nowrap p-2 text-right tabular-nums">{monto(p)}</td>
              <td className="p-2">{NOMBRE_ESTADO[p.estado]}</td>
              <td className="whitespace-nowrap p-2">{enviada(p)}</td>
            </tr>
          ))}
        </Tabla>
      </div>
      <ul className="space-y-4 lg:hidden" aria-label={`Postulaciones enviadas (${filas.length})`}>
        {filas.map((p) => (
          <li key={p.id} className="border border-acento p-4">
            <p className="text-sm">Folio {folio(p)}</p>
            <h3 className="mt-1 break-words text-lg">
              <Link href={`/seguimiento/postulaciones/${p.id}`}>{p.proyecto || "Sin nombre"}</Link>
            </h3>
            <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="font-medium text-titulo">Estado</dt>
              <dd>{NOMBRE_ESTADO[p.estado]}</dd>
              <dt className="font-medium text-titulo">Organización</dt>
              <dd className="break-words">{p.organizacion}</dd>
              <dt className="font-medium text-titulo">Desafío</dt>
              <dd className="break-words">{p.desafio.titulo}</dd>
              <dt className="font-medium text-titulo">Región(es)</dt>
              <dd>{regiones(p)}</dd>
              <dt className="font-medium text-titulo">Línea</dt>
              <dd>{linea(p)}</dd>
              <dt className="font-medium text-titulo">Monto</dt>
              <dd className="tabular-nums">{monto(p)}</dd>
              <dt className="font-medium text-titulo">Enviada</dt>
              <dd>{enviada(p)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
