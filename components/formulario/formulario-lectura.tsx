// The formulario completo, read-only: every section in the form's order (the team's receipt view, and the
// reader next to the perfil for staff, evaluators and jurors). No hooks: renders on the server.
import { formatearClp, formatearFechaCorta, formatearNumero } from "@/lib/domain/formato";
import { ETIQUETAS, NOMBRE_CATEGORIA, totalPresupuesto, diferenciaPresupuesto, type CategoriaPresupuesto, type ContenidoFormulario } from "@/lib/domain/formulario-completo";

type Metrica = { id: string; indicador: string; valor: number; unidad: string };

const o = (s: string) => (s.trim() ? s : "(sin completar)");

function Texto({ titulo, valor }: { titulo: string; valor: string }) {
  return (
    <div className="mt-4">
      <h4 className="font-medium text-titulo">{titulo}</h4>
      <p className="mt-1 whitespace-pre-line break-words">{o(valor)}</p>
    </div>
  );
}

export function FormularioLectura({
  contenido: c,
  metricas,
  montoSolicitado,
  nombresVisibles = true,
  nivel = 3,
}: {
  contenido: ContenidoFormulario;
  metricas: readonly Metrica[];
  montoSolicitado: number | null;
  /** Without it (a role that may not see the team's personal data), the team's names are left out. */
  nombresVisibles?: boolean;
  /** Heading level of the sections (3 under an h2). */
  nivel?: 2 | 3;
}) {
  const H = nivel === 2 ? "h2" : "h3";
  const total = totalPresupuesto(c.presupuesto);
  const diferencia = montoSolicitado === null ? null : diferenciaPresupuesto(total, montoSolicitado);
  const indicador = (id: string) => metricas.find((m) => m.id === id)?.indicador ?? "Métrica no reconocida";
  return (
    <div className="break-words">
      <section aria-label="Teoría de cambio">
        <H className="mt-6 text-xl">Teoría de cambio</H>
        <Texto titulo={ETIQUETAS["teoriaCambio.problema"].etiqueta} valor={c.teoriaCambio.problema} />
        <Texto titulo={ETIQUETAS["teoriaCambio.actividades"].etiqueta} valor={c.teoriaCambio.actividades} />
        <Texto titulo={ETIQUETAS["teoriaCambio.resultados"].etiqueta} valor={c.teoriaCambio.resultados} />
        <Texto titulo={ETIQUETAS["teoriaCambio.impacto"].etiqueta} valor={c.teoriaCambio.impacto} />
      </section>
      <section aria-label="Sostenibilidad y co-producción">
        <H className="mt-6 text-xl">Sostenibilidad y co-producción</H>
        <Texto titulo={ETIQUETAS.modeloSostenibilidad.etiqueta} valor={c.modeloSostenibilidad} />
        <Texto titulo={ETIQUETAS.planCoproduccion.etiqueta} valor={c.planCoproduccion} />
      </section>

      <section aria-label="Métricas">
        <H className="mt-6 text-xl">Métricas, línea base y metas</H>
        {c.metricas.length === 0 ? (
          <p className="mt-2">Sin métricas.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {c.metricas.map((m, i) => (
              <li key={i} className="border-l-4 border-acento pl-3">
                <p className="font-medium">{indicador(m.metricaLineaBaseId)}</p>
                <p>
                  Línea base: {o(m.lineaBase)} · Meta: {o(m.meta)} {m.unidad}
                </p>
                <p className="text-sm">Medio de verificación: {o(m.medioVerificacion)}</p>
              </li>
            ))}
          </ul>
        )}
        {metricas.length > 0 && (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer">Línea base del desafío</summary>
            <ul className="mt-1 list-disc pl-5">
              {metricas.map((m) => (
                <li key={m.id}>
                  {m.indicador}: {formatearNumero(m.valor)} {m.unidad}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-label="Presupuesto">
        <H className="mt-6 text-xl">Presupuesto</H>
        {c.presupuesto.length === 0 ? (
          <p className="mt-2">Sin partidas.</p>
        ) : (
          <ul className="mt-2 divide-y divide-neutro">
            {c.presupuesto.map((p, i) => (
              <li key={i} className="flex flex-wrap justify-between gap-x-4 py-1">
                <span>
                  {o(p.item)} <span className="text-sm">({NOMBRE_CATEGORIA[p.categoria as CategoriaPresupuesto] ?? "sin categoría"})</span>
                </span>
                <span className="tabular-nums">{p.monto === null ? "—" : formatearClp(p.monto)}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 font-medium">
          Total: {formatearClp(total)}
          {montoSolicitado !== null && <> · Monto solicitado: {formatearClp(montoSolicitado)}</>}
        </p>
        {diferencia && c.presupuesto.length > 0 && <p className="text-sm">{diferencia}</p>}
      </section>

      <section aria-label="Cronograma">
        <H className="mt-6 text-xl">Cronograma de hitos</H>
        {c.cronograma.length === 0 ? (
          <p className="mt-2">Sin hitos.</p>
        ) : (
          <ol className="mt-2 list-decimal space-y-2 pl-5">
            {c.cronograma.map((h, i) => (
              <li key={i}>
                <span className="font-medium">{o(h.titulo)}</span>
                {h.semana !== null && ` · semana ${h.semana}`}
                {h.fecha && ` · ${formatearFechaCorta(new Date(`${h.fecha}T12:00:00`))}`}
                <p className="whitespace-pre-line">{o(h.descripcion)}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-label="Equipo">
        <H className="mt-6 text-xl">Equipo</H>
        {c.equipo.length === 0 ? (
          <p className="mt-2">Sin integrantes.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {c.equipo.map((p, i) => (
              <li key={i}>
                {nombresVisibles ? `${o(p.nombre)}: ` : ""}
                {o(p.rol)} ({o(p.dedicacion)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="Riesgos">
        <H className="mt-6 text-xl">Riesgos y mitigación</H>
        {c.riesgos.length === 0 ? (
          <p className="mt-2">Sin riesgos declarados.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {c.riesgos.map((r, i) => (
              <li key={i}>
                <p className="font-medium">{o(r.riesgo)}</p>
                <p>Mitigación: {o(r.mitigacion)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
