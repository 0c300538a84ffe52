import Link from "next/link";
import type { ReactNode } from "react";
import { formatearFecha } from "@/lib/domain/formato";
import { NOMBRE_ESTADO_SEMANA, type EstadoSemana } from "@/lib/domain/mentoria";
import type { SemanaVista } from "@/lib/mentoria/queries";

const MARCA: Record<EstadoSemana, string> = {
  confirmada: "border-l-exito",
  registrada: "border-l-primario",
  atrasada: "border-l-error bg-[#fdf0f0]",
  pendiente: "border-l-acento",
};

/**
 * The 8 weeks of a mentoría, one card each (phone first): state in words (never colour alone), due date,
 * and what was logged. `enlace` links a week not yet confirmed to its form; `accion` adds a control
 * (the team's confirmation).
 */
export function SemanasMentoria({ semanas, enlace, accion }: { semanas: SemanaVista[]; enlace?: (semana: number) => string; accion?: (w: SemanaVista) => ReactNode }) {
  return (
    <ol className="mt-4 grid gap-3 sm:grid-cols-2">
      {semanas.map((w) => (
        <li key={w.semana} className={`border border-acento border-l-8 p-3 ${MARCA[w.estado]}`}>
          <h3 className="text-lg font-semibold">Semana {w.semana}</h3>
          <p className={w.estado === "atrasada" ? "font-semibold text-error" : ""}>{NOMBRE_ESTADO_SEMANA[w.estado]}</p>
          {w.sesion ? (
            <dl className="mt-2 space-y-1 text-sm">
              <div>
                <dt className="inline font-semibold">Fecha: </dt>
                <dd className="inline">{formatearFecha(w.sesion.fecha)}</dd>
              </div>
              <div>
                <dt className="font-semibold">Temas</dt>
                <dd className="whitespace-pre-line break-words">{w.sesion.temas}</dd>
              </div>
              {w.sesion.acuerdos && (
                <div>
                  <dt className="font-semibold">Acuerdos</dt>
                  <dd className="whitespace-pre-line break-words">{w.sesion.acuerdos}</dd>
                </div>
              )}
              {w.sesion.proximosPasos && (
                <div>
                  <dt className="font-semibold">Próximos pasos</dt>
                  <dd className="whitespace-pre-line break-words">{w.sesion.proximosPasos}</dd>
                </div>
              )}
              {w.sesion.confirmadaEn && (
                <div>
                  <dt className="inline font-semibold">Confirmada el </dt>
                  <dd className="inline">{formatearFecha(w.sesion.confirmadaEn)}</dd>
                </div>
              )}
            </dl>
          ) : (
            <p className="mt-1 text-sm">Vence el {formatearFecha(w.vence)}.</p>
          )}
          {enlace && w.estado !== "confirmada" && (
            <p className="mt-2">
              <Link href={enlace(w.semana)}>{w.sesion ? `Corregir la semana ${w.semana}` : `Registrar la semana ${w.semana}`}</Link>
            </p>
          )}
          {accion && <div className="mt-2">{accion(w)}</div>}
        </li>
      ))}
    </ol>
  );
}
