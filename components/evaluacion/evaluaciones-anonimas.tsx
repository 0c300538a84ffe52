import { formatoNota } from "@/lib/domain/nota";
import type { EvaluacionAnonima } from "@/lib/evaluacion/anonimas";
import { NOMBRE_CONFIANZA } from "@/lib/evaluacion/schema";

/**
 * Submitted evaluations with their authors anonymised ("Evaluador/a 2"): the final grade, the confidence,
 * each criterion's grade and comment, and the overall comment. `nivel` is the heading level of each one.
 */
export function EvaluacionesAnonimas({ evaluaciones, nivel = 3 }: { evaluaciones: EvaluacionAnonima[]; nivel?: 3 | 4 }) {
  const H = nivel === 3 ? "h3" : "h4";
  return (
    <ul className="space-y-4">
      {evaluaciones.map((e) => (
        <li key={e.etiqueta} className="border border-acento p-3">
          <H className="text-lg">{e.etiqueta}</H>
          <p className="text-sm">
            Nota final: <strong>{e.notaFinal === null ? "—" : formatoNota(e.notaFinal)}</strong> · Confianza: {e.confianza ? NOMBRE_CONFIANZA[e.confianza].toLowerCase() : "—"}
          </p>
          <dl className="mt-2 space-y-2">
            {e.puntajes.map((p) => (
              <div key={p.clave}>
                <dt className="font-medium text-titulo">
                  {p.criterio} ({p.peso} %): {p.nota === null ? "sin nota" : formatoNota(p.nota)}
                </dt>
                {p.comentario && <dd className="whitespace-pre-line break-words text-sm">{p.comentario}</dd>}
              </div>
            ))}
          </dl>
          {e.comentario && (
            <p className="mt-2 whitespace-pre-line break-words">
              <span className="font-medium text-titulo">Comentario general: </span>
              {e.comentario}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
