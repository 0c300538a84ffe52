import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireVista } from "@/lib/auth/guard";
import { NOMBRE_HELICE } from "@/lib/domain/demo-day";
import { formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formatoNota } from "@/lib/domain/nota";
import { demoDayDelJurado } from "@/lib/demo-day/queries";

export const metadata: Metadata = { title: "Proyectos del demo day" };

type Props = { params: Promise<{ eventoId: string }> };

// The pitches of one of the juror's demo days, each with its state for them: to grade, graded (their
// grade) or conflict declared. Another event, or one they do not sit on: 404, alike.
export default async function PitchesDelDemoDay({ params }: Props) {
  const { eventoId } = await params;
  const user = await requireVista("jurado", `/jurado/${eventoId}`);
  const datos = await demoDayDelJurado(eventoId, user);
  if (!datos) notFound();
  const { evento, helice, pitches } = datos;
  const pendientes = pitches.filter((p) => !p.conflicto && !p.calificacion).length;
  return (
    <>
      <p>
        <Link href="/jurado">← Mis demo days</Link>
      </p>
      <h1 className="mt-2 break-words text-3xl">{evento.titulo}</h1>
      <p className="mt-2">
        {formatearFechaHora(evento.inicio)} (hora de Chile) · {evento.regionNombre ? `Región ${evento.regionNombre}` : "Sin región"}
        {evento.lugar ? ` · ${evento.lugar}` : ""}
      </p>
      {evento.enlace && (
        <p className="mt-1">
          <a href={evento.enlace}>Enlace de la reunión</a>
        </p>
      )}
      <p className="mt-1">Usted integra el jurado por la hélice {NOMBRE_HELICE[helice]}.</p>
      <h2 className="mt-6 text-2xl">Proyectos</h2>
      <p className="mt-2" role="status">
        {pitches.length === 0
          ? "Aún no hay proyectos preseleccionados en esta región."
          : pendientes === 0
            ? "Ya calificó todos los proyectos que le corresponden."
            : `${pendientes === 1 ? "Le falta 1 proyecto" : `Le faltan ${pendientes} proyectos`} por calificar.`}
      </p>
      <ul className="mt-4 space-y-3">
        {pitches.map((p) => (
          <li key={p.id} className="border border-acento p-4">
            <p className="text-sm">{p.folio !== null ? `Folio ${formatearFolio(p.folio)}` : "Sin folio"} · {p.desafioTitulo}</p>
            <h3 className="mt-1 break-words text-lg">
              <Link href={`/jurado/${evento.id}/${p.id}`}>{p.nombreProyecto}</Link>
            </h3>
            <p className="mt-1 font-medium">
              {p.conflicto ? "Conflicto de interés declarado: no lo califica." : p.calificacion ? `Su nota: ${formatoNota(p.calificacion.nota)}` : "Por calificar"}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
