import Link from "next/link";
import { EvaluacionesAnonimas } from "@/components/evaluacion/evaluaciones-anonimas";
import { formatearClp, formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { LARGO_MINIMO_FUNDAMENTO, NOMBRE_DECISION, seApartaDeSugerencia } from "@/lib/domain/seleccion";
import type { EvaluacionAnonima } from "@/lib/evaluacion/anonimas";
import type { DecisionVista } from "@/lib/seleccion/espacio";
import { notaOGuion } from "@/lib/seleccion/presentacion";
import type { FilaRanking } from "@/lib/seleccion/ranking";
import { DecisionForm } from "./decision-form";

/**
 * One candidate of the ranking, as a card (a phone shows one column): its scores and votes, whether the
 * suggestion selects it, the committee's decision with its reasons, the decision form for a member present
 * while the round is open, and its evaluations with the evaluators anonymised.
 */
export function TarjetaCandidato({
  fila,
  final,
  sugerida,
  decision,
  evaluaciones,
  decidir,
  banda,
}: {
  fila: FilaRanking;
  /** The final round: it has demo day scores. */
  final: boolean;
  sugerida: boolean;
  decision: DecisionVista | null;
  evaluaciones: EvaluacionAnonima[];
  /** The form is shown (a member present, round open). */
  decidir: boolean;
  banda: { min: number; max: number };
}) {
  const nombre = fila.nombreProyecto || "Perfil sin nombre";
  const aparta = decision ? seApartaDeSugerencia(decision.sugerida, decision.decision) : false;
  return (
    <li className="border border-acento p-4">
      <h3 className="break-words text-xl">
        {fila.posicion !== null && <span>{fila.posicion}. </span>}
        {nombre}
      </h3>
      <p className="text-sm">
        {fila.folio !== null ? formatearFolio(fila.folio) : "Sin folio"} · Desafío: {fila.desafioTitulo} · Región: {fila.regionNombre} · Monto solicitado:{" "}
        {fila.montoSolicitado === null ? "—" : formatearClp(fila.montoSolicitado)}
        {fila.slugPublico && (
          <>
            {" "}
            · <Link href={`/perfiles/${fila.slugPublico}`}>Ver perfil público<span className="sr-only"> de «{nombre}»</span></Link>
          </>
        )}
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
        <div>
          <dt className="text-sm">Técnico</dt>
          <dd className="font-medium">
            {notaOGuion(fila.tecnico)} <span className="text-sm font-normal">({fila.evaluaciones === 1 ? "1 evaluación" : `${formatearNumero(fila.evaluaciones)} evaluaciones`})</span>
          </dd>
        </div>
        <div>
          <dt className="text-sm">Popular</dt>
          <dd className="font-medium">
            {notaOGuion(fila.popular)} <span className="text-sm font-normal">({fila.votos === 1 ? "1 voto" : `${formatearNumero(fila.votos)} votos`})</span>
          </dd>
        </div>
        {final && (
          <div>
            <dt className="text-sm">Demo day</dt>
            <dd className="font-medium">{notaOGuion(fila.demoDay)}</dd>
          </div>
        )}
        <div>
          <dt className="text-sm">Consolidado</dt>
          <dd className="text-lg font-bold">{fila.consolidado === null ? "sin puntaje" : notaOGuion(fila.consolidado)}</dd>
        </div>
      </dl>
      <p className="mt-2">
        Cartera sugerida: <strong>{sugerida ? "incluido" : "no incluido"}</strong>
      </p>
      <div className="mt-2 bg-neutro p-3">
        {decision ? (
          <>
            <p>
              Decisión: <strong>{NOMBRE_DECISION[decision.decision]}</strong>
              {decision.decision === "SELECCIONADA" && decision.montoAsignado !== null && ` por ${formatearClp(decision.montoAsignado)}`}
              {aparta && <strong className="ml-2 inline-block border border-aviso px-1 text-sm">Se aparta de la sugerencia</strong>}
            </p>
            {decision.fundamento && <p className="mt-1 whitespace-pre-line break-words">Fundamento: {decision.fundamento}</p>}
            {aparta && decision.fundamento.trim().length < LARGO_MINIMO_FUNDAMENTO && <p className="mt-1 font-medium text-error">Falta el fundamento: la sugerencia cambió después de esta decisión.</p>}
            <p className="mt-1 text-sm">
              Registrada por {decision.decididaPor} el {formatearFechaHora(decision.actualizadaEn)}.
            </p>
          </>
        ) : (
          <p>Sin decisión.</p>
        )}
      </div>
      {decidir && (
        <details className="mt-3">
          <summary className="cursor-pointer text-primario underline underline-offset-2">{decision ? "Cambiar la decisión" : "Decidir"}</summary>
          <div className="mt-3">
            <DecisionForm
              postulacionId={fila.postulacionId}
              proyecto={nombre}
              sugerida={sugerida}
              montoSolicitado={fila.montoSolicitado}
              banda={banda}
              actual={decision ? { decision: decision.decision, montoAsignado: decision.montoAsignado, fundamento: decision.fundamento } : null}
            />
          </div>
        </details>
      )}
      {evaluaciones.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-primario underline underline-offset-2">
            Ver notas y comentarios de las evaluaciones técnicas<span className="sr-only"> de «{nombre}»</span>
          </summary>
          <div className="mt-3">
            <EvaluacionesAnonimas evaluaciones={evaluaciones} nivel={4} />
          </div>
        </details>
      )}
    </li>
  );
}
