import type { Metadata } from "next";
import Link from "next/link";
import { EvaluacionesAnonimas } from "@/components/evaluacion/evaluaciones-anonimas";
import { FormulaPuntaje } from "@/components/evaluacion/formula-puntaje";
import { requireVista } from "@/lib/auth/guard";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearNumero } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formatoNota } from "@/lib/domain/nota";
import { evaluacionesComite } from "@/lib/evaluacion/comite";

export const metadata: Metadata = { title: "Evaluación técnica (comité)" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The committee reads the technical evaluation to select: the ranking by technical score and, for each
// admissible perfil, what its evaluators graded and wrote, without their names (VISTAS.comite).
export default async function EvaluacionesComite({ searchParams }: Props) {
  const user = await requireVista("comite", "/comite/evaluaciones");
  const sp = await searchParams;
  const pagina = Number(typeof sp.pagina === "string" ? sp.pagina : 1);
  const datos = await evaluacionesComite(user, { pagina });

  if (!datos) {
    return (
      <>
        <h1 className="text-3xl">Evaluación técnica</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  const { convocatoria, ajustes, perfiles } = datos;

  return (
    <>
      <h1 className="text-3xl">Evaluación técnica</h1>
      <p className="mt-2">
        {convocatoria.nombre} · etapa actual: {NOMBRE_ETAPA[convocatoria.etapaActual]}. Perfiles admisibles ordenados por puntaje técnico, con las notas y comentarios de cada evaluación
        enviada. Quienes evaluaron figuran como «Evaluador/a 1», «Evaluador/a 2»…, numerados en cada perfil por orden de envío.
      </p>
      <FormulaPuntaje normalizar={ajustes.normalizar} minMuestra={ajustes.minMuestra} />
      <p role="status">
        {formatearNumero(datos.total)} perfiles admisibles, {formatearNumero(datos.conPuntaje)} con puntaje técnico.
      </p>

      {perfiles.length === 0 ? (
        <p className="mt-4">Aún no hay perfiles admisibles.</p>
      ) : (
        <ol className="mt-6 space-y-6">
          {perfiles.map((p) => (
            <li key={p.postulacionId} className="border border-acento p-4">
              <h2 className="break-words text-xl">
                {p.lugar !== null && <span>{p.lugar}. </span>}
                {p.proyecto || "Perfil sin nombre"}
              </h2>
              <p className="text-sm">
                {p.folio !== null ? formatearFolio(p.folio) : "Sin folio"} · Desafío: {p.desafio}
              </p>
              <p className="mt-1">
                Puntaje técnico: <strong>{p.puntaje === null ? "sin evaluaciones enviadas" : formatoNota(p.puntaje)}</strong>
                {` · ${p.evaluaciones.length === 1 ? "1 evaluación enviada" : `${p.evaluaciones.length} evaluaciones enviadas`}`}
                {p.pendientes > 0 && `, ${p.pendientes === 1 ? "1 pendiente" : `${p.pendientes} pendientes`}`}
              </p>
              {p.evaluaciones.length > 0 && (
                <details className="mt-3">
                  <summary className="cursor-pointer text-primario underline underline-offset-2">Ver notas y comentarios por criterio</summary>
                  <div className="mt-3">
                    <EvaluacionesAnonimas evaluaciones={p.evaluaciones} />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}

      {datos.paginas > 1 && (
        <nav aria-label="Páginas del ranking" className="mt-6 flex flex-wrap items-center gap-4">
          {datos.pagina > 1 && <Link href={`/comite/evaluaciones?pagina=${datos.pagina - 1}`}>← Anteriores</Link>}
          <span>
            Página {datos.pagina} de {datos.paginas}
          </span>
          {datos.pagina < datos.paginas && <Link href={`/comite/evaluaciones?pagina=${datos.pagina + 1}`}>Siguientes →</Link>}
        </nav>
      )}
    </>
  );
}
