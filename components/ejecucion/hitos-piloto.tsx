import type { ReactNode } from "react";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { formatearBytes } from "@/lib/adjuntos/schema";
import { formatearFecha, formatearFechaHora } from "@/lib/domain/formato";
import { NOMBRE_ESTADO_HITO, type EstadoHito } from "@/lib/domain/hitos";
import type { HitoVista, NotaVista, PilotoVista, ReporteVista } from "@/lib/ejecucion/queries";

const MARCA: Record<EstadoHito, string> = {
  cumplido: "border-l-exito",
  en_revision: "border-l-primario",
  observado: "border-l-aviso",
  atrasado: "border-l-error bg-[#fdf0f0]",
  pendiente: "border-l-acento",
};

const NOMBRE_REVISION: Record<ReporteVista["estado"], string> = { ENVIADO: "En revisión", APROBADO: "Aprobado", OBSERVADO: "Con observaciones" };

/** A pilot's progress: closed hitos over its hitos, as a progress bar with its text equivalent. */
export function ProgresoPiloto({ piloto }: { piloto: Pick<PilotoVista, "proyecto" | "progreso" | "atrasados"> }) {
  return (
    <div>
      <BarraProgreso etiqueta={`Hitos cumplidos de ${piloto.proyecto}`} valor={piloto.progreso.cerrados} total={piloto.progreso.total} unidad="hitos cumplidos" />
      {piloto.atrasados > 0 && (
        <p className="mt-1 text-sm font-semibold text-error">{piloto.atrasados === 1 ? "1 hito atrasado." : `${piloto.atrasados} hitos atrasados.`}</p>
      )}
    </div>
  );
}

/** The evidence files of a report, as download links (the route checks who may read them). */
export function Evidencias({ reporte }: { reporte: Pick<ReporteVista, "evidencias"> }) {
  if (reporte.evidencias.length === 0) return <p className="text-sm">Sin evidencia adjunta.</p>;
  return (
    <ul className="list-disc pl-5 text-sm">
      {reporte.evidencias.map((a) => (
        <li key={a.id}>
          <a href={`/api/ejecucion/evidencias/${a.id}`} className="break-all">
            {a.nombreArchivo}
          </a>{" "}
          ({formatearBytes(a.bytes)})
        </li>
      ))}
    </ul>
  );
}

function Reportes({ hito }: { hito: HitoVista }) {
  if (hito.reportes.length === 0) return <p className="mt-2 text-sm">Aún no tiene reportes de avance.</p>;
  return (
    <details className="mt-2" open={hito.estado === "observado" || hito.estado === "en_revision"}>
      <summary className="min-h-11 cursor-pointer pt-2">
        {hito.reportes.length === 1 ? "1 reporte de avance" : `${hito.reportes.length} reportes de avance`}
      </summary>
      <ol className="mt-2 space-y-3" aria-label={`Reportes del hito «${hito.titulo}», del más reciente al más antiguo`}>
        {hito.reportes.map((r) => (
          <li key={r.id} className="border-t border-acento pt-2">
            <p className="text-sm">
              <strong>{NOMBRE_REVISION[r.estado]}</strong> · enviado el {formatearFechaHora(r.enviadoEn)} por {r.autor} · avance informado: {r.avance} %
            </p>
            <p className="mt-1 whitespace-pre-line break-words">{r.contenido}</p>
            <div className="mt-1">
              <Evidencias reporte={r} />
            </div>
            {r.revisionMotivo && (
              <p className="mt-1 text-sm">
                <strong>{r.estado === "OBSERVADO" ? "Observaciones del equipo FOSIS: " : "Comentario del equipo FOSIS: "}</strong>
                <span className="whitespace-pre-line break-words">{r.revisionMotivo}</span>
              </p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * The hitos of a pilot as an ordered list (a timeline screen readers read as a list): each with its state in
 * words (never colour alone), its due date, late ones highlighted, and its reports with their evidence.
 * `accion` adds a control under an open hito (the team's report form).
 */
export function HitosPiloto({ piloto, accion }: { piloto: Pick<PilotoVista, "proyecto" | "hitos">; accion?: (h: HitoVista) => ReactNode }) {
  if (piloto.hitos.length === 0) return <p className="mt-2">Este piloto aún no tiene hitos: el equipo FOSIS los prepara desde el cronograma de su formulario completo.</p>;
  return (
    <ol aria-label={`Cronograma de hitos de ${piloto.proyecto}`} className="mt-3 space-y-3">
      {piloto.hitos.map((h) => (
        <li key={h.id} className={`border border-acento border-l-8 p-3 ${MARCA[h.estado]}`}>
          <h3 className="text-lg font-semibold">
            Hito {h.orden}: {h.titulo}
          </h3>
          <p className={h.atrasado ? "font-semibold text-error" : ""}>
            {NOMBRE_ESTADO_HITO[h.estado]}
            {h.atrasado && h.estado !== "atrasado" ? " (atrasado)" : ""}
            {" · "}
            {h.cumplidoEn ? `cumplido el ${formatearFecha(h.cumplidoEn)}` : `vence el ${formatearFecha(h.vence)}`}
          </p>
          {h.descripcion && <p className="mt-1 whitespace-pre-line break-words text-sm">{h.descripcion}</p>}
          <Reportes hito={h} />
          {accion && <div className="mt-2">{accion(h)}</div>}
        </li>
      ))}
    </ol>
  );
}

/** The follow-up notes of a pilot, newest first. */
export function NotasSeguimiento({ notas }: { notas: NotaVista[] }) {
  if (notas.length === 0) return <p className="mt-2">Aún no hay notas de seguimiento.</p>;
  return (
    <ul className="mt-2 space-y-3" aria-label="Notas de seguimiento, de la más reciente a la más antigua">
      {notas.map((n) => (
        <li key={n.id} className="border-l-4 border-acento pl-3">
          <p className="text-sm">
            {n.autor} · {formatearFechaHora(n.createdAt)}
          </p>
          <p className="whitespace-pre-line break-words">{n.texto}</p>
        </li>
      ))}
    </ul>
  );
}
