import type { Metadata } from "next";
import { cacheLife } from "next/cache";
import { formatearFechaHora } from "@/lib/domain/formato";
import { CONJUNTOS, NOTAS_DICCIONARIO } from "@/lib/exportaciones/datos-abiertos";
import { NOMBRE_ZIP } from "@/lib/exportaciones/publico";
import { ultimaDatosAbiertos } from "@/lib/exportaciones/queries";

export const metadata: Metadata = {
  title: "Datos abiertos",
  description: "Desafíos, perfiles, puntajes, votos y resultados de los pilotos del Fondo IDEA en CSV y JSON, con su diccionario de datos y sin datos personales.",
};

/**
 * When the files were last generated. Cached (public page): refreshed every five minutes; the files
 * themselves (/datos-abiertos/<archivo>) always serve the latest export.
 */
async function ultimaGeneracion(): Promise<Date | null> {
  "use cache";
  cacheLife({ stale: 300, revalidate: 300, expire: 3600 });
  return (await ultimaDatosAbiertos())?.terminadaEn ?? null;
}

const enlace = (archivo: string) => `/datos-abiertos/${archivo}`;

// Public: the open-data files and their dictionary (columns, types, descriptions), all from code except
// the date of the last generation.
export default async function DatosAbiertos() {
  const generadoEn = await ultimaGeneracion();
  return (
    <>
      <h1 className="text-3xl">Datos abiertos del Fondo IDEA</h1>
      <p className="mt-2 max-w-3xl">
        Los desafíos, los perfiles enviados, los puntajes, la votación popular (solo conteos) y los resultados de los pilotos, en CSV y JSON, con un diccionario que describe cada
        columna. No contienen datos personales: ni RUT, ni correos, ni teléfonos, ni nombres de personas naturales. Licencia Creative Commons Atribución 4.0 (CC BY 4.0).
      </p>
      {generadoEn ? (
        <p className="mt-4" role="status">
          Última actualización: {formatearFechaHora(generadoEn)} (hora de Chile continental).{" "}
          <a href={enlace(NOMBRE_ZIP)} className="font-bold">
            Descargar todo (ZIP)
          </a>
        </p>
      ) : (
        <p className="mt-4" role="status">
          Los datos abiertos aún no se han publicado: el equipo del Fondo IDEA los genera al cierre de cada etapa.
        </p>
      )}

      <section aria-labelledby="t-archivos" className="mt-8">
        <h2 id="t-archivos" className="text-2xl">
          Archivos
        </h2>
        <ul className="mt-3 space-y-3">
          {CONJUNTOS.map((c) => (
            <li key={c.nombre}>
              <strong>{c.titulo}</strong>: {c.descripcion}{" "}
              <span className="whitespace-nowrap">
                <a href={enlace(`${c.nombre}.csv`)}>
                  {c.nombre}.csv<span className="sr-only"> ({c.titulo}, CSV)</span>
                </a>{" "}
                ·{" "}
                <a href={enlace(`${c.nombre}.json`)}>
                  {c.nombre}.json<span className="sr-only"> ({c.titulo}, JSON)</span>
                </a>
              </span>
            </li>
          ))}
          <li>
            <strong>Diccionario de datos</strong>: cada archivo con sus columnas, su tipo y su descripción.{" "}
            <a href={enlace("diccionario.json")}>diccionario.json</a> · <a href={enlace("diccionario.md")}>diccionario.md</a> ·{" "}
            <a href={enlace("diccionario.csv")}>diccionario.csv</a> · <a href={enlace("metadatos.json")}>metadatos.json</a>
          </li>
        </ul>
        <ul className="mt-4 list-disc pl-6 text-sm">
          {NOTAS_DICCIONARIO.map((n) => (
            <li key={n}>{n.replace(/`/g, "")}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="t-diccionario" className="mt-10">
        <h2 id="t-diccionario" className="text-2xl">
          Diccionario de datos
        </h2>
        {CONJUNTOS.map((c) => (
          <div key={c.nombre} className="mt-6">
            <h3 id={`dic-${c.nombre}`} className="text-xl">
              {c.titulo} <span className="text-base font-normal">({c.nombre}.csv, {c.nombre}.json)</span>
            </h3>
            <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`dic-${c.nombre}`}>
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">Columnas de {c.titulo}</caption>
                <thead className="bg-oscuro text-white">
                  <tr>
                    <th scope="col" className="p-2">
                      Columna
                    </th>
                    <th scope="col" className="p-2">
                      Tipo
                    </th>
                    <th scope="col" className="p-2">
                      Descripción
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.columnas.map((col) => (
                    <tr key={col.nombre} className="border-b border-[#d0d0d0]">
                      <th scope="row" className="p-2 font-mono font-normal">
                        {col.nombre}
                      </th>
                      <td className="p-2">{col.tipo}</td>
                      <td className="p-2">{col.descripcion}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>
    </>
  );
}
