import type { Metadata } from "next";
import Link from "next/link";
import { EnviarRecordatorios, PrepararHitos, RevisarReporte } from "@/components/ejecucion/acciones-staff";
import { AvisosEjecucion } from "@/components/ejecucion/avisos";
import { Evidencias, ProgresoPiloto } from "@/components/ejecucion/hitos-piloto";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, permiteEtapa } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha, formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { panelEjecucion } from "@/lib/ejecucion/queries";

export const metadata: Metadata = { title: "Ejecución de los pilotos" };

// THE staff execution panel (VISTAS.ejecucion): every pilot with its progress (closed hitos over hitos) and its
// late hitos highlighted, the progress reports awaiting review (approve / ask for changes), and the buttons
// that prepare the hitos and send the reminders. Each pilot links to its page (timeline, reports, notes).
export default async function PanelEjecucion() {
  const user = await requireVista("ejecucion", "/seguimiento/ejecucion");
  const t = await panelEjecucion(user);
  if (!t.convocatoria) {
    return (
      <>
        <h1 className="text-3xl">Ejecución de los pilotos</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  const etapa = t.convocatoria.etapaActual;
  const abierta = permiteEtapa("hito.revisarReporte", etapa);
  const etapas = PERMISOS["hito.revisarReporte"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  const conAtraso = t.pilotos.filter((p) => p.atrasados > 0).length;

  return (
    <>
      <h1 className="text-3xl">Ejecución de los pilotos</h1>
      <p className="mt-2">
        {t.convocatoria.nombre}: los proyectos seleccionados con su convenio firmado, sus hitos y los reportes de avance de los equipos. Un hito se cumple cuando el equipo FOSIS
        aprueba un reporte de avance suyo.
      </p>
      <nav aria-label="Secciones de la ejecución y el cierre" className="mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/seguimiento/ejecucion/informes" className="inline-block min-h-11 pt-2">
              Informes finales de los pilotos
            </Link>
          </li>
        </ul>
      </nav>
      {!abierta && (
        <div className="mt-3">
          <Alert tipo="info" anunciar={false}>
            Los hitos se preparan, los reportes se revisan y los recordatorios se envían en la etapa {etapas}. La convocatoria está en {NOMBRE_ETAPA[etapa]}.
          </Alert>
        </div>
      )}

      <section aria-labelledby="t-pilotos" className="mt-6">
        <h2 id="t-pilotos" className="text-2xl">
          Pilotos
        </h2>
        <p className="mt-2" role="status">
          {t.pilotos.length === 0
            ? "Aún no hay pilotos: aparecen aquí cuando un proyecto seleccionado en el acta final tiene su convenio firmado registrado."
            : `${t.pilotos.length === 1 ? "1 piloto" : `${t.pilotos.length} pilotos`}; ${
                t.sinHitos === 0 ? "todos con hitos" : t.sinHitos === 1 ? "1 sin hitos" : `${t.sinHitos} sin hitos`
              }; ${conAtraso === 0 ? "ninguno con hitos atrasados" : conAtraso === 1 ? "1 con hitos atrasados" : `${conAtraso} con hitos atrasados`}.`}
        </p>
        {abierta && t.pilotos.length > 0 && (
          <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
            <PrepararHitos sinHitos={t.sinHitos} />
            <EnviarRecordatorios pendientes={t.recordatorios} />
          </div>
        )}
        <ul className="mt-4 grid gap-4 lg:grid-cols-2">
          {t.pilotos.map((p) => {
            const atrasados = p.hitos.filter((h) => h.atrasado);
            return (
              <li key={p.postulacionId} className={`border p-4 ${p.atrasados > 0 ? "border-l-8 border-error" : "border-acento"}`}>
                <h3 className="text-xl">
                  <Link href={`/seguimiento/ejecucion/${p.postulacionId}`}>
                    {p.folio ? `${formatearFolio(p.folio)} · ` : ""}
                    {p.proyecto}
                  </Link>
                </h3>
                <p className="text-sm">
                  {p.desafio} · {p.region} · {p.equipo}
                </p>
                <div className="mt-3">
                  {p.hitos.length === 0 ? <p className="text-sm">Sin hitos todavía.</p> : <ProgresoPiloto piloto={p} />}
                </div>
                {atrasados.length > 0 && (
                  <ul className="mt-2 list-disc pl-5 text-sm text-error" aria-label={`Hitos atrasados de ${p.proyecto}`}>
                    {atrasados.map((h) => (
                      <li key={h.id}>
                        <strong>Atrasado:</strong> «{h.titulo}», venció el {formatearFecha(h.vence)}
                        {h.estado === "en_revision" ? " (reporte en revisión)" : ""}
                      </li>
                    ))}
                  </ul>
                )}
                {p.enRevision > 0 && <p className="mt-1 text-sm">{p.enRevision === 1 ? "1 reporte espera revisión." : `${p.enRevision} reportes esperan revisión.`}</p>}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="t-revision" className="mt-10">
        <h2 id="t-revision" className="text-2xl">
          Reportes por revisar
        </h2>
        <p className="mt-2">{t.pendientes.length === 0 ? "No hay reportes de avance esperando revisión." : t.pendientes.length === 1 ? "1 reporte espera revisión, el más antiguo primero." : `${t.pendientes.length} reportes esperan revisión, el más antiguo primero.`}</p>
        <AvisosEjecucion>
          <ul className="mt-4 space-y-4">
            {t.pendientes.map((r) => (
              <li key={r.id} className="border border-acento p-4">
                <h3 className="text-lg font-semibold">
                  «{r.hito}» · <Link href={`/seguimiento/ejecucion/${r.postulacionId}`}>{r.proyecto}</Link>
                </h3>
                <p className="text-sm">
                  Enviado el {formatearFechaHora(r.enviadoEn)} por {r.autor} · avance informado: {r.avance} % · el hito vence el {formatearFecha(r.vence)}
                </p>
                <p className="mt-2 whitespace-pre-line break-words">{r.contenido}</p>
                <div className="mt-2">
                  <Evidencias reporte={r} />
                </div>
                {abierta && <RevisarReporte reporteId={r.id} hito={r.hito} proyecto={r.proyecto} />}
              </li>
            ))}
          </ul>
        </AvisosEjecucion>
      </section>
    </>
  );
}
