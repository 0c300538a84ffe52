import type { Metadata } from "next";
import { HitosPiloto, NotasSeguimiento, ProgresoPiloto } from "@/components/ejecucion/hitos-piloto";
import { NotaSeguimientoForm } from "@/components/ejecucion/nota-form";
import { requireVista } from "@/lib/auth/guard";
import { permiteEtapa } from "@/lib/auth/permissions";
import { formatearFecha } from "@/lib/domain/formato";
import { pilotosVisibles } from "@/lib/ejecucion/queries";

export const metadata: Metadata = { title: "Pilotos que acompaño" };

// The pilots of the mentor's live mentorías (VISTAS.mentorPiloto), in execution: progress, the timeline of
// hitos with the team's reports, the follow-up notes and the form to add one. Nobody else's pilot.
export default async function PilotosDelMentor() {
  const user = await requireVista("mentorPiloto", "/mentor/pilotos");
  const { convocatoria, pilotos } = await pilotosVisibles(user, "mentorPiloto");
  const anotar = !!convocatoria && permiteEtapa("seguimiento.anotar", convocatoria.etapaActual);

  return (
    <>
      <h1 className="text-3xl">Pilotos que acompaño</h1>
      <p className="mt-2 max-w-3xl">Los equipos que usted acompaña y que ya ejecutan su piloto: sus hitos, sus reportes de avance y sus notas de seguimiento.</p>
      <p className="mt-4" role="status">
        {pilotos.length === 0
          ? "Ninguno de sus equipos está ejecutando un piloto todavía."
          : pilotos.length === 1
            ? "Acompaña a 1 piloto."
            : `Acompaña a ${pilotos.length} pilotos.`}
      </p>
      {pilotos.map((p) => (
        <article key={p.postulacionId} aria-labelledby={`t-${p.postulacionId}`} className="mt-8 border-t border-acento pt-6">
          <h2 id={`t-${p.postulacionId}`} className="text-2xl">
            {p.proyecto}
          </h2>
          <p className="text-sm">
            {p.desafio} · {p.region} · convenio del {formatearFecha(p.convenio.fechaInicio)} al {formatearFecha(p.convenio.fechaTermino)}
          </p>
          {p.hitos.length > 0 && (
            <div className="mt-3 max-w-xl">
              <ProgresoPiloto piloto={p} />
            </div>
          )}
          <section aria-labelledby={`t-hitos-${p.postulacionId}`} className="mt-4">
            <h3 id={`t-hitos-${p.postulacionId}`} className="text-xl">
              Hitos
            </h3>
            <HitosPiloto piloto={p} />
          </section>
          <section aria-labelledby={`t-notas-${p.postulacionId}`} className="mt-6 max-w-2xl">
            <h3 id={`t-notas-${p.postulacionId}`} className="text-xl">
              Notas de seguimiento
            </h3>
            {anotar && (
              <div className="mt-2">
                <NotaSeguimientoForm postulacionId={p.postulacionId} proyecto={p.proyecto} />
              </div>
            )}
            <NotasSeguimiento notas={p.notas} />
          </section>
        </article>
      ))}
    </>
  );
}
