// A final report as read (the team after sending it, staff when reviewing): its sections, each metric as
// línea base → meta → resultado with a bar of the way gone (avanceMetrica) that also reads as a table, the
// costs table and the recommendation. A server component: no interaction.
import { Tabla } from "@/components/ui/table";
import { formatearClp, formatearNumero } from "@/lib/domain/formato";
import { avanceMetrica, NOMBRE_LOGRO, NOMBRE_RECOMENDACION, nombreCategoria, SECCIONES, totalesCostos, type ContenidoSistematizacion } from "@/lib/domain/sistematizacion";

const num = (n: number | null, unidad = "") => (n === null ? "—" : `${formatearNumero(n)}${unidad ? ` ${unidad}` : ""}`);

export function InformeLectura({ contenido }: { contenido: ContenidoSistematizacion }) {
  const totales = totalesCostos(contenido.costos);
  return (
    <div className="max-w-3xl">
      {(Object.keys(SECCIONES) as (keyof typeof SECCIONES)[]).map((k) => (
        <section key={k} className="mt-6">
          <h3 className="text-xl">{SECCIONES[k].etiqueta}</h3>
          <p className="mt-1 whitespace-pre-line">{contenido[k] || "—"}</p>
        </section>
      ))}

      <section className="mt-6">
        <h3 className="text-xl">Resultados frente a la línea base</h3>
        {contenido.resultadosMetricas.length === 0 ? (
          <p className="mt-1">Sin métricas.</p>
        ) : (
          <ul className="mt-2 space-y-4">
            {contenido.resultadosMetricas.map((m) => {
              const a = avanceMetrica(m.lineaBase, m.meta, m.resultado);
              return (
                <li key={m.metricaLineaBaseId} className="border border-acento p-3">
                  <p className="font-medium text-titulo">{m.indicador}</p>
                  <dl className="mt-1 grid grid-cols-3 gap-2 text-sm">
                    <div>
                      <dt>Línea base</dt>
                      <dd className="font-medium">{num(m.lineaBase, m.unidad)}</dd>
                    </div>
                    <div>
                      <dt>Meta</dt>
                      <dd className="font-medium">{m.metaTexto || num(m.meta, m.unidad)}</dd>
                    </div>
                    <div>
                      <dt>Resultado</dt>
                      <dd className="font-medium">{num(m.resultado, m.unidad)}</dd>
                    </div>
                  </dl>
                  <div
                    role="img"
                    aria-label={a.texto}
                    className="mt-2 h-3 border border-[#767676] bg-white"
                  >
                    <div className={`h-full ${a.logro === "SUPERADA" || a.logro === "ALCANZADA" ? "bg-exito" : "bg-primario"}`} style={{ width: `${a.barra}%` }} />
                  </div>
                  <p className="mt-1 text-sm">
                    {NOMBRE_LOGRO[a.logro]}
                    {a.porcentaje !== null && ` · ${formatearNumero(a.porcentaje)} % del camino a la meta`}
                  </p>
                  {m.comentario && <p className="mt-1 text-sm whitespace-pre-line">{m.comentario}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="mt-6">
        <h3 className="text-xl">Costos</h3>
        {contenido.costos.length === 0 ? (
          <p className="mt-1">Sin partidas de presupuesto.</p>
        ) : (
          <div className="mt-2">
            <Tabla caption="Costos por categoría: presupuestado y ejecutado" columnas={[{ titulo: "Categoría" }, { titulo: "Presupuestado" }, { titulo: "Ejecutado" }]}>
              {contenido.costos.map((c) => (
                <tr key={c.categoria} className="border-b border-acento">
                  <th scope="row" className="p-2 text-left font-normal">
                    {nombreCategoria(c.categoria)}
                  </th>
                  <td className="p-2 tabular-nums">{formatearClp(c.presupuestado)}</td>
                  <td className="p-2 tabular-nums">{c.ejecutado === null ? "—" : formatearClp(c.ejecutado)}</td>
                </tr>
              ))}
              <tr className="font-medium">
                <th scope="row" className="p-2 text-left">
                  Total
                </th>
                <td className="p-2 tabular-nums">{formatearClp(totales.presupuestado)}</td>
                <td className="p-2 tabular-nums">{formatearClp(totales.ejecutado)}</td>
              </tr>
            </Tabla>
          </div>
        )}
      </section>

      <section className="mt-6">
        <h3 className="text-xl">Recomendación: {contenido.recomendacion ? NOMBRE_RECOMENDACION[contenido.recomendacion] : "sin elegir"}</h3>
        <p className="mt-1 whitespace-pre-line">{contenido.fundamentoRecomendacion || "—"}</p>
      </section>
    </div>
  );
}
