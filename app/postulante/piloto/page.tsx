import type { Metadata } from "next";
import Link from "next/link";
import { HitosPiloto, NotasSeguimiento, ProgresoPiloto } from "@/components/ejecucion/hitos-piloto";
import { ReportarAvanceForm } from "@/components/ejecucion/reportar-avance-form";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, permiteEtapa } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { pilotosVisibles } from "@/lib/ejecucion/queries";

export const metadata: Metadata = { title: "Mi piloto" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

// The team's pilot(s) in execution (VISTAS.piloto): progress, the timeline of hitos with the reports sent and
// the staff's answers, a report form under each open hito without a report awaiting review, and the
// follow-up notes of its mentor and of FOSIS. Only the applicant's own pilots.
export default async function MiPiloto() {
  const user = await requireVista("piloto", "/postulante/piloto");
  const { convocatoria, pilotos } = await pilotosVisibles(user, "piloto");
  const abierta = !!convocatoria && permiteEtapa("hito.reportarAvance", convocatoria.etapaActual);
  const etapas = PERMISOS["hito.reportarAvance"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");

  return (
    <>
      <h1 className="text-3xl">{pilotos.length > 1 ? "Mis pilotos" : "Mi piloto"}</h1>
      <p className="mt-2 max-w-3xl">
        Durante la ejecución, reporte el avance de cada hito de su cronograma con su evidencia. El equipo FOSIS revisa cada reporte: al aprobarlo, el hito queda cumplido; si
        pide cambios, envíe un nuevo reporte.
      </p>
      {pilotos.length === 0 ? (
        <div className="mt-6 max-w-3xl">
          <Alert tipo="info" titulo="No tiene pilotos en ejecución">
            <p>Aquí aparece su proyecto cuando el comité lo selecciona en el acta final y el equipo FOSIS registra su convenio firmado.</p>
            <p className="mt-2">
              Vea el estado de sus perfiles en <Link href="/postulante">Mis postulaciones</Link>.
            </p>
          </Alert>
        </div>
      ) : (
        <>
          {!abierta && convocatoria && (
            <div className="mt-4 max-w-3xl">
              <Alert tipo="info" anunciar={false}>
                Los avances se reportan en la etapa {etapas}. La convocatoria está en {NOMBRE_ETAPA[convocatoria.etapaActual]}.
              </Alert>
            </div>
          )}
          {pilotos.map((p) => (
            <article key={p.postulacionId} aria-labelledby={`t-${p.postulacionId}`} className="mt-8">
              <h2 id={`t-${p.postulacionId}`} className="text-2xl">
                {p.folio ? `${formatearFolio(p.folio)} · ` : ""}
                {p.proyecto}
              </h2>
              <p className="text-sm">
                {p.desafio} · convenio del {formatearFecha(p.convenio.fechaInicio)} al {formatearFecha(p.convenio.fechaTermino)}
              </p>
              <p className="mt-2">
                <Link href={`/postulante/piloto/informe?id=${encodeURIComponent(p.postulacionId)}`} className="inline-block min-h-11 pt-2">
                  Informe final del piloto (etapa de Cierre)
                </Link>
              </p>
              {p.hitos.length > 0 && (
                <div className="mt-3 max-w-xl">
                  <ProgresoPiloto piloto={p} />
                </div>
              )}
              <section aria-labelledby={`t-hitos-${p.postulacionId}`} className="mt-6">
                <h3 id={`t-hitos-${p.postulacionId}`} className="text-xl">
                  Hitos
                </h3>
                <HitosPiloto
                  piloto={p}
                  accion={
                    abierta
                      ? (h) =>
                          h.estado === "cumplido" ? null : (
                            <ReportarAvanceForm hitoId={h.id} hito={h.titulo} enRevision={h.estado === "en_revision"} abierto={h.estado === "observado" || h.estado === "atrasado"} />
                          )
                      : undefined
                  }
                />
              </section>
              <section aria-labelledby={`t-notas-${p.postulacionId}`} className="mt-8 max-w-2xl">
                <h3 id={`t-notas-${p.postulacionId}`} className="text-xl">
                  Notas de seguimiento
                </h3>
                <NotasSeguimiento notas={p.notas} />
              </section>
            </article>
          ))}
        </>
      )}
    </>
  );
}
