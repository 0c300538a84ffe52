import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeclararConflicto } from "@/components/evaluacion/declarar-conflicto";
import { EvaluacionForm, type ValoresEvaluacion } from "@/components/evaluacion/evaluacion-form";
import { EvaluacionesAnonimas } from "@/components/evaluacion/evaluaciones-anonimas";
import { PerfilCongelado } from "@/components/evaluacion/perfil-congelado";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, permiteEtapa } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";
import { formatoNota } from "@/lib/domain/nota";
import { perfilParaEvaluar } from "@/lib/evaluacion/queries";
import { NOMBRE_CONFIANZA } from "@/lib/evaluacion/schema";

export const metadata: Metadata = { title: "Evaluar perfil" };

type Props = { params: Promise<{ id: string }> };

/** A grade as the form shows it, with its decimal ("5,5", "6,0"), empty when there is none. */
const comoTexto = (n: number | null | undefined) => (n === null || n === undefined ? "" : formatoNota(n));

export default async function EvaluarPerfil({ params }: Props) {
  const { id } = await params;
  const user = await requireVista("evaluador", `/evaluador/perfiles/${id}`);
  // Not assigned to the caller, recused, or the caller has not passed the capacitación: 404, alike.
  const datos = await perfilParaEvaluar(id, user);
  if (!datos) notFound();
  const { convocatoria, perfil, criterios, propia, otras } = datos;

  const enviada = !!propia?.enviadaEn;
  const abierta = permiteEtapa("evaluacion.guardarBorrador", convocatoria.etapaActual) && perfil.estado === "ADMISIBLE";
  const etapas = PERMISOS["evaluacion.guardarBorrador"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  const inicial: ValoresEvaluacion = {
    comentario: propia?.comentario ?? "",
    confianza: propia?.confianza ?? "",
    puntajes: Object.fromEntries(criterios.map((c) => [c.clave, { nota: comoTexto(propia?.puntajes[c.clave]?.nota), comentario: propia?.puntajes[c.clave]?.comentario ?? "" }])),
  };

  return (
    <>
      <p>
        <Link href="/evaluador">← Mis perfiles asignados</Link>
      </p>
      <h1 className="mt-2 break-words text-3xl">{perfil.nombreProyecto || "Perfil sin nombre"}</h1>
      {!enviada && abierta && (
        <p className="mt-2">
          <a href="#evaluacion">Ir a la evaluación</a>
        </p>
      )}

      <section aria-labelledby="titulo-perfil" className="mt-6">
        <h2 id="titulo-perfil" className="mb-3 text-2xl">
          Perfil enviado
        </h2>
        <PerfilCongelado perfil={perfil} />
      </section>

      <section aria-labelledby="titulo-evaluacion" id="evaluacion" className="mt-8 scroll-mt-4">
        <h2 id="titulo-evaluacion" className="mb-3 text-2xl">
          Su evaluación
        </h2>
        {criterios.length === 0 ? (
          <Alert tipo="aviso">La convocatoria aún no tiene una rúbrica de evaluación. Avise al equipo FOSIS.</Alert>
        ) : enviada ? (
          <>
            <Alert tipo="exito" titulo="Evaluación enviada">
              Enviada el {formatearFechaHora(propia!.enviadaEn!)} (hora de Chile). Nota final: <strong>{propia!.notaFinal === null ? "—" : formatoNota(propia!.notaFinal)}</strong>. Ya no se
              puede modificar.
            </Alert>
            <dl className="space-y-2">
              {criterios.map((c) => (
                <div key={c.clave}>
                  <dt className="font-medium text-titulo">
                    {c.nombre} ({c.peso} %): {propia!.puntajes[c.clave]?.nota != null ? formatoNota(propia!.puntajes[c.clave].nota!) : "sin nota"}
                  </dt>
                  {propia!.puntajes[c.clave]?.comentario && <dd className="whitespace-pre-line break-words text-sm">{propia!.puntajes[c.clave].comentario}</dd>}
                </div>
              ))}
            </dl>
            <p className="mt-3">Confianza: {propia!.confianza ? NOMBRE_CONFIANZA[propia!.confianza].toLowerCase() : "—"}</p>
            {propia!.comentario && <p className="mt-2 whitespace-pre-line break-words">Comentario general: {propia!.comentario}</p>}
          </>
        ) : abierta ? (
          <EvaluacionForm postulacionId={perfil.id} criterios={criterios} inicial={inicial} version={propia?.version ?? 0} />
        ) : (
          <Alert tipo="info">
            {perfil.estado !== "ADMISIBLE"
              ? "Este perfil ya no está en evaluación: su admisibilidad cambió después de la asignación."
              : `Las evaluaciones se escriben en la etapa ${etapas}. La convocatoria está en ${NOMBRE_ETAPA[convocatoria.etapaActual]}.`}
          </Alert>
        )}
      </section>

      {!enviada && abierta && (
        <section aria-labelledby="titulo-conflicto" className="mt-8">
          <h2 id="titulo-conflicto" className="mb-3 text-2xl">
            Conflicto de interés
          </h2>
          <p className="mb-3">
            Si conoce al equipo, trabajó con la organización o tiene algún interés en el resultado, no evalúe este perfil: declárelo aquí y se asignará a otra persona.
          </p>
          <DeclararConflicto postulacionId={perfil.id} />
        </section>
      )}

      {enviada && (
        <section aria-labelledby="titulo-otras" className="mt-8">
          <h2 id="titulo-otras" className="mb-3 text-2xl">
            Las otras evaluaciones de este perfil
          </h2>
          {otras.length === 0 ? (
            <p>Aún no hay otras evaluaciones enviadas de este perfil.</p>
          ) : (
            <>
              <p className="mb-3">Sin los nombres de quienes evaluaron. Usted figura como Evaluador/a 1.</p>
              <EvaluacionesAnonimas evaluaciones={otras} />
            </>
          )}
        </section>
      )}
    </>
  );
}
