import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisarReporte } from "@/components/ejecucion/acciones-staff";
import { AvisosEjecucion } from "@/components/ejecucion/avisos";
import { HitosPiloto, NotasSeguimiento, ProgresoPiloto } from "@/components/ejecucion/hitos-piloto";
import { NotaSeguimientoForm } from "@/components/ejecucion/nota-form";
import { requireVista } from "@/lib/auth/guard";
import { permiteEtapa } from "@/lib/auth/permissions";
import { formatearFecha } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { getPiloto } from "@/lib/ejecucion/queries";

export const metadata: Metadata = { title: "Seguimiento de un piloto" };

type Props = { params: Promise<{ postulacionId: string }> };

// One pilot for staff: its progress, the timeline of its hitos with every report and its evidence (a report
// awaiting review can be reviewed here too), the follow-up notes and the form to add one. Not a pilot: 404.
export default async function PilotoStaff({ params }: Props) {
  const { postulacionId } = await params;
  const user = await requireVista("ejecucion", `/seguimiento/ejecucion/${postulacionId}`);
  const r = await getPiloto(postulacionId, user, "ejecucion");
  if (!r) notFound();
  const { piloto: p, convocatoria } = r;
  const revisar = permiteEtapa("hito.revisarReporte", convocatoria.etapaActual);
  const anotar = permiteEtapa("seguimiento.anotar", convocatoria.etapaActual);

  return (
    <>
      <p>
        <Link href="/seguimiento/ejecucion">← Ejecución de los pilotos</Link>
      </p>
      <h1 className="mt-2 text-3xl">
        {p.folio ? `${formatearFolio(p.folio)} · ` : ""}
        {p.proyecto}
      </h1>
      <p className="mt-1">
        {p.desafio} · {p.region} · {p.equipo} · convenio del {formatearFecha(p.convenio.fechaInicio)} al {formatearFecha(p.convenio.fechaTermino)}
      </p>
      <div className="mt-4 max-w-xl">{p.hitos.length > 0 ? <ProgresoPiloto piloto={p} /> : null}</div>

      <section aria-labelledby="t-hitos" className="mt-8">
        <h2 id="t-hitos" className="text-2xl">
          Hitos
        </h2>
        <AvisosEjecucion>
          <HitosPiloto
            piloto={p}
            accion={
              revisar
                ? (h) => {
                    const pendiente = h.reportes.find((x) => x.estado === "ENVIADO");
                    return pendiente ? <RevisarReporte reporteId={pendiente.id} hito={h.titulo} proyecto={p.proyecto} /> : null;
                  }
                : undefined
            }
          />
        </AvisosEjecucion>
      </section>

      <section aria-labelledby="t-notas" className="mt-10 max-w-2xl">
        <h2 id="t-notas" className="text-2xl">
          Notas de seguimiento
        </h2>
        {anotar && (
          <div className="mt-2">
            <NotaSeguimientoForm postulacionId={p.postulacionId} proyecto={p.proyecto} />
          </div>
        )}
        <NotasSeguimiento notas={p.notas} />
      </section>
    </>
  );
}
