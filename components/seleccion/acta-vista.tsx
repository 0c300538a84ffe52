import { Fragment } from "react";
import { Tabla } from "@/components/ui/table";
import { formatearClp, formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { NOMBRE_DECISION, seApartaDeSugerencia } from "@/lib/domain/seleccion";
import type { ContenidoActa } from "@/lib/seleccion/acta-contenido";
import { filasPrecios, formatoPuntos, nombreConvocatoria, notaOGuion, textoSinSugerencia, tituloActa } from "@/lib/seleccion/presentacion";

const pct = (n: number) => `${formatearNumero(Math.round(n * 100) / 100)} %`;

/**
 * The acta as it is printed (lib/pdf/acta.ts reads the same ContenidoActa): budget, weights and formula,
 * regions, the suggestion and its prices, every decision with its scores and reasons. The signatures are
 * the page's (they are added to the PDF when the last one is given).
 */
export function ActaVista({ contenido: c }: { contenido: ContenidoActa }) {
  const final = c.fase === "SELECCION_FINAL";
  const seleccionadas = c.decisiones.filter((d) => d.decision === "SELECCIONADA").length;
  const espera = c.decisiones.filter((d) => d.decision === "LISTA_ESPERA").length;
  const pesos = c.pesos;
  const lista = (l: string[]) => (l.length ? l.join(", ") : "ninguna");
  const precios = filasPrecios(c.sugerencia.precios);
  const columnas = [
    { titulo: "N°", derecha: true },
    { titulo: "Folio" },
    { titulo: "Proyecto" },
    { titulo: "Desafío" },
    { titulo: "Región" },
    { titulo: "Técnico", derecha: true },
    { titulo: "Popular", derecha: true },
    ...(final ? [{ titulo: "Demo day", derecha: true }] : []),
    { titulo: "Consolidado", derecha: true },
    { titulo: "Decisión" },
    { titulo: "Monto asignado", derecha: true },
    { titulo: "¿Se aparta de la sugerencia?" },
  ];
  return (
    <article aria-labelledby="titulo-acta" className="mt-6 border border-acento p-4">
      <h2 id="titulo-acta" className="text-2xl">
        {tituloActa(c.fase)} N° {c.numero}
      </h2>
      <p>
        {nombreConvocatoria(c.convocatoria)} · generada el {formatearFechaHora(new Date(c.generadaEn))}
      </p>

      <h3 className="mt-4 text-xl">Presupuesto</h3>
      <ul className="list-disc pl-5">
        <li>Presupuesto de la ronda: {formatearClp(c.presupuesto)}.</li>
        <li>
          Monto asignado a los seleccionados: {formatearClp(c.montoSeleccionado)}
          {c.presupuesto > 0 && ` (${pct((c.montoSeleccionado / c.presupuesto) * 100)}); saldo: ${formatearClp(c.presupuesto - c.montoSeleccionado)}`}.
        </li>
        <li>
          Monto por proyecto: entre {formatearClp(c.banda.min)} y {formatearClp(c.banda.max)}.
        </li>
        <li>
          Decisiones sobre {c.decisiones.length} perfiles: seleccionados, {seleccionadas}; en lista de espera, {espera}; no seleccionados, {c.decisiones.length - seleccionadas - espera}.
        </li>
      </ul>

      <h3 className="mt-4 text-xl">Puntaje consolidado</h3>
      <p>
        Ponderaciones: evaluación técnica {pct(pesos.tecnico)}; votación popular {pct(pesos.votacion)}; demo day {pct(pesos.demoDay)}.
      </p>
      <p className="mt-1">{c.formula}</p>

      <h3 className="mt-4 text-xl">Cobertura regional</h3>
      <ul className="list-disc pl-5">
        <li>
          Regiones con candidatos ({c.regiones.conCandidatos.length}): {lista(c.regiones.conCandidatos)}.
        </li>
        <li>
          Con al menos un proyecto seleccionado ({c.regiones.cubiertas.length}): {lista(c.regiones.cubiertas)}.
        </li>
        <li>
          Con candidatos y sin proyecto seleccionado ({c.regiones.sinProyecto.length}): {lista(c.regiones.sinProyecto)}.
        </li>
      </ul>

      <h3 className="mt-4 text-xl">Cartera sugerida por el optimizador</h3>
      {c.sugerencia.factible ? (
        <p>
          Puntaje total: {c.sugerencia.puntajeTotal === null ? "—" : formatoPuntos(c.sugerencia.puntajeTotal)}; monto total:{" "}
          {c.sugerencia.montoTotal === null ? "—" : formatearClp(c.sugerencia.montoTotal)}.
        </p>
      ) : (
        <p>{textoSinSugerencia(c.sugerencia.motivo)}</p>
      )}
      {precios.length > 0 && (
        <ul className="list-disc pl-5">
          {precios.map((p) => (
            <li key={p.clave}>
              {p.nombre}: {formatoPuntos(p.valor)} puntos.
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-4 mb-2 text-xl">Decisiones del comité</h3>
      <Tabla caption={`Decisiones del comité (${c.decisiones.length}), en el orden del ranking, con su fundamento`} columnas={columnas} className="text-sm">
        {c.decisiones.map((d) => {
          const aparta = seApartaDeSugerencia(d.sugerida, d.decision);
          return (
            <Fragment key={d.postulacionId}>
              <tr className={d.fundamento ? "" : "border-b border-neutro"}>
                <td className="p-2 text-right tabular-nums">{d.posicion}</td>
                <td className="p-2 whitespace-nowrap">{d.folio === null ? "—" : formatearFolio(d.folio)}</td>
                <td className="min-w-40 p-2 break-words">{d.nombreProyecto || "Perfil sin nombre"}</td>
                <td className="min-w-32 p-2">{d.desafio}</td>
                <td className="p-2">{d.region}</td>
                <td className="p-2 text-right tabular-nums">{notaOGuion(d.tecnico)}</td>
                <td className="p-2 text-right tabular-nums">{notaOGuion(d.popular)}</td>
                {final && <td className="p-2 text-right tabular-nums">{notaOGuion(d.demoDay)}</td>}
                <td className="p-2 text-right font-bold tabular-nums">{notaOGuion(d.puntaje)}</td>
                <td className="p-2">{NOMBRE_DECISION[d.decision]}</td>
                <td className="p-2 text-right whitespace-nowrap tabular-nums">{d.decision === "SELECCIONADA" && d.montoAsignado !== null ? formatearClp(d.montoAsignado) : "—"}</td>
                <td className="p-2">{aparta ? <strong>Sí</strong> : "No"}</td>
              </tr>
              {d.fundamento && (
                <tr className="border-b border-neutro">
                  <td colSpan={columnas.length} className="p-2 pt-0 whitespace-pre-line break-words">
                    <span className="font-medium">Fundamento:</span> {d.fundamento}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </Tabla>
    </article>
  );
}
