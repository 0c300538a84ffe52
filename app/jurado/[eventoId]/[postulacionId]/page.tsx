import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalificarForm } from "@/components/demo-day/calificar-form";
import { ConflictoForm } from "@/components/demo-day/conflicto-form";
import { FormularioConPerfil } from "@/components/formulario/formulario-con-perfil";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, permiteEtapa } from "@/lib/auth/permissions";
import { CRITERIOS_DEMO_DAY } from "@/lib/domain/demo-day";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearClp, formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formatoNota } from "@/lib/domain/nota";
import { nombreRegion } from "@/lib/domain/regiones";
import { pitchParaCalificar } from "@/lib/demo-day/queries";

export const metadata: Metadata = { title: "Calificar pitch" };

type Props = { params: Promise<{ eventoId: string; postulacionId: string }> };

// One pitch of one of the juror's demo days: the perfil's main fields next to the grading form (phone-first:
// a grade per criterion with its guidance, the weighted grade live, a comment) and the conflict declaration;
// below, the frozen perfil, its preselection decision and the formulario completo (FormularioConPerfil).
// Not a pitch of the event, or an event they do not sit on: 404, alike.
export default async function CalificarPitch({ params }: Props) {
  const { eventoId, postulacionId } = await params;
  const user = await requireVista("jurado", `/jurado/${eventoId}/${postulacionId}`);
  const datos = await pitchParaCalificar(eventoId, postulacionId, user);
  if (!datos) notFound();
  const { evento, pitch, etapaActual } = datos;
  const abierta = permiteEtapa("demoDay.calificar", etapaActual);
  const etapas = PERMISOS["demoDay.calificar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  const c = pitch.calificacion;
  const inicial = {
    notas: Object.fromEntries(CRITERIOS_DEMO_DAY.map((k) => [k.clave, c?.notas[k.clave] !== undefined ? formatoNota(c.notas[k.clave]!) : ""])),
    comentario: c?.comentario ?? "",
  };

  return (
    <>
      <p>
        <Link href={`/jurado/${evento.id}`}>← Proyectos de {evento.titulo}</Link>
      </p>
      <h1 className="mt-2 break-words text-3xl">{pitch.nombreProyecto}</h1>
      <p className="mt-2">
        <a href="#calificacion">Ir a la calificación</a>
      </p>

      <div className="mt-6 lg:grid lg:grid-cols-2 lg:gap-8">
        <section aria-labelledby="titulo-perfil">
          <h2 id="titulo-perfil" className="mb-3 text-2xl">
            Resumen del proyecto
          </h2>
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)]">
            <dt className="font-medium text-titulo">Folio</dt>
            <dd>{pitch.folio !== null ? formatearFolio(pitch.folio) : "Sin folio"}</dd>
            <dt className="font-medium text-titulo">Desafío</dt>
            <dd className="break-words">{pitch.desafioTitulo}</dd>
            <dt className="font-medium text-titulo">Región</dt>
            <dd>{nombreRegion(pitch.regionCut)}</dd>
            <dt className="font-medium text-titulo">Monto solicitado</dt>
            <dd>{pitch.montoSolicitado === null ? "Sin monto" : formatearClp(pitch.montoSolicitado)}</dd>
          </dl>
          <h3 className="mt-4 text-lg">Problema</h3>
          <p className="mt-1 whitespace-pre-line break-words">{pitch.problema || "—"}</p>
          <h3 className="mt-4 text-lg">Solución</h3>
          <p className="mt-1 whitespace-pre-line break-words">{pitch.solucion || "—"}</p>
          <p className="mt-4">
            <a href="#perfil-completo">Ver el perfil completo, la decisión de preselección y el formulario completo</a>
          </p>
        </section>

        <section aria-labelledby="titulo-calificacion" id="calificacion" className="mt-8 scroll-mt-4 lg:mt-0">
          <h2 id="titulo-calificacion" className="mb-3 text-2xl">
            Su calificación
          </h2>
          {pitch.conflicto ? (
            <Alert tipo="info" titulo="Conflicto de interés declarado">
              Declaró un conflicto de interés con este proyecto: no lo califica.
            </Alert>
          ) : !abierta ? (
            <Alert tipo="info">
              Las notas del demo day se ingresan en la etapa {etapas}. {c ? `Su nota: ${formatoNota(c.nota)}.` : "No calificó este proyecto."}
            </Alert>
          ) : (
            <>
              {c && (
                <p className="mb-4" role="status">
                  Su nota guardada: <strong>{formatoNota(c.nota)}</strong> ({formatearFechaHora(c.actualizadaEn)}). Puede corregirla hasta que se genere el acta de la selección final.
                </p>
              )}
              <CalificarForm eventoId={evento.id} postulacionId={pitch.id} inicial={inicial} calificada={!!c} />
              <details className="mt-8 border border-acento p-4">
                <summary className="cursor-pointer font-medium">Declarar conflicto de interés</summary>
                <p className="my-3">Si tiene un vínculo con este equipo u organización, declárelo: no calificará este proyecto{c ? " y su nota se borrará" : ""}.</p>
                <ConflictoForm eventoId={evento.id} postulacionId={pitch.id} proyecto={pitch.nombreProyecto} calificada={!!c} />
              </details>
            </>
          )}
        </section>
      </div>

      <div id="perfil-completo" className="mt-10 scroll-mt-4 border-t border-acento pt-6">
        <FormularioConPerfil postulacionId={pitch.id} roles={user.roles} />
      </div>
    </>
  );
}
